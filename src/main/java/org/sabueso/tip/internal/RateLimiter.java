package org.sabueso.tip.internal;

import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Abuse control for the tip line, in memory only: how many submissions each client made in the
 * current minute, under a keyed hash of its address with a key that lives in this process and
 * changes every minute with the counters, so no address is kept even in memory after its minute,
 * and none ever reaches disk or the log. A global ceiling guards against many addresses at once.
 */
final class RateLimiter {

    private final int perClientPerMinute;
    private final int allPerMinute;
    private final LongSupplier millis;
    private final SecureRandom random = new SecureRandom();
    private volatile Window window;

    private record Window(long minute, byte[] key, ConcurrentHashMap<String, AtomicInteger> counts, AtomicInteger all) {
    }

    RateLimiter(int perClientPerMinute, int allPerMinute, LongSupplier millis) {
        this.perClientPerMinute = perClientPerMinute;
        this.allPerMinute = allPerMinute;
        this.millis = millis;
    }

    boolean allow(String clientAddress) {
        Window w = current();
        if (w.all().incrementAndGet() > allPerMinute) {
            return false;
        }
        String key = java.util.HexFormat.of().formatHex(TipCrypto.hmac(w.key(), clientAddress == null ? "" : clientAddress), 0, 12);
        return w.counts().computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= perClientPerMinute;
    }

    /** Starts a new window now, counters and key dropped, as the next minute would: for tests of the refusal. */
    synchronized void forget() {
        window = null;
    }

    int trackedClients() {
        return current().counts().size();
    }

    private Window current() {
        long minute = millis.getAsLong() / 60_000;
        Window w = window;
        if (w == null || w.minute() != minute) {
            synchronized (this) {
                w = window;
                if (w == null || w.minute() != minute) {
                    byte[] key = new byte[32];
                    random.nextBytes(key);
                    w = new Window(minute, key, new ConcurrentHashMap<>(), new AtomicInteger());
                    window = w;
                }
            }
        }
        return w;
    }
}
