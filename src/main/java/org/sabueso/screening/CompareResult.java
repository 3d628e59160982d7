package org.sabueso.screening;

import java.util.List;
import java.util.UUID;

/**
 * Whether two people are one: the score in 0..1, the decision at the configured thresholds, and
 * the explanation items, as a screening hit has them. The pair is scored both ways (a as the
 * query against b as the record, and b against a) and the higher is the answer, so swapping a and
 * b never changes the score or the decision; {@code query} says which side the explanation reads
 * as the query ("a" or "b"). {@code threshold} and {@code matchThreshold} are the configured
 * POSSIBLE and MATCH; {@code compareId} names the audit entry (null when nothing was audited).
 */
public record CompareResult(double score, Verdict decision, List<Explanation> explanation, double threshold,
                            double matchThreshold, String query, UUID compareId) {

    /** A screening's decisions, and NO_MATCH below POSSIBLE. */
    public enum Verdict { MATCH, POSSIBLE, NO_MATCH }

    public CompareResult {
        explanation = List.copyOf(explanation);
    }

    public CompareResult audited(UUID id) {
        return new CompareResult(score, decision, explanation, threshold, matchThreshold, query, id);
    }
}
