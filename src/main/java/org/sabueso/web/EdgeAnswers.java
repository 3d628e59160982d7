package org.sabueso.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an error is answered where no controller does it (filters in front of Spring Security, the
 * error dispatch, Tomcat's own refusals): problem+json for API clients, the site's error page for
 * browsers, and the security headers on both, since the security chain may never have seen the
 * request.
 */
final class EdgeAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EdgeAnswers() {
    }

    /** The headers the security chains send with every page, set again here (setting is idempotent). */
    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }

    /**
     * Whether the client of {@code path} reads problem+json rather than a page: the API, the JSON
     * data of pages (such as a facility's series.json), and clients that do not ask for HTML.
     */
    static boolean wantsProblem(HttpServletRequest request, String path) {
        if (path != null && (path.startsWith("/api/") || path.equals("/api") || path.endsWith(".json"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html") && !accept.contains("*/*")
                && (accept.contains("json") || accept.contains("ndjson"));
    }

    /** The RFC 9457 body: type, title, status, detail, instance, and the field at fault when there is one. */
    static Map<String, Object> problem(int status, String detail, String field, String instance) {
        return problem(status, detail, field, instance, null);
    }

    /** As {@link #problem(int, String, String, String)}, with the refusal's code on the body and on its field's item. */
    static Map<String, Object> problem(int status, String detail, String field, String instance, String code) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put("title", known == null ? "Error" : known.getReasonPhrase());
        p.put("status", status);
        p.put("detail", detail);
        if (instance != null) {
            p.put("instance", instance);
        }
        if (code != null) {
            p.put("code", code);
        }
        if (field != null) {
            p.put("field", field);
            p.put("errors", java.util.List.of(code == null ? Map.of("field", field, "message", detail)
                    : Map.of("field", field, "message", detail, "code", code)));
        }
        return p;
    }

    /** Writes the problem as the whole answer, with the security headers. */
    static void writeProblem(HttpServletResponse response, int status, String detail, String field, String instance)
            throws IOException {
        writeProblem(response, status, detail, field, instance, null);
    }

    /** Writes the problem, with the refusal's code, as the whole answer. */
    static void writeProblem(HttpServletResponse response, int status, String detail, String field, String instance,
                             String code) throws IOException {
        securityHeaders(response);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem(status, detail, field, instance, code)));
    }
}
