package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.sabueso.shared.GroupCommit;
import org.sabueso.shared.ServerTimings;
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
 * crash could still lose. A group that fails is retried screening by screening (by the group
 * commit), so one bad opening fails only its own request.
 */
@Component
class HitWriter implements SmartLifecycle, GroupCommit.Writer<HitWriter.Pending> {

    private static final int MAX_GROUP = 200;

    record Pending(List<HitService.Opening> openings, CompletableFuture<List<HitService.Opened>> done) {
    }

    private final HitService hits;
    private final GroupCommit<Pending> groups = new GroupCommit<>("hit-writer", MAX_GROUP, this);

    HitWriter(HitService hits) {
        this.hits = hits;
    }

    /** Opens these hits (one screening's MATCHes) and waits until they are committed. */
    List<HitService.Opened> open(List<HitService.Opening> openings) {
        if (openings.isEmpty()) {
            return List.of();
        }
        if (!groups.running()) {
            return hits.open(openings);
        }
        Pending p = new Pending(openings, new CompletableFuture<>());
        long queued = System.nanoTime();
        groups.add(p);
        try {
            List<HitService.Opened> opened = p.done().get(30, TimeUnit.SECONDS);
            ServerTimings.add("hits", System.nanoTime() - queued);
            return opened;
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

    /** Opens the group's hits in one transaction, or throws: the group commit then opens them screening by screening. */
    @Override
    public void write(List<Pending> group) {
        List<HitService.Opening> all = new ArrayList<>();
        group.forEach(p -> all.addAll(p.openings()));
        List<HitService.Opened> outcomes = hits.open(all);
        int from = 0;
        for (Pending p : group) {
            p.done().complete(outcomes.subList(from, from + p.openings().size()));
            from += p.openings().size();
        }
    }

    @Override
    public void failed(Pending member, RuntimeException cause) {
        member.done().completeExceptionally(cause);
    }

    @Override
    public void start() {
        groups.start();
    }

    @Override
    public void stop() {
        groups.stop();
    }

    @Override
    public boolean isRunning() {
        return groups.running();
    }
}
