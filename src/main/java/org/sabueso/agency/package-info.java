/**
 * Member agencies, their staff and roles, and the sharing policy: the one place that decides
 * whether a viewer may see a shared record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies and sharing")
package org.sabueso.agency;
