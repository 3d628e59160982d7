package org.sabueso.tip.internal;

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

    /** A route that stores something, which the rate limit counts. */
    static boolean isSubmission(String method, String path) {
        return "POST".equals(method);
    }
}
