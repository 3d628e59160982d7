package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

import org.sabueso.shared.AuditAtCommit;
import org.sabueso.shared.Auditable;
import org.sabueso.shared.GroupCommit;
import org.sabueso.shared.ServerTimings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what a screening leaves behind, in one transaction and one commit: the screening kept for
 * re-matching ({@link ScreeningKeeper}), the hits of its MATCHes with their audit entries, and its
 * own audit entry (what was screened, for which purpose, with how many hits and MATCHes). Written
 * in three commits (kept row, hits, audit entry), a screening waited for the slowest of them and
 * for a hand-off to each one's writer thread; in one it waits for one (docs/benchmarks.md,
 * session 8, and ADR 0009).
 *
 * <p>Many screenings share a transaction (group commit): the audit chain is one line, so the
 * chain's lock and the fsync are paid once for whatever arrived meanwhile. A screening that finds
 * no group being written writes its own on its thread ({@link GroupCommit#submit}).
 *
 * <p>The screening waits until its group is committed, so an answer never names a hit that a
 * crash could still lose, nor goes out before its audit entry and its kept row are durable (a
 * notice that goes ACTIVE after the answer always finds the screening). A group that fails is
 * retried screening by screening (by the group commit), so one bad member fails only its own
 * request.
 */
@Component
class ScreeningWriter implements SmartLifecycle, GroupCommit.Writer<ScreeningWriter.Pending> {

    private static final int MAX_GROUP = 200;

    /**
     * One screening: its kept row (null when nothing is kept), its MATCHes, and its audit entry
     * made from the number of hits actually opened (a MATCH held back by an earlier rejection
     * opens none).
     */
    record Pending(KeptScreeningKeys.Row kept, List<HitService.Opening> openings, IntFunction<Auditable> screened,
                   CompletableFuture<List<HitService.Opened>> done) {
    }

    private final HitService hits;
    private final KeptScreeningRepository keptScreenings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction;
    private final GroupCommit<Pending> groups = new GroupCommit<>("screening-writer", MAX_GROUP, this);

    ScreeningWriter(HitService hits, KeptScreeningRepository keptScreenings, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions) {
        this.hits = hits;
        this.keptScreenings = keptScreenings;
        this.events = events;
        this.inTransaction = new TransactionTemplate(transactions);
        // a group is written on whichever thread holds the turn, a request's among them: its own
        // transaction, never one the caller may have open
        this.inTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Keeps the screening ({@code kept}, or nothing when null), opens these hits (its MATCHes) and
     * publishes its audit entry, {@code screened} applied to the number of hits opened, in one
     * transaction; returns once it is committed. Server-Timing: the wait is {@code hits} for a
     * screening with MATCHes, {@code audit} for one without.
     */
    List<HitService.Opened> commit(KeptScreeningKeys.Row kept, List<HitService.Opening> openings,
                                   IntFunction<Auditable> screened) {
        Pending p = new Pending(kept, openings, screened, new CompletableFuture<>());
        long queued = System.nanoTime();
        groups.submit(p);
        try {
            List<HitService.Opened> opened = p.done().get(30, TimeUnit.SECONDS);
            ServerTimings.add(openings.isEmpty() ? "audit" : "hits", System.nanoTime() - queued);
            return opened;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a screening", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the screening could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the screening could not be written in time", e);
        }
    }

    /**
     * Writes the group's kept rows, opens its hits and writes its screenings' audit entries in one
     * transaction, or throws: the group commit then writes them screening by screening. The
     * screenings are woken only after the commit.
     */
    @Override
    public void write(List<Pending> group) {
        List<KeptScreeningKeys.Row> rows = new ArrayList<>(group.size());
        List<HitService.Opening> all = new ArrayList<>();
        for (Pending p : group) {
            if (p.kept() != null) {
                rows.add(p.kept());
            }
            all.addAll(p.openings());
        }
        // no savepoint in it: its audit entries (hit.open per hit, screening.run per screening) go
        // to the database together at the commit, in one round trip
        List<List<HitService.Opened>> each = inTransaction.execute(status -> AuditAtCommit.within(() -> {
            if (!rows.isEmpty()) {
                keptScreenings.insert(rows);
            }
            List<HitService.Opened> outcomes = all.isEmpty() ? List.of() : hits.open(all);
            List<List<HitService.Opened>> split = new ArrayList<>(group.size());
            int from = 0;
            for (Pending p : group) {
                List<HitService.Opened> mine = outcomes.subList(from, from + p.openings().size());
                from += p.openings().size();
                // in this transaction: the audit trail appends in place (PersonScreened is not a
                // read to group elsewhere), under the chain lock the group's hits may hold already
                events.publishEvent(p.screened().apply(opened(mine)));
                split.add(mine);
            }
            return split;
        }));
        for (int i = 0; i < group.size(); i++) {
            group.get(i).done().complete(List.copyOf(each.get(i)));
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
