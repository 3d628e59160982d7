package org.sabueso.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads or stores it, a request whose path, query or form parameters, or
 * audited header carries text the service does not take in ({@link StorableText}): 400 naming
 * the field, problem+json to API clients and the site's error page to browsers. It runs in front
 * of Spring Security, because a login already writes what it was sent (the username tried goes
 * into the audit chain).
 *
 * <p>Headers are checked only where their content is stored or audited: today the username of
 * HTTP Basic credentials. Other headers are never stored, and refusing them would turn away
 * clients that send UTF-8 in a header (its bytes read as Latin-1 include C1 codes). JSON bodies
 * are checked field by field when they are read ({@link StorableStrings}); NDJSON and CSV imports
 * reject such lines by number themselves.
 */
final class UnstorableInput extends OncePerRequestFilter {

    /** The request attribute that tells the error page which field was refused. */
    static final String FIELD = UnstorableInput.class.getName() + ".field";

    static final String DETAIL = StorableText.REFUSAL;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> field = refusedField(request);
        if (field.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String detail = "'" + field.get() + "' " + DETAIL;
        String path = request.getRequestURI();
        if (EdgeAnswers.wantsProblem(request, path) || field.get().equals("Authorization")) {
            EdgeAnswers.writeProblem(response, 400, detail, field.get(), null, RequestRefusal.UNSTORABLE_TEXT.code());
        } else {
            EdgeAnswers.securityHeaders(response);
            request.setAttribute(FIELD, field.get());
            response.sendError(400);
        }
    }

    /** The first field the request carries that is not taken in: a parameter's name, "path" or a header's name. */
    static Optional<String> refusedField(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!StorableText.taken(path)) {
            return Optional.of("path");
        }
        String username = basicUsername(request.getHeader("Authorization"));
        if (!StorableText.taken(username)) {
            return Optional.of("Authorization");
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // reading the parameters would parse the upload here, ahead of the chains that limit it;
            // the query is checked, the parts are the form's own to check
            return refusedInQuery(request.getQueryString());
        }
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (!StorableText.taken(p.getKey())) {
                return Optional.of(printable(p.getKey()));
            }
            for (String value : p.getValue()) {
                if (!StorableText.taken(value)) {
                    return Optional.of(p.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> refusedInQuery(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!StorableText.taken(name)) {
                return Optional.of(printable(name));
            }
            if (!StorableText.taken(value)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return s;
        }
    }

    /** The name of a parameter whose own name is at fault, without the characters that made it so. */
    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().filter(c -> StorableText.taken(Character.toString(c))).forEach(sb::appendCodePoint);
        return sb.isEmpty() ? "parameter" : sb.toString();
    }

    /** The username of HTTP Basic credentials, or null when there are none or they are not Basic. */
    private static String basicUsername(String authorization) {
        if (authorization == null || authorization.length() < 6 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
