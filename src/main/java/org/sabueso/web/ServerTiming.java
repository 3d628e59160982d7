package org.sabueso.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.shared.ServerTimings;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@code Server-Timing} header of the screening answers: what the request's own work measured
 * ({@code engine}, the screening engine's candidates and scoring, through {@link ServerTimings})
 * and {@code total}, from this filter, the first of the chain, until the answer's headers go
 * out, which is when the body has been written (a screening answer fits Tomcat's buffer, so that
 * is its end). Sign-in, the audit entry, the hits and the JSON are all inside the total; only
 * Tomcat's parsing of the request and the network are outside it.
 *
 * <p>Durations in milliseconds, as the W3C syntax has them: {@code engine;dur=0.62, total;dur=1.9}.
 * Only the screening routes carry it: a client that times itself can compare, and nowhere else
 * is anything measured.
 */
final class ServerTiming extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";
    static final String TOTAL = "total";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !(uri.equals("/api/v1/screenings") || uri.startsWith("/api/v1/screenings/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        ServerTimings timings = ServerTimings.open();
        Stamping stamping = new Stamping(response, timings, started);
        try {
            chain.doFilter(request, stamping);
        } finally {
            timings.close();
        }
        // an answer that wrote no body has not gone out yet
        if (!response.isCommitted()) {
            stamping.stamp();
        }
    }

    /** The header, added once, just before the answer's headers are sent. */
    private static final class Stamping extends OnCommittedResponseWrapper {

        private final HttpServletResponse original;
        private final ServerTimings timings;
        private final long started;
        private boolean stamped;

        Stamping(HttpServletResponse response, ServerTimings timings, long started) {
            super(response);
            this.original = response;
            this.timings = timings;
            this.started = started;
        }

        @Override
        protected void onResponseCommitted() {
            stamp();
        }

        void stamp() {
            if (stamped || original.isCommitted()) {
                return;
            }
            stamped = true;
            original.setHeader(HEADER, header(timings.metrics(), System.nanoTime() - started));
        }
    }

    static String header(Map<String, Long> metrics, long totalNanos) {
        StringBuilder b = new StringBuilder(48);
        metrics.forEach((name, nanos) -> b.append(name).append(";dur=").append(millis(nanos)).append(", "));
        return b.append(TOTAL).append(";dur=").append(millis(totalNanos)).toString();
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
