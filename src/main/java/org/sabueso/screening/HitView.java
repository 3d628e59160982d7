package org.sabueso.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A MATCH sent to the issuing agency: who screened whom, for what purpose, against which
 * notice, how sure and why; the deadline for the answer and the answer itself. {@code kind}
 * says whether a screening met an open notice or a new notice met a kept screening (REMATCH);
 * {@code screenedAt} and {@code place} say when and where the person was screened ({@code place}
 * null when the request did not say: the screening agency is then the "where"). {@code awaitingNode}
 * names the node a federated hit was sent to while its answer has not come back.
 */
public record HitView(UUID id, UUID screeningId, UUID noticeId, UUID personId, String issuingAgencyId,
                      String screenedBy, String screenedByAgency,
                      @Schema(description = "The purpose the screening gave (audited); for a REMATCH, the earlier "
                              + "screening's") String purpose,
                      String queryName,
                      String queryBirthDate, String subjectName, double score, String explanation, HitStatus status,
                      Instant deadline, boolean overdue, HitAction action, String answerNote, String answeredBy,
                      Instant answeredAt, Instant createdAt, List<Explanation> explanationItems,
                      @Schema(description = "SCREENING: a screening met a notice open at the time; REMATCH: a notice "
                              + "that went ACTIVE later met this kept screening") HitKind kind,
                      @Schema(description = "When the person was screened (for a REMATCH, days before the hit opened)")
                      Instant screenedAt,
                      @Schema(description = "Where the person was screened, as the screening request said; null when it "
                              + "did not: the screening agency is then the where") String place,
                      @Schema(description = "Federated nodes only (issue 16): the node of the issuing agency (\"VE\") "
                              + "this hit was sent to and whose answer has not come back yet; null once it has, and "
                              + "for a hit on this node's own notices") String awaitingNode) {
}
