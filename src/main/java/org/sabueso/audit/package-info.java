/**
 * The audit trail: listens to every module's auditable events and to logins, and appends them
 * to a hash-chained log in PostgreSQL, where each entry holds the hash of the one before. Nobody
 * depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.sabueso.audit;
