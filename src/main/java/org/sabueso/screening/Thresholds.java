package org.sabueso.screening;

/**
 * Decision thresholds on the 0..1 score, set per deployment
 * ({@code sabueso.screening.match-threshold}, {@code sabueso.screening.possible-threshold}) and
 * calibrated on labelled data with {@code bench screening} (see docs/benchmarks.md).
 */
public record Thresholds(double match, double possible) {

    public static final Thresholds DEFAULT = new Thresholds(0.85, 0.70);

    public Thresholds {
        if (!(possible > 0 && possible <= match && match <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < possible <= match <= 1");
        }
    }

    public Decision decide(double score) {
        return score >= match ? Decision.MATCH : score >= possible ? Decision.POSSIBLE : null;
    }
}
