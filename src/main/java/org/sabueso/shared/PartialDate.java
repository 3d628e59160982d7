package org.sabueso.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as birth dates in police records often are.
 * Written as {@code 1977}, {@code 1977-07} or {@code 1977-07-14}.
 */
public record PartialDate(int year, Integer month, Integer day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1800 || year > 2200) {
            throw new InvalidValue(ValueRefusal.DATE_YEAR, year);
        }
        if (day != null && month == null) {
            throw new InvalidValue(ValueRefusal.DATE_DAY_WITHOUT_MONTH);
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new InvalidValue(ValueRefusal.DATE_IMPOSSIBLE);
        }
    }

    public static PartialDate parse(String text) {
        if (text == null) {
            throw new InvalidValue(ValueRefusal.DATE_MISSING);
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValue(ValueRefusal.DATE_FORMAT, abbreviate(text));
        }
        return new PartialDate(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                m.group(3) == null ? null : Integer.parseInt(m.group(3)));
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean isComplete() {
        return day != null;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    @Override
    public String toString() {
        if (day != null) {
            return "%04d-%02d-%02d".formatted(year, month, day);
        }
        if (month != null) {
            return "%04d-%02d".formatted(year, month);
        }
        return "%04d".formatted(year);
    }
}
