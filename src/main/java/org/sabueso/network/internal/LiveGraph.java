package org.sabueso.network.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.sabueso.network.LinkView;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.Share;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The in-memory graph kept current from the database: loaded once at start (before the web
 * server takes requests), then changed by this module's own events right after each commit.
 *
 * <p>Why these listeners are {@code @TransactionalEventListener(AFTER_COMMIT)} and not
 * {@code @ApplicationModuleListener} like the module's cross-module listeners: the work is a
 * change of this module's memory, not of the database, and it must be done before the request that
 * recorded the link answers (the API promises the link is in the graph once the 201 is sent). An
 * asynchronous listener would answer first. A change lost to a crash needs no retry from the
 * outbox: the graph is loaded whole from the tables at the next start.
 */
@Component
class LiveGraph implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LiveGraph.class);

    private final DataSource dataSource;
    private final LinkRepository links;
    private final boolean commandMode;

    private volatile GraphIndex index;
    /** Links changed before the graph was loaded; applied (idempotently) once it is. */
    private final List<Runnable> early = new ArrayList<>();

    LiveGraph(DataSource dataSource, LinkRepository links, @Value("${sabueso.command-mode:false}") boolean commandMode) {
        this.dataSource = dataSource;
        this.links = links;
        this.commandMode = commandMode;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (commandMode) {
            return;
        }
        long started = System.nanoTime();
        try {
            GraphIndex loaded = new GraphLoader(dataSource).load();
            synchronized (early) {
                index = loaded;
                early.forEach(Runnable::run);
                early.clear();
            }
            log.info("Network graph loaded: {} nodes, {} links in {} ms", loaded.nodeCount(), loaded.edgeCount(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("the network graph could not be loaded", e);
        }
    }

    // ---------------------------------------------------------------- keeping current

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NetworkEvents.LinkRecorded e) {
        change(() -> links.link(e.linkId()).ifPresent(this::add));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NetworkEvents.LinkRemoved e) {
        change(() -> {
            GraphIndex g = index;
            int a = g.node(e.from());
            if (a >= 0) {
                int edge = g.findEdge(a, e.linkId());
                if (edge >= 0) {
                    g.removeEdge(edge);
                }
            }
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NetworkEvents.NodeRecorded e) {
        change(() -> index.putNode(e.id(), e.type(), e.name()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(LinksImported e) {
        change(() -> links.links(e.linkIds()).forEach(this::add));
    }

    /** Runs a change under the write lock, or keeps it for after the load. */
    private void change(Runnable change) {
        synchronized (early) {
            if (index == null) {
                early.add(change);
                return;
            }
        }
        GraphIndex g = index;
        g.lock.writeLock().lock();
        try {
            change.run();
            if (g.overlayIsLarge()) {
                g.build();
            }
        } finally {
            g.lock.writeLock().unlock();
        }
    }

    /** Adds a link and its ends unless the graph has it already (it may have been loaded with it). */
    private void add(LinkView l) {
        GraphIndex g = index;
        int a = g.node(l.from().id());
        if (a < 0) {
            a = g.putNode(l.from().id(), l.from().type(), l.fromLabel());
        } else if (g.findEdge(a, l.id()) >= 0) {
            return;
        }
        int b = g.node(l.to().id());
        if (b < 0) {
            b = g.putNode(l.to().id(), l.to().type(), l.toLabel());
        }
        short share = g.shareClassOf(new Share(l.issuingAgencyId(), l.issuingCountry(), l.sharingScope(),
                l.partnerAgencyIds()));
        g.addEdge(l.id(), a, b, l.type(), l.role(), share, l.started(), l.ended());
    }

    // ---------------------------------------------------------------- reading

    boolean isLoaded() {
        return index != null;
    }

    /** Answers a question under the read lock. */
    <T> T read(Function<GraphIndex, T> question) {
        GraphIndex g = index;
        if (g == null) {
            throw new IllegalStateException("the network graph is still loading");
        }
        g.lock.readLock().lock();
        try {
            return question.apply(g);
        } finally {
            g.lock.readLock().unlock();
        }
    }
}
