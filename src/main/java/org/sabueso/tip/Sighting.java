package org.sabueso.tip;

import java.time.Instant;
import java.util.UUID;

/** Where and when the subject of a notice was seen, by the reading of a tip, and how sure that is. */
public record Sighting(UUID id, UUID tipId, UUID noticeId, String agencyId, String place, Instant seenAt,
                       Confidence confidence, String recordedBy, Instant recordedAt) {
}
