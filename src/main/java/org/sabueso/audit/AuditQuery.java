package org.sabueso.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The filters that are set, by name, in a fixed order: for descriptions and for links that keep them. */
    public Map<String, String> filters() {
        Map<String, String> set = new LinkedHashMap<>();
        put(set, "actor", actor);
        put(set, "agency", agency);
        put(set, "action", action);
        put(set, "target", target);
        put(set, "from", from);
        put(set, "to", to);
        return set;
    }

    /** A short description for the audit trail itself (who looked at what). */
    public String describe() {
        Map<String, String> set = filters();
        return set.isEmpty() ? "all" : set.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    private static void put(Map<String, String> set, String name, Object value) {
        if (value != null) {
            set.put(name, value.toString());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
