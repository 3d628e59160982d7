package org.sabueso.tip.internal;

import org.sabueso.web.PublicSide;

/**
 * The public tip routes, where nothing about the client may be kept: the general form, the form
 * on each public notice page, the follow-up with the codename, and the public tip API.
 */
public final class TipRoutes {

    /** For Spring Security's path matchers. */
    public static final String[] PATTERNS = {"/tips", "/tips/**", "/notices/*/tip", "/api/v1/public/tips", "/api/v1/public/tips/**"};

    private TipRoutes() {
    }

    public static boolean isPublicTipRoute(String path) {
        if (path == null) {
            return false;
        }
        if (path.equals("/tips") || path.startsWith("/tips/") || path.equals("/api/v1/public/tips")
                || path.startsWith("/api/v1/public/tips/")) {
            return true;
        }
        if (path.startsWith("/notices/") && path.endsWith("/tip")) {
            return path.indexOf('/', "/notices/".length()) == path.length() - "/tip".length();
        }
        return false;
    }

    /**
     * The public side: the portal's pages, their styles and images, the tip line. A visit to the
     * page that carries the tip form must not be matched with the tip by its address, so these
     * keep no address or user agent either. Staff routes (console, sign-in, the staff API, API
     * documentation, health) keep theirs: sign-ins are audited with their address.
     */
    public static boolean isPublicSide(String path) {
        return isPublicTipRoute(path) || PublicSide.contains(path);
    }

    /** A route that stores something, which the rate limit counts. */
    static boolean isSubmission(String method, String path) {
        return "POST".equals(method);
    }
}
