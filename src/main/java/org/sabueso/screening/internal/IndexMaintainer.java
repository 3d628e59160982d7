package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;

import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sabueso.screening.internal.index.ScreeningIndex;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.Entries;

/**
 * Keeps the index equal to the open notices: builds it from PostgreSQL before the web server
 * takes requests, then applies every status change and import as its event arrives (after the
 * change committed), so a new notice is screenable within a second.
 */
@Component
@ConditionalOnProperty(name = "sabueso.command-mode", havingValue = "false", matchIfMissing = true)
class IndexMaintainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintainer.class);

    private final Notices notices;
    private final ScreeningIndex index;
    private volatile boolean running;

    IndexMaintainer(Notices notices, ScreeningIndex index) {
        this.notices = notices;
        this.index = index;
    }

    @Override
    public synchronized void start() {
        long started = System.nanoTime();
        List<Entry> batch = new ArrayList<>(2000);
        notices.forEachScreenable(n -> {
            batch.add(Entries.of(n));
            if (batch.size() == 2000) {
                index.upsert(batch);
                batch.clear();
            }
        });
        index.upsert(batch);
        // one segment: a screening looks its keys up once per segment
        index.optimize();
        running = true;
        log.info("Screening index built: {} notices in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void stop() {
        running = false;
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

    @ApplicationModuleListener
    synchronized void on(NoticeEvents.NoticeStatusChanged e) {
        List<NoticeDetail> current = notices.forScreening(List.of(e.noticeId()));
        if (current.isEmpty()) {
            index.remove(e.noticeId());
        }
        apply(current);
        index.refresh();
    }

    @ApplicationModuleListener
    synchronized void on(NoticeEvents.NoticesImported e) {
        if (e.noticeIds() != null) {
            apply(notices.forScreening(e.noticeIds()));
            index.refresh();
        }
    }

    /** Notices of an import became ACTIVE by its review: until then they were not screenable. */
    @ApplicationModuleListener
    synchronized void on(NoticeEvents.ImportedNoticesActivated e) {
        apply(notices.forScreening(e.noticeIds()));
        index.refresh();
    }

    private void apply(List<NoticeDetail> details) {
        List<Entry> open = new ArrayList<>();
        for (NoticeDetail d : details) {
            if (d.status().open()) {
                open.add(Entries.of(d));
            } else {
                index.remove(d.id());
            }
        }
        index.upsert(open);
    }
}
