package org.sabueso.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the staff side ends. Staff routes are the console, signing in and out, the staff API, its
 * documentation and health; every other address is the public side: the portal, the tip line,
 * their files, and any address that does not exist.
 *
 * <p>The tip line's valve forgets the client's cookies and address on the public side (ADR 0006),
 * so no one is ever signed in there. The page chain therefore lets every public-side request
 * through and lets the application answer it (a page, a file or a 404): asking for a sign-in
 * there could never succeed, and the 401 and the session it opened replaced a signed-in officer's
 * session cookie (issue 12, finding 12).
 */
public final class PublicSide {

    private static final String[] STAFF_PREFIXES = {"/console", "/login", "/logout", "/api/", "/v3/", "/swagger-ui",
            "/actuator"};

    /** For Spring Security: matches the public side. */
    public static final RequestMatcher MATCHER = request -> contains(pathOf(request));

    private PublicSide() {
    }

    /** Whether a decoded request path lies on the public side (a missing path does: it identifies nothing). */
    public static boolean contains(String path) {
        if (path == null) {
            return true;
        }
        for (String prefix : STAFF_PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context.isEmpty() ? uri : uri.substring(Math.min(context.length(), uri.length()));
    }
}
