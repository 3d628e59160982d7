package org.sabueso.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Two notices of different agencies that seem to be on the same person, and what an analyst decided. */
public record LinkView(UUID id, UUID noticeA, UUID noticeB, String agencyA, String agencyB, String subjectA,
                       String subjectB, double score, String explanation, LinkStatus status, String decidedBy,
                       Instant decidedAt, Instant createdAt, List<Explanation> explanationItems) {

    /** The notice at the other end from {@code noticeId}. */
    public UUID other(UUID noticeId) {
        return noticeA.equals(noticeId) ? noticeB : noticeA;
    }
}
