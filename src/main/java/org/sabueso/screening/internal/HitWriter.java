package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Opens the hits of many screenings in one transaction (group commit). Each opened hit is a change
 * with its own audit entry, and the audit chain is one line: opened one by one, every MATCH held
 * the chain's lock through its own commit and fsync, so at a few hundred MATCHes a second the
 * screenings queued behind each other, and the group commit of audited reads behind them.
 * Grouped, the lock and the fsync are paid once for whatever arrived meanwhile.
 *
 * <p>The screening waits until its group is committed, so an answer never names a hit that a
 * crash could still lose. A group that fails is retried screening by screening, so one bad
 * opening fails only its own request.
 */
@Component
class HitWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HitWriter.class);
    private static final int MAX_GROUP = 200;

    private record Pending(List<HitService.Opening> openings, CompletableFuture<List<HitService.Opened>> done) {
    }

    private final HitService hits;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private volatile Thread writer;

    HitWriter(HitService hits) {
        this.hits = hits;
    }

    /** Opens these hits (one screening's MATCHes) and waits until they are committed. */
    List<HitService.Opened> open(List<HitService.Opening> openings) {
        if (openings.isEmpty()) {
            return List.of();
        }
        if (!running) {
            return hits.open(openings);
        }
        Pending p = new Pending(openings, new CompletableFuture<>());
        queue.add(p);
        try {
            return p.done().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening hits", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("hits could not be opened", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("hits could not be opened in time", e);
        }
    }

    private void write() {
        List<Pending> group = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            Pending first;
            try {
                first = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (first == null) {
                continue;
            }
            group.clear();
            group.add(first);
            queue.drainTo(group, MAX_GROUP - 1);
            try {
                List<HitService.Opening> all = new ArrayList<>();
                group.forEach(p -> all.addAll(p.openings()));
                List<HitService.Opened> outcomes = hits.open(all);
                int from = 0;
                for (Pending p : group) {
                    p.done().complete(outcomes.subList(from, from + p.openings().size()));
                    from += p.openings().size();
                }
            } catch (RuntimeException groupFailed) {
                log.warn("a group of {} screenings' hits failed, retrying them one by one: {}", group.size(),
                        groupFailed.getClass().getSimpleName());
                for (Pending p : group) {
                    try {
                        p.done().complete(hits.open(p.openings()));
                    } catch (RuntimeException e) {
                        p.done().completeExceptionally(e);
                    }
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().name("hit-writer").daemon(true).start(this::write);
    }

    @Override
    public void stop() {
        running = false;
        Thread w = writer;
        if (w != null) {
            try {
                w.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
