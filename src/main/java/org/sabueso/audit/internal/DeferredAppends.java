package org.sabueso.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.sabueso.shared.AuditAtCommit;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit entries one transaction appends, written together just before it commits, in one
 * round trip ({@link ChainAppend}) on the transaction's own connection. A change and its entries
 * still commit together or not at all: an entry that cannot be written fails the commit, and a
 * transaction rolled back writes none.
 *
 * <p>Why deferred: a screening with MATCHes appends one {@code hit.open} entry per hit and its own
 * {@code screening.run}; written as they were published, each was a round trip to PostgreSQL, the
 * first with the chain lock (docs/benchmarks.md, session 9). Written at the commit, the chain lock
 * is also held only from the append to the commit, not while the rest of the transaction runs.
 *
 * <p>Only in a transaction marked {@link AuditAtCommit} (it sets no savepoint, whose rollback
 * would otherwise leave its entries here); any other appends each entry at once, in one round
 * trip all the same.
 *
 * <p>One per transaction: it is found among the current transaction's synchronizations, so a
 * transaction started inside another ({@code REQUIRES_NEW}) has its own. An entry published
 * after the entries were written (by another synchronization's {@code beforeCommit}) is written
 * at once.
 */
final class DeferredAppends implements TransactionSynchronization {

    private final DataSource dataSource;
    private final Clock clock;
    private final List<ChainAppend.Entry> entries = new ArrayList<>();
    private boolean written;

    private DeferredAppends(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The current transaction's, or null when it has appended nothing (or no transaction synchronizes). */
    static DeferredAppends current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof DeferredAppends d) {
                return d;
            }
        }
        return null;
    }

    /**
     * Appends in the current transaction: kept for its commit when it is marked
     * ({@link AuditAtCommit}) or has kept entries already, else at once on its connection.
     */
    static void append(DataSource dataSource, Clock clock, ChainAppend.Entry entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !AuditAtCommit.marked() && current() == null) {
            write(dataSource, clock, List.of(entry));
            return;
        }
        DeferredAppends d = current();
        if (d == null) {
            d = new DeferredAppends(dataSource, clock);
            TransactionSynchronizationManager.registerSynchronization(d);
        }
        if (d.written) {
            write(dataSource, clock, List.of(entry));
        } else {
            d.entries.add(entry);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        written = true;
        if (!entries.isEmpty()) {
            write(dataSource, clock, List.copyOf(entries));
        }
    }

    private static void write(DataSource dataSource, Clock clock, List<ChainAppend.Entry> entries) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            ChainAppend.append(c, clock, entries);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("audit entry not written, SQLState " + e.getSQLState(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
