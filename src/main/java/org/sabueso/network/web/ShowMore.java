package org.sabueso.network.web;

import jakarta.servlet.http.HttpServletRequest;
import org.sabueso.network.NetworkGraph;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Show more" of a neighbourhood that stopped at its limit: the same request with a limit one
 * chart larger. The walk is breadth-first over a stable order, so the larger answer holds the
 * nodes already drawn and then the next ones.
 */
final class ShowMore {

    private ShowMore() {
    }

    /** The limit asked for, or a chart's worth when none was. */
    static int limit(Integer asked) {
        return asked == null ? NetworkGraph.CHART_NODES : asked;
    }

    /** The next limit, or 0 when the answer was whole or already the largest there is. */
    static int next(int limit, boolean truncated) {
        return !truncated || limit >= NetworkGraph.MAX_NODES ? 0
                : Math.min(NetworkGraph.MAX_NODES, limit + NetworkGraph.CHART_NODES);
    }

    /** The address (path and query, same origin) of the larger answer, or null when there is none. */
    static String link(HttpServletRequest request, int limit, boolean truncated) {
        int next = next(limit, truncated);
        if (next == 0) {
            return null;
        }
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("limit", next).build().toUriString();
    }
}
