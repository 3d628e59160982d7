package org.sabueso.audit.web;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes CSV as RFC 4180 says (comma, CRLF, quotes doubled inside quoted cells) and defuses
 * formula injection: a cell that starts with {@code = + - @}, a tab or a carriage return would
 * be run as a formula by a spreadsheet, so it gets a leading apostrophe, as OWASP advises. Audit
 * entries hold text that anyone can choose (the username of a failed login), so this matters.
 */
final class Csv {

    private Csv() {
    }

    static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    /** One cell, defused and quoted when needed; null is an empty cell. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean startsLikeAFormula(String value) {
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
