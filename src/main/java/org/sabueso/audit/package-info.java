/**
 * The audit trail: listens to every module's auditable events and to logins, and appends them
 * to a hash-chained log in PostgreSQL, where each entry holds the hash of the one before. The
 * table is append-only (a trigger refuses updates and deletions); {@link org.sabueso.audit.AuditTrail}
 * reads it for auditors and walks the chain to prove it intact, from the auditor page
 * ({@code /console/audit}, with CSV export) and from the command line ({@code audit verify}).
 * Nobody depends on this module. Why it is built this way: {@code docs/adr/0002-audit-chain.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.sabueso.audit;
