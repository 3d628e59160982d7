package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.sabueso.screening.internal.index.ScreeningIndex;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.Entries;

/**
 * Keeps the index equal to the open notices: builds it from PostgreSQL before the web server
 * takes requests, then applies every status change and activation as its event commits.
 *
 * <p>A change is applied right after its transaction commits, on the thread that committed it,
 * before that thread answers: the officer who moves a notice, or the supervisor whose review
 * activates an import's 100,000 notices, gets the answer once a screening finds them. (Applied
 * on the application's shared event threads instead, an import's activations waited in their
 * queue behind the link proposals of the same import, each of which screens 2,000 notices: the
 * index caught up 17–26 s after the answer. See docs/benchmarks.md, "Index freshness after an
 * import".) The listeners are still transactional event listeners, so the event publication
 * registry records each change before it commits and marks it complete only once it is in the
 * index; one that failed is delivered again at the next start, which also rebuilds the index.
 *
 * <p>{@link IndexFreshness} is told of each change while it is being committed (a plain listener,
 * inside the publishing transaction) and again once it is applied; between the two it is pending.
 */
@Component
@ConditionalOnProperty(name = "sabueso.command-mode", havingValue = "false", matchIfMissing = true)
class IndexMaintainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintainer.class);

    private final Notices notices;
    private final ScreeningIndex index;
    private final IndexFreshness freshness;
    private volatile boolean running;

    /**
     * Copies received in bulk are written to the index as each chunk commits and made searchable
     * together at most this often: a refresh per chunk of 1,000 notices made Lucene's flushes and
     * the merges of their small segments over half of a joining node's Java CPU (JFR over a
     * 100,000-notice join, docs/benchmarks.md "Joining a federation"). Two seconds is what a
     * joining node's screenings may lag behind what it stored.
     */
    private static final long BULK_REFRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
    /** Chunks written and not yet searchable, still pending in {@link IndexFreshness}. */
    private final List<NoticeEvents.CopiesReceived> unrefreshed = new ArrayList<>();
    private long lastBulkRefresh = System.nanoTime();
    /**
     * Makes the last chunks searchable when no other arrives: only a refresh, the entries are
     * written already. Made at each start and shut down at each stop: a context may be stopped and
     * started again (the test framework pauses a cached context it is not using), and a scheduler
     * shut down for good refused every later chunk's refresh.
     */
    private java.util.concurrent.ScheduledExecutorService later;

    IndexMaintainer(Notices notices, ScreeningIndex index, IndexFreshness freshness) {
        this.notices = notices;
        this.index = index;
        this.freshness = freshness;
    }

    @Override
    public synchronized void start() {
        long started = System.nanoTime();
        List<NoticeDetail> batch = new ArrayList<>(2000);
        notices.forEachScreenable(n -> {
            batch.add(n);
            if (batch.size() == 2000) {
                index.upsert(entries(batch));
                batch.clear();
            }
        });
        index.upsert(entries(batch));
        // one segment: a screening looks its keys up once per segment
        index.optimize();
        freshness.changed();
        later = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("screening-bulk-refresh").daemon().factory());
        running = true;
        log.info("Screening index built: {} notices in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (later != null) {
            later.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (which starts in a late phase) so the first request finds the index. */
    @Override
    public int getPhase() {
        return 0;
    }

    // Told while the change is being committed: pending from then until applied.

    @EventListener
    void told(NoticeEvents.NoticeStatusChanged e) {
        freshness.told(e, 1);
    }

    @EventListener
    void told(NoticeEvents.NoticeContentChanged e) {
        freshness.told(e, 1);
    }

    @EventListener
    void told(NoticeEvents.NoticesImported e) {
        if (changesTheIndex(e)) {
            freshness.told(e, e.noticeIds().size());
        }
    }

    @EventListener
    void told(NoticeEvents.ImportedNoticesActivated e) {
        freshness.told(e, e.noticeIds().size());
    }

    @EventListener
    void told(NoticeEvents.CopiesReceived e) {
        freshness.told(e, e.noticeIds().size());
    }

    // Applied once committed, before the committing thread goes on.

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    synchronized void on(NoticeEvents.NoticeStatusChanged e) {
        reread(e.noticeId());
        freshness.applied(e, 1);
    }

    /** A copy of another node's notice replaced by its owner's newer state (issue 16). */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    synchronized void on(NoticeEvents.NoticeContentChanged e) {
        reread(e.noticeId());
        freshness.applied(e, 1);
    }

    private void reread(UUID noticeId) {
        List<NoticeDetail> current = notices.forScreening(List.of(noticeId));
        if (current.isEmpty()) {
            index.remove(noticeId);
        }
        apply(current);
    }

    /**
     * The demo's notices, written ACTIVE. An import's wait UNDER_REVIEW (the event says so by
     * its import id): nothing to index until their review activates them, so they are not read.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    synchronized void on(NoticeEvents.NoticesImported e) {
        if (changesTheIndex(e)) {
            apply(notices.forScreening(e.noticeIds()));
            freshness.applied(e, e.noticeIds().size());
        }
    }

    /** Notices of an import became ACTIVE by its review: until then they were not screenable. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    synchronized void on(NoticeEvents.ImportedNoticesActivated e) {
        apply(notices.forScreening(e.noticeIds()));
        freshness.applied(e, e.noticeIds().size());
    }

    /** Another node's notices copied here in bulk (a snapshot chunk, issue 16): read and indexed at once. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    synchronized void on(NoticeEvents.CopiesReceived e) {
        write(notices.forScreening(e.noticeIds()));
        unrefreshed.add(e);
        if (System.nanoTime() - lastBulkRefresh >= BULK_REFRESH_NANOS || later == null || later.isShutdown()) {
            refreshBulk();
        } else if (unrefreshed.size() == 1) {
            later.schedule(this::refreshBulk, BULK_REFRESH_NANOS, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** Makes the copies written in bulk searchable, and no longer pending. */
    synchronized void refreshBulk() {
        if (unrefreshed.isEmpty()) {
            return;
        }
        index.refresh();
        freshness.changed();
        bulkSearchable();
    }

    /** After any refresh: the bulk copies written before it are searchable too. */
    private void bulkSearchable() {
        unrefreshed.forEach(c -> freshness.applied(c, c.noticeIds().size()));
        unrefreshed.clear();
        lastBulkRefresh = System.nanoTime();
    }

    private static boolean changesTheIndex(NoticeEvents.NoticesImported e) {
        return e.importId() == null && e.noticeIds() != null && !e.noticeIds().isEmpty();
    }

    /**
     * Upserts the open ones, removes the others, and makes it searchable. An entry the index holds
     * already is neither written nor refreshed: a copy of another node's notice moving between two
     * open statuses, or renewed, changes nothing the scorer reads, and a refresh per such change
     * was most of the federation receiver's time (docs/benchmarks.md, federation).
     */
    private void apply(List<NoticeDetail> details) {
        if (write(details)) {
            index.refresh();
            bulkSearchable();
        }
        freshness.changed();
    }

    /**
     * Upserts the open ones the index does not hold as they are and removes the others; true when
     * the index changed. Searchable at the next refresh.
     */
    private boolean write(List<NoticeDetail> details) {
        List<NoticeDetail> open = new ArrayList<>(details.size());
        boolean removed = false;
        for (NoticeDetail d : details) {
            if (d.status().open()) {
                open.add(d);
            } else if (index.contains(d.id())) {
                index.remove(d.id());
                removed = true;
            }
        }
        List<Entry> changed = entries(open).stream().filter(e -> !index.holds(e)).toList();
        if (!changed.isEmpty()) {
            index.upsert(changed);
        }
        return removed || !changed.isEmpty();
    }

    /** Entries of many notices are made on every core: with their keys, most of the cost of indexing. */
    private static List<Entry> entries(List<NoticeDetail> details) {
        return (details.size() >= 256 ? details.parallelStream() : details.stream()).map(Entries::of).toList();
    }

    /** For tests: whether a notice is in the index now. */
    boolean indexed(UUID noticeId) {
        return index.contains(noticeId);
    }
}
