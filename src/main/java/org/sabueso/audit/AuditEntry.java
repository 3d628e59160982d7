package org.sabueso.audit;

import java.time.Instant;

/**
 * One link of the audit chain: who did what to which record, when, and the hashes that tie it to
 * the entry before. {@code seq} counts from 1 without gaps.
 */
public record AuditEntry(long seq, Instant at, String actor, String actorAgency, String action, String targetType,
                         String targetId, String detail, String prevHash, String hash) {
}
