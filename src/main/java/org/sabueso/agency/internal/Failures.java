package org.sabueso.agency.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The failed sign-ins of one name, or of one client address, within a sliding window, and the
 * lock on a name, if any. Only the last {@code keep} failures are kept: beyond them nothing
 * changes (the name is locked, the address's delay is at its cap).
 */
final class Failures {

    /**
     * Password checks for one name take turns, so that guesses fired in parallel are counted and
     * slowed one after the other, exactly as if they had been sent one at a time.
     */
    final ReentrantLock turn = new ReentrantLock();

    private final ArrayDeque<Instant> times = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;

    /** Records a failure and answers how many fall within the window, this one included. */
    synchronized int add(Instant now, Duration window, int keep) {
        Instant from = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
            times.removeFirst();
        }
        times.addLast(now);
        while (times.size() > keep) {
            times.removeFirst();
        }
        return times.size();
    }

    /**
     * Locks until the given instant. The failures that led here are forgotten: once the lock
     * ends, the name has the full count again (and a guesser another ten slow tries).
     */
    synchronized void lock(Instant until) {
        lockedUntil = until;
        times.clear();
    }

    /** What remains of the lock, zero or negative when there is none. */
    synchronized Duration lockedFor(Instant now) {
        return Duration.between(now, lockedUntil.isBefore(now) ? now : lockedUntil);
    }

    /** A successful sign-in: the person typed the right password, earlier typos no longer count. */
    synchronized void clear() {
        times.clear();
    }
}
