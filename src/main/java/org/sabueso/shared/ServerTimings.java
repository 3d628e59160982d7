package org.sabueso.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Durations a request's own work measured about itself (the screening engine's time), handed to
 * the web edge, which sends them in the answer's {@code Server-Timing} header beside the
 * request's total. The edge opens a collection for the request's thread before anything else
 * runs and closes it when the request ends; outside a request (benches in process, jobs)
 * {@link #add} does nothing, so the modules that measure need not know whether anyone listens.
 *
 * <p>A thread-local rather than a request attribute: the module that measures has no request in
 * hand, and a servlet request runs on one thread from the edge's filter to its answer.
 */
public final class ServerTimings {

    private static final ThreadLocal<ServerTimings> CURRENT = new ThreadLocal<>();

    private final Map<String, Long> nanos = new LinkedHashMap<>(4);

    private ServerTimings() {
    }

    /** Starts collecting for this thread's request; the caller must {@link #close()} in a finally. */
    public static ServerTimings open() {
        ServerTimings t = new ServerTimings();
        CURRENT.set(t);
        return t;
    }

    /** Adds {@code nanos} to the metric of the current request, if a request is collecting. */
    public static void add(String metric, long nanos) {
        ServerTimings t = CURRENT.get();
        if (t != null) {
            t.nanos.merge(metric, nanos, Long::sum);
        }
    }

    /** Runs {@code work} and adds its duration to {@code metric}, also when it throws. */
    public static <T> T timed(String metric, java.util.function.Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(metric, System.nanoTime() - started);
        }
    }

    /** The metrics collected so far, in the order they were first added (nanoseconds). */
    public Map<String, Long> metrics() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
    }

    /** Nanoseconds of one metric, or -1 when nothing measured it. */
    public long of(String metric) {
        return nanos.getOrDefault(metric, -1L);
    }

    /** Stops collecting on this thread. */
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }
}
