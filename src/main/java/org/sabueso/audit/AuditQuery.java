package org.sabueso.audit;

import java.time.LocalDate;

/**
 * Filters for the audit trail; null means any. Dates are whole days in UTC, both inclusive.
 * {@code target} matches the id of the record acted on (a notice id, a username). {@code page}
 * counts from 0.
 */
public record AuditQuery(String actor, String agency, String action, String target, LocalDate from, LocalDate to,
                         int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public AuditQuery {
        actor = blankToNull(actor);
        agency = blankToNull(agency);
        action = blankToNull(action);
        target = blankToNull(target);
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** A short description for the audit trail itself (who looked at what). */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        append(sb, "actor", actor);
        append(sb, "agency", agency);
        append(sb, "action", action);
        append(sb, "target", target);
        append(sb, "from", from);
        append(sb, "to", to);
        return sb.isEmpty() ? "all" : sb.toString();
    }

    private static void append(StringBuilder sb, String name, Object value) {
        if (value != null) {
            sb.append(sb.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
