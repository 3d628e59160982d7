package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

import org.sabueso.shared.Auditable;
import org.sabueso.shared.GroupCommit;
import org.sabueso.shared.ServerTimings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the hits of many screenings in one transaction (group commit). Each opened hit is a change
 * with its own audit entry, and the audit chain is one line: opened one by one, every MATCH held
 * the chain's lock through its own commit and fsync, so at a few hundred MATCHes a second the
 * screenings queued behind each other, and the group commit of audited reads behind them.
 * Grouped, the lock and the fsync are paid once for whatever arrived meanwhile.
 *
 * <p>The screening's own audit entry (what was screened, for which purpose, with how many hits
 * and MATCHes) is written in the same transaction as its hits: the transaction holds the chain's
 * lock already, and a second group commit after this one would make a MATCH wait for two commits
 * and two fsyncs, one after the other (measured in docs/benchmarks.md, issue 14).
 *
 * <p>The screening waits until its group is committed, so an answer never names a hit that a
 * crash could still lose, nor goes out before its audit entry is durable. A group that fails is
 * retried screening by screening (by the group commit), so one bad opening fails only its own
 * request.
 */
@Component
class HitWriter implements SmartLifecycle, GroupCommit.Writer<HitWriter.Pending> {

    private static final int MAX_GROUP = 200;

    /**
     * One screening's MATCHes, and its audit entry made from the number of hits actually opened
     * (a MATCH held back by an earlier rejection opens none).
     */
    record Pending(List<HitService.Opening> openings, IntFunction<Auditable> screened,
                   CompletableFuture<List<HitService.Opened>> done) {
    }

    private final HitService hits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction;
    private final GroupCommit<Pending> groups = new GroupCommit<>("hit-writer", MAX_GROUP, this);

    HitWriter(HitService hits, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.hits = hits;
        this.events = events;
        this.inTransaction = new TransactionTemplate(transactions);
        // a group is written on whichever thread holds the turn, a request's among them: its own
        // transaction, never one the caller may have open
        this.inTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Opens these hits (one screening's MATCHes) and publishes the screening's audit entry,
     * {@code screened} applied to the number of hits opened, in the same transaction; waits until
     * both are committed.
     */
    List<HitService.Opened> open(List<HitService.Opening> openings, IntFunction<Auditable> screened) {
        if (!groups.running()) {
            return write(openings, screened);
        }
        Pending p = new Pending(openings, screened, new CompletableFuture<>());
        long queued = System.nanoTime();
        groups.submit(p);
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

    private List<HitService.Opened> write(List<HitService.Opening> openings, IntFunction<Auditable> screened) {
        return inTransaction.execute(status -> {
            List<HitService.Opened> outcomes = hits.open(openings);
            events.publishEvent(screened.apply(opened(outcomes)));
            return outcomes;
        });
    }

    /**
     * Opens the group's hits and writes its screenings' audit entries in one transaction, or
     * throws: the group commit then writes them screening by screening. The screenings are woken
     * only after the commit.
     */
    @Override
    public void write(List<Pending> group) {
        List<HitService.Opening> all = new ArrayList<>();
        group.forEach(p -> all.addAll(p.openings()));
        List<List<HitService.Opened>> each = inTransaction.execute(status -> {
            List<HitService.Opened> outcomes = hits.open(all);
            List<List<HitService.Opened>> split = new ArrayList<>(group.size());
            int from = 0;
            for (Pending p : group) {
                List<HitService.Opened> mine = outcomes.subList(from, from + p.openings().size());
                from += p.openings().size();
                // in this transaction: it holds the chain's lock once a hit is opened, and the
                // audit trail then appends in place rather than in a commit of its own
                events.publishEvent(p.screened().apply(opened(mine)));
                split.add(mine);
            }
            return split;
        });
        for (int i = 0; i < group.size(); i++) {
            group.get(i).done().complete(each.get(i));
        }
    }

    private static int opened(List<HitService.Opened> outcomes) {
        return (int) outcomes.stream().filter(o -> o instanceof HitService.Opened.Hit).count();
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
