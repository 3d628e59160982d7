package org.sabueso.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;
import org.sabueso.audit.AuditQuery;

/**
 * The filter form of the auditor page, as typed: dates stay text until {@link #errors()} has
 * checked them, so a mistyped date is shown beside its field instead of failing the request.
 */
record AuditFilter(@Size(max = 200) String actor, @Size(max = 50) String agency, @Size(max = 100) String action,
                   @Size(max = 200) String target, @Size(max = 10) String from, @Size(max = 10) String to) {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    /** Message keys of what is wrong, by field; empty when the filter can run. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate f = date(from, "from", errors);
        LocalDate t = date(to, "to", errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.put("to", "audit.error.range");
        }
        return errors;
    }

    AuditQuery toQuery(int page, int size) {
        return new AuditQuery(actor, agency, action, target, date(from, "from", new LinkedHashMap<>()),
                date(to, "to", new LinkedHashMap<>()), page, size);
    }

    /** The filter as query parameters, for links that keep it (paging, export); only valid filters have links. */
    String queryString() {
        // form encoding, as the servlet decodes it: a '+' in a username stays a '+'
        return toQuery(0, AuditQuery.DEFAULT_SIZE).filters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "audit.error.date");
            return null;
        }
    }
}
