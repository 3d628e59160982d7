package org.sabueso.audit;

import org.sabueso.shared.Page;

/**
 * What the auditor page shows, read at one moment: the chain's head, the page of entries the
 * filter selects and, when asked, the verdict of walking the chain, all from one database
 * snapshot. The page used to read the head, then the entries, then verify, each at its own
 * moment and after its own audit entry ("verified"), so the head it showed (1713) was one entry
 * past the chain the verification had walked (1712). The page's own entries ("viewed",
 * "verified") are written after the snapshot: they are the next entries, never the head shown.
 *
 * @param head    the latest entry, null for an empty chain
 * @param page    the entries the query selects, newest first
 * @param verdict the walk of the whole chain up to {@code head}, or null when not asked
 */
public record AuditSnapshot(AuditEntry head, Page<AuditEntry> page, ChainVerdict verdict) {
}
