package org.sabueso.tip;

import java.time.Instant;
import java.util.UUID;

/** A tip as the inbox lists it: its state and the first words of what the tipster saw. */
public record TipSummary(UUID id, UUID noticeId, String subjectName, TipStatus status, String assignedTo,
                         Instant receivedAt, Instant updatedAt, int messages, String preview) {
}
