package org.sabueso.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hit another node's officer opened on one of this node's notices, as it enters the issuing
 * agency's inbox: what that inbox shows of a hit opened here, no more (the traveller's document
 * numbers stay on the screening node). {@code personId} and {@code subjectName} are this node's,
 * read from its own notice; the rest is what the screening node said.
 */
public record ReceivedHit(UUID id, UUID screeningId, UUID noticeId, UUID personId, String issuingAgencyId,
                          String screenedBy, String screenedByAgency, String purpose, String queryName,
                          String queryBirthDate, String subjectName, double score, String explanation,
                          List<Explanation> explanationItems, HitKind kind, Instant screenedAt, String place,
                          Instant deadline, Instant createdAt) {

    public ReceivedHit {
        explanationItems = List.copyOf(explanationItems);
    }
}
