package org.sabueso.screening.internal.matching;

import org.sabueso.shared.PartialDate;

/**
 * How birth dates compare, strongest first. SWAPPED: both complete, day and month exchanged.
 * SAME_MONTH: the same year and month, with the day known on one side at most (a registry that
 * records "1972-12" against a passport's 1972-12-21): as far as both sides know, the same date.
 */
public enum DateEvidence {
    EXACT, SWAPPED, SAME_MONTH, SAME_YEAR, NEAR, NONE, CONFLICT;

    /** How likely a stranger with the same name also has this evidence: share of birth dates it admits. */
    public double chance() {
        return switch (this) {
            case EXACT -> Weights.CHANCE_EXACT;
            case SWAPPED -> Weights.CHANCE_SWAPPED;
            case SAME_MONTH -> Weights.CHANCE_SAME_MONTH;
            case SAME_YEAR -> Weights.CHANCE_SAME_YEAR;
            case NEAR -> Weights.CHANCE_NEAR;
            case NONE -> 1.0;
            case CONFLICT -> 0.0;
        };
    }

    public static DateEvidence of(PartialDate q, PartialDate e) {
        if (q == null || e == null) {
            return NONE;
        }
        if (q.isComplete() && e.isComplete()) {
            if (q.equals(e)) {
                return EXACT;
            }
            if (q.year() == e.year() && q.month().equals(e.day()) && q.day().equals(e.month())) {
                return SWAPPED;
            }
            return CONFLICT;
        }
        if (q.year() == e.year()) {
            if (q.month() != null && e.month() != null && !q.month().equals(e.month())) {
                // a year-month on one side: months must agree unless one is the other's day swapped;
                // that proves little, so it counts as the same year only
                boolean swappable = (q.day() != null && q.day().equals(e.month())) || (e.day() != null && e.day().equals(q.month()));
                return swappable ? SAME_YEAR : CONFLICT;
            }
            return q.month() != null && e.month() != null ? SAME_MONTH : SAME_YEAR;
        }
        if (Math.abs(q.year() - e.year()) == 1 && (q.month() == null || e.month() == null)) {
            return NEAR;
        }
        return CONFLICT;
    }
}
