/**
 * FollowTheMoney interchange: imports persons and wanted notices from FtM entity streams
 * (OpenSanctions, OCCRP Aleph, another member's export) and exports the notices and persons an
 * agency may see back as FtM, one entity per line. Imports stream: a million lines pass through
 * in batches, each batch its own transaction, without the body ever being held in memory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FollowTheMoney interchange",
        allowedDependencies = {"notice", "person", "agency", "network", "screening", "shared", "web"})
package org.sabueso.interchange;
