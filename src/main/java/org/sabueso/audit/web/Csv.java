package org.sabueso.audit.web;

import java.io.IOException;

import org.apache.commons.csv.CSVFormat;

/**
 * Writes CSV with Commons CSV as RFC 4180 says (comma, CRLF, quotes doubled inside quoted cells,
 * a cell quoted only when it needs it) and defuses formula injection: a cell that starts with
 * {@code = + - @}, a tab or a carriage return would be run as a formula by a spreadsheet, so it
 * gets a leading apostrophe, as OWASP advises. Audit entries hold text that anyone can choose
 * (the username of a failed login), so this matters; Commons CSV quotes, it does not defuse.
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private Csv() {
    }

    /** One record, every cell defused; null is an empty cell. */
    static void row(Appendable out, String... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = defused(cells[i]);
        }
        FORMAT.printRecord(out, safe);
    }

    /** One cell as {@link #row} writes it, defused and quoted when needed; null and empty are an empty cell. */
    static String cell(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        FORMAT.print(defused(value), out, true);
        return out.toString();
    }

    private static String defused(String value) {
        return value != null && !value.isEmpty() && startsLikeAFormula(value) ? "'" + value : value;
    }

    private static boolean startsLikeAFormula(String value) {
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
