/**
 * Wanted notices: subject, issuing agency, offences, warrant and legal basis, requested action,
 * the status lifecycle with legal review before activation, review-by dates and expiry, and the
 * sharing scope that the agency module's policy enforces on every read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wanted notices")
package org.sabueso.notice;
