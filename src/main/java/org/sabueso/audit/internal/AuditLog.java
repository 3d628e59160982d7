package org.sabueso.audit.internal;

import java.time.Clock;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.shared.Auditable;
import org.sabueso.shared.GroupCommit;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the chain. Listens synchronously, inside the transaction of the change it records,
 * so a change and its audit entry commit together or not at all. An advisory lock keeps the
 * chain a single line when requests run at once.
 *
 * <p>Reads (notices opened, lists, screenings) are many and change nothing: they go to a single
 * writer thread that appends whatever has queued up in one transaction, and the request waits
 * until its entry is written (group commit), so none is lost and the chain lock is taken once per
 * group instead of once per read. A read inside a transaction that has appended already is
 * appended with that transaction's entries, at its commit.
 *
 * <p>Logins, successful or not, record the username tried as actor and target and the client
 * address in the detail; a failure gets its own transaction, since the request it belongs to
 * goes no further.
 */
@Component
class AuditLog implements org.springframework.context.SmartLifecycle, GroupCommit.Writer<AuditLog.Pending> {

    /** Reads written per group at most: one insert batch, so a burst of reads never makes one long transaction. */
    private static final int MAX_GROUP = 500;

    record Pending(ChainAppend.Entry entry, java.util.concurrent.CompletableFuture<Void> written) {
    }

    private final GroupCommit<Pending> reads = new GroupCommit<>("audit-writer", MAX_GROUP, this);
    private final javax.sql.DataSource dataSource;
    private final org.springframework.transaction.support.TransactionTemplate inTransaction;
    /** The writer thread's own connection: only that thread touches it. */
    private java.sql.Connection connection;

    private static final int MAX_USERNAME = 100;

    private final Clock clock;
    private final Agencies agencies;

    AuditLog(Clock clock, Agencies agencies,
             javax.sql.DataSource dataSource, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.clock = clock;
        this.agencies = agencies;
        this.dataSource = dataSource;
        this.inTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    }

    /**
     * Not transactional itself: a read waiting for its group needs no transaction of its own, and
     * a change joins the transaction it was published in (or gets one, when it has none).
     */
    @EventListener
    public void on(Auditable e) {
        if (e.isRead() && reads.running() && DeferredAppends.current() == null) {
            Pending p = new Pending(new ChainAppend.Entry(e.actor(), e.actorAgency(), e.action(), e.targetType(),
                    e.targetId(), e.detail()), new java.util.concurrent.CompletableFuture<>());
            long queued = System.nanoTime();
            // written here when no group is being written, else with the writer thread's next group
            reads.submit(p);
            try {
                p.written().get(30, java.util.concurrent.TimeUnit.SECONDS);
                org.sabueso.shared.ServerTimings.add("audit", System.nanoTime() - queued);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the audit trail", ex);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
                throw new IllegalStateException("the audit trail could not be written", ex);
            }
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            append(e.actor(), e.actorAgency(), e.action(), e.targetType(), e.targetId(), e.detail());
        } else {
            inTransaction.executeWithoutResult(status ->
                    append(e.actor(), e.actorAgency(), e.action(), e.targetType(), e.targetId(), e.detail()));
        }
    }

    /**
     * The group-commit writer: writes what has queued in one transaction on a connection of its
     * own (requests waiting for it hold pool connections, so it must never wait for one), and
     * wakes the requests. A group that fails is rolled back and thrown back to the group commit,
     * which writes its members one by one, so an entry that cannot be written fails only its own
     * request ({@link #failed}). What is thrown names the SQLState only: the driver's message
     * quotes the batch's values, which are other users' reads.
     */
    @Override
    public void write(java.util.List<Pending> group) {
        try {
            if (connection == null || connection.isClosed()) {
                connection = dataSource.getConnection();
                connection.setAutoCommit(false);
            }
            writeGroup(connection, group);
        } catch (java.sql.SQLException | RuntimeException ex) {
            try {
                if (connection != null) {
                    connection.rollback();
                }
            } catch (java.sql.SQLException ignored) {
                connection = null;
            }
            throw new IllegalStateException("audit entries not written, SQLState " + sqlState(ex));
        }
        group.forEach(p -> p.written().complete(null));
    }

    @Override
    public void failed(Pending member, RuntimeException cause) {
        member.written().completeExceptionally(cause);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                java.sql.SQLException next = sql.getNextException();
                return next != null && next.getSQLState() != null ? next.getSQLState() : sql.getSQLState();
            }
        }
        return "none (" + e.getClass().getSimpleName() + ")";
    }

    @Override
    public void finished() {
        if (connection != null) {
            try {
                connection.close();
            } catch (java.sql.SQLException ignored) {
                // closing at shutdown
            }
        }
    }

    /** A group: its own transaction, a fresh tail (the lock is taken anew), committed at once. */
    private void writeGroup(java.sql.Connection c, java.util.List<Pending> group) throws java.sql.SQLException {
        ChainAppend.append(c, clock, group.stream().map(Pending::entry).toList());
        c.commit();
    }

    @Override
    public void start() {
        reads.start();
    }

    @Override
    public void stop() {
        reads.stop();
    }

    @Override
    public boolean isRunning() {
        return reads.running();
    }

    /**
     * A login. API clients send their credentials with every request; the re-use of credentials
     * verified minutes ago is no new login and is never published as one (the agency module's
     * {@code AuthenticationEventPublisher} holds those events back), so no request pays for a
     * transaction here that writes nothing.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void onLogin(AuthenticationSuccessEvent e) {
        Authentication auth = e.getAuthentication();
        if (auth.getPrincipal() instanceof UserDetails) {
            String name = auth.getName();
            String agency = agencies.viewerFor(name).map(Viewer::agencyId).orElse(null);
            append(name, agency, "auth.login", "user", name, client(auth));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailedLogin(AbstractAuthenticationFailureEvent e) {
        String tried = String.valueOf(e.getAuthentication().getName());
        // the name tried is anything an HTTP Basic header decodes to; the trail stores text
        String name = tried.codePoints().limit(MAX_USERNAME).map(c -> Character.isISOControl(c) ? 0xFFFD : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String detail = e.getException().getClass().getSimpleName();
        String client = client(e.getAuthentication());
        append(name, null, "auth.failure", "user", name, client == null ? detail : detail + " " + client);
    }

    /** Where the attempt came from, when the web layer says. */
    private static String client(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? "from " + d.getRemoteAddress() : null;
    }

    /**
     * Appends in the current transaction (or in one of its own), through the same
     * {@link ChainAppend} as the group writer: on that transaction's connection, with whatever
     * else the transaction appends, just before it commits ({@link DeferredAppends}).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void append(String actor, String agency, String action, String targetType, String targetId, String detail) {
        DeferredAppends.append(dataSource, clock, new ChainAppend.Entry(actor, agency, action, targetType, targetId,
                detail));
    }
}
