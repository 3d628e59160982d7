package org.sabueso.screening.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.ScreeningIndexStatus;
import org.sabueso.screening.ScreeningIndexes;
import org.sabueso.screening.ScreeningRefusal;
import org.sabueso.screening.internal.index.ScreeningIndex;
import org.sabueso.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the notice changes the index has been told of and not yet applied. {@link IndexMaintainer}
 * tells it of each change as the change is published, inside the transaction that makes it (so
 * the count is up before the change commits, and before any answer saying it was made goes out),
 * and again once the change is in the index. A change whose transaction rolls back is taken off.
 *
 * <p>Changes are counted per event, the event itself being the key: an event republished after a
 * restart was never counted here (the index was rebuilt from PostgreSQL at that start), so
 * applying it takes nothing off. An event whose listener failed stays counted: the index really
 * lacks it until the publication registry delivers it again.
 */
@Component
class IndexFreshness implements ScreeningIndexes {

    private final ScreeningIndex index;
    private final Clock clock;
    /** Each event told of and not yet applied, with how many times (equal events are possible). */
    private final Map<Object, Integer> told = new HashMap<>();
    /** Guards {@code told} and {@code pending}; waited on by {@link #awaitCaughtUp}. */
    private final Object monitor = new Object();
    private long pending;
    private volatile Instant lastChange;

    IndexFreshness(ScreeningIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
        this.lastChange = clock.instant();
    }

    /**
     * A change of {@code changes} notices is being committed. Outside a transaction nothing is
     * counted: the after-commit listeners that would apply it never run there either.
     */
    void told(Object event, int changes) {
        if (changes <= 0 || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        add(event, changes);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    applied(event, changes);
                }
            }
        });
    }

    /** The change is in the index (or was rolled back): no longer pending. */
    void applied(Object event, int changes) {
        synchronized (monitor) {
            Integer n = told.get(event);
            if (n == null) {
                return;
            }
            if (n == 1) {
                told.remove(event);
            } else {
                told.put(event, n - 1);
            }
            pending -= changes;
            monitor.notifyAll();
        }
    }

    private void add(Object event, int changes) {
        synchronized (monitor) {
            told.merge(event, 1, Integer::sum);
            pending += changes;
        }
    }

    /** The index changed now (a build, an upsert, a removal made searchable). */
    void changed() {
        lastChange = clock.instant();
    }

    @Override
    public ScreeningIndexStatus status(Viewer viewer) {
        if (viewer.isPublic() || !Capability.SCREEN.allows(viewer)) {
            throw new DomainException.NotAllowed(ScreeningRefusal.NOT_ALLOWED);
        }
        return status();
    }

    @Override
    public ScreeningIndexStatus status() {
        long p;
        synchronized (monitor) {
            p = pending;
        }
        return new ScreeningIndexStatus(index.size(), p, lastChange);
    }

    @Override
    public ScreeningIndexStatus awaitCaughtUp(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        synchronized (monitor) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    monitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return status();
    }
}
