package org.sabueso.tip.internal;

import org.sabueso.web.PublicSide;

/**
 * The public tip routes, where nothing about the client may be kept: the general form, the form
 * on each public notice page, the follow-up with the codename, and the public tip API.
 */
public final class TipRoutes {

    /** For Spring Security's path matchers. */
    public static final String[] PATTERNS = {"/tips", "/tips/**", "/notices/*/tip", "/api/v1/public/tips", "/api/v1/public/tips/**"};

    /** Request attribute: the submission is over the rate limit and must be refused with 429, nothing done. */
    public static final String RATE_LIMITED = "org.sabueso.tip.rateLimited";

    /** Where a refused form submission is forwarded, as a GET, to be shown the site's page for 429. */
    public static final String TOO_MANY_PAGE = "/tips/too-many";

    /** Seconds a refused tipster is asked to wait: the rate limit counts by the minute. */
    public static final int RETRY_AFTER_SECONDS = 60;

    private TipRoutes() {
    }

    /** The public tip API, whose refusals are problem+json; the other tip routes are HTML forms. */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api/v1/public/tips") || path.startsWith("/api/v1/public/tips/"));
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
