package org.sabueso.tools.screening;

import java.util.Locale;

/**
 * Counts of a binary judgement against labels, and the figures read from them. A pair counts as
 * "said the same" when the decision reached the level being measured (POSSIBLE or MATCH).
 */
final class PairTally {

    private long truePositives;
    private long falsePositives;
    private long falseNegatives;
    private long trueNegatives;

    void add(boolean same, boolean saidSame) {
        if (same && saidSame) {
            truePositives++;
        } else if (saidSame) {
            falsePositives++;
        } else if (same) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    /** Of the pairs said to be one person, the share that are; 1 when none was said (nothing wrong said). */
    double precision() {
        long said = truePositives + falsePositives;
        return said == 0 ? 1.0 : (double) truePositives / said;
    }

    /** Of the pairs that are one person, the share said to be; 1 when there is none. */
    double recall() {
        long same = truePositives + falseNegatives;
        return same == 0 ? 1.0 : (double) truePositives / same;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** {@code <prefix>tp=.. fp=.. fn=.. tn=.. <prefix>precision=.. <prefix>recall=.. <prefix>f1=..}. */
    String line(String prefix) {
        return String.format(Locale.ROOT, "%stp=%d %sfp=%d %sfn=%d %stn=%d %sprecision=%.4f %srecall=%.4f %sf1=%.4f",
                prefix, truePositives, prefix, falsePositives, prefix, falseNegatives, prefix, trueNegatives,
                prefix, precision(), prefix, recall(), prefix, f1());
    }
}
