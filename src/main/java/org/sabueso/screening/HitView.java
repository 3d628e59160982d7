package org.sabueso.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A MATCH sent to the issuing agency: who screened whom, for what purpose, against which
 * notice, how sure and why; the deadline for the answer and the answer itself.
 */
public record HitView(UUID id, UUID screeningId, UUID noticeId, UUID personId, String issuingAgencyId,
                      String screenedBy, String screenedByAgency, String purpose, String queryName,
                      String queryBirthDate, String subjectName, double score, String explanation, HitStatus status,
                      Instant deadline, boolean overdue, HitAction action, String answerNote, String answeredBy,
                      Instant answeredAt, Instant createdAt, List<Explanation> explanationItems) {
}
