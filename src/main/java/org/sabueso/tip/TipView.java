package org.sabueso.tip;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A tip opened by staff of a receiving agency: its state, who receives it, and everything said, decrypted. */
public record TipView(UUID id, UUID noticeId, String subjectName, TipStatus status, String assignedTo,
                      Set<String> recipients, Instant receivedAt, Instant updatedAt, int version,
                      List<TipEntry> entries, List<Sighting> sightings) {
}
