package org.sabueso.federation.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * What this node has sent and received since it started, for the status endpoint (and the bench,
 * which reads it there): counts, refusals by code, the link's state and the replication lag of
 * the last messages applied (from the sender's outbox row to applied here).
 */
@Component
@FederatedNode
public class Counters {

    /** Lags kept for the percentiles: the most recent ones, a ring. */
    private static final int LAG_SAMPLES = 20_000;

    final AtomicLong sent = new AtomicLong();
    final AtomicLong received = new AtomicLong();
    final AtomicLong applied = new AtomicLong();
    final AtomicLong deadLetters = new AtomicLong();
    private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastApplied = new AtomicReference<>();
    private final AtomicReference<Instant> linkDownSince = new AtomicReference<>();
    private final long[] lags = new long[LAG_SAMPLES];
    private long lagCount;

    void refused(RefusalCode code) {
        refused.computeIfAbsent(code.code(), c -> new AtomicLong()).incrementAndGet();
    }

    Map<String, Long> refusedByCode() {
        Map<String, Long> m = new TreeMap<>();
        refused.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    void applied(Instant queuedAt, Instant now) {
        applied.incrementAndGet();
        lastApplied.set(now);
        if (queuedAt != null) {
            synchronized (lags) {
                lags[(int) (lagCount++ % LAG_SAMPLES)] = Math.max(0, now.toEpochMilli() - queuedAt.toEpochMilli());
            }
        }
    }

    /** The lag percentile in milliseconds over the recent samples; -1 before any. */
    long lagPercentileMillis(double p) {
        long[] copy;
        synchronized (lags) {
            copy = Arrays.copyOf(lags, (int) Math.min(lagCount, LAG_SAMPLES));
        }
        if (copy.length == 0) {
            return -1;
        }
        Arrays.sort(copy);
        return copy[Math.min(copy.length - 1, (int) Math.ceil(p * copy.length) - 1 < 0 ? 0 : (int) Math.ceil(p * copy.length) - 1)];
    }

    void linkUp() {
        linkDownSince.set(null);
    }

    void linkDown(Instant now) {
        linkDownSince.compareAndSet(null, now);
    }

    java.util.Optional<Instant> linkDownSince() {
        return java.util.Optional.ofNullable(linkDownSince.get());
    }

    java.util.Optional<Instant> lastApplied() {
        return java.util.Optional.ofNullable(lastApplied.get());
    }
}
