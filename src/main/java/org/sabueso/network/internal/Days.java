package org.sabueso.network.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.sabueso.shared.PartialDate;

/**
 * A partial date (2014, 2014-09, 2014-09-20) as the days the graph compares: a link "since 2014"
 * is in force from its first day, one "until 2014" to its last. The graph keeps a day as an int
 * (epoch day) and how precise it was as a small number, so that it can write the date back as given.
 */
final class Days {

    /** No date: the link is open at that end. */
    static final int NO_DAY = Integer.MIN_VALUE;
    static final byte UNKNOWN_PRECISION = 0;

    private Days() {
    }

    static LocalDate firstDay(PartialDate d) {
        return LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
    }

    static LocalDate lastDay(PartialDate d) {
        if (d.day() != null) {
            return LocalDate.of(d.year(), d.month(), d.day());
        }
        if (d.month() != null) {
            return YearMonth.of(d.year(), d.month()).atEndOfMonth();
        }
        return LocalDate.of(d.year(), 12, 31);
    }

    /** 0 none, 1 year, 2 month, 3 day. */
    static byte precisionOf(PartialDate d) {
        if (d == null) {
            return UNKNOWN_PRECISION;
        }
        return (byte) (d.day() != null ? 3 : d.month() != null ? 2 : 1);
    }

    /** The partial date a day of that precision was written from; null for none. */
    static PartialDate partial(int epochDay, int precision) {
        if (epochDay == NO_DAY || precision == 0) {
            return null;
        }
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return switch (precision) {
            case 1 -> new PartialDate(d.getYear(), null, null);
            case 2 -> new PartialDate(d.getYear(), d.getMonthValue(), null);
            default -> new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        };
    }
}
