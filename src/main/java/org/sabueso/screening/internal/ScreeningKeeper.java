package org.sabueso.screening.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.sabueso.agency.Viewer;
import org.sabueso.screening.KeptScreeningRefusal;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.shared.GroupCommit;
import org.sabueso.shared.Refusal;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps every screening (one at a time or a manifest's line) for re-matching, in groups: each
 * screening hands its row in before its hits and audit entry are written and waits for it after,
 * so the row's commit runs beside theirs instead of after them, and a group pays one fsync for
 * whatever arrived meanwhile. The screening answers only once its row is committed: a notice that
 * goes ACTIVE after the answer always finds it.
 *
 * <p>What is kept is what is needed to screen again (README, "Re-matching"); nothing of it is
 * logged. A viewer without agency keeps nothing: nobody could see it.
 */
@Component
class ScreeningKeeper implements SmartLifecycle, GroupCommit.Writer<ScreeningKeeper.Pending> {

    /** A place is a border post, a prison, an airport: a line, not a paragraph. */
    static final int MAX_PLACE = 120;

    private static final int MAX_GROUP = 200;

    record Pending(KeptScreeningKeys.Row row, CompletableFuture<Void> done) {
    }

    /** A screening handed in; {@link #await()} returns once it is committed. */
    interface Kept {
        void await();
    }

    private static final Kept NOTHING = () -> { };

    private final KeptScreeningRepository repository;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate inTransaction;
    private final GroupCommit<Pending> groups = new GroupCommit<>("screening-keeper", MAX_GROUP, this);

    ScreeningKeeper(KeptScreeningRepository repository, Clock clock,
                    org.springframework.transaction.PlatformTransactionManager transactions) {
        this.repository = repository;
        this.clock = clock;
        this.inTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    }

    /** Why the request's place cannot be kept, or null when it can (absent, or one line of at most {@link #MAX_PLACE}). */
    static Refusal placeFault(String place) {
        if (place == null) {
            return null;
        }
        String p = place.strip();
        if (p.length() > MAX_PLACE) {
            return Refusal.of(KeptScreeningRefusal.PLACE_LONG, MAX_PLACE);
        }
        if (p.chars().anyMatch(Character::isISOControl)) {
            return Refusal.of(KeptScreeningRefusal.PLACE_CONTROL);
        }
        return null;
    }

    /** The place as kept: stripped, null when blank. */
    static String place(String place) {
        return place == null || place.isBlank() ? null : place.strip();
    }

    /** Hands the screening in for keeping; call {@link Kept#await()} before answering. */
    Kept keep(UUID screeningId, Viewer viewer, String name, Query q, String purpose, String place) {
        if (viewer.agencyId() == null) {
            return NOTHING;
        }
        KeptScreeningRepository.Kept kept = new KeptScreeningRepository.Kept(screeningId, viewer.agencyId(),
                viewer.country(), viewer.username(), name, q.birthDate() == null ? null : q.birthDate().toString(),
                q.nationality(), q.documents(), purpose, place(place), clock.instant());
        KeptScreeningKeys.Row row = KeptScreeningKeys.of(kept, q);
        if (!groups.running()) {
            write(List.of(new Pending(row, new CompletableFuture<>())));
            return NOTHING;
        }
        Pending p = new Pending(row, new CompletableFuture<>());
        groups.add(p);
        return () -> {
            try {
                p.done().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while keeping a screening", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("the screening could not be kept", e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("the screening could not be kept in time", e);
            }
        };
    }

    @Override
    public void write(List<Pending> group) {
        List<KeptScreeningKeys.Row> rows = new ArrayList<>(group.size());
        group.forEach(p -> rows.add(p.row()));
        inTransaction.executeWithoutResult(s -> repository.insert(rows));
        group.forEach(p -> p.done().complete(null));
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
