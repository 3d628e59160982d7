package org.sabueso.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one way onto the audit chain, for the group writer's own connection and for a change's
 * transaction alike: take the chain lock and read the chain's last entry (once per transaction),
 * then insert each entry hashed onto the one before it. The caller commits.
 */
final class ChainAppend {

    /** The advisory lock that keeps the chain a single line when transactions append at once. */
    static final long CHAIN_LOCK = 0x5AB0E50L;

    /** Who the trail names when an event has no actor (a job, the system). */
    static final String SYSTEM = "system";

    /** One entry to append. */
    record Entry(String actor, String agency, String action, String targetType, String targetId, String detail) {
    }

    /**
     * The chain's last entry as one transaction knows it: once it holds the chain lock nobody else
     * appends until it ends, so a second append in the same transaction (a group of hits opened
     * at once) needs no query for the one before it. No savepoints are used, so what the
     * transaction wrote stays until it commits or rolls back whole.
     */
    static final class Tail {
        private long seq = -1;
        private String hash;

        boolean known() {
            return seq >= 0;
        }
    }

    private ChainAppend() {
    }

    static void append(Connection c, Tail tail, Clock clock, List<Entry> entries) throws SQLException {
        if (!tail.known()) {
            // Both statements in one round trip (the driver sends them together): a screening's
            // answer waits for its audit entry, and each round trip to PostgreSQL is a wake-up of
            // another process. Still two statements, in this order: PostgreSQL runs them one after
            // the other, and the second takes its snapshot only once the first holds the lock, so
            // it sees the last entry of whoever held the lock before (read committed).
            try (var st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + "); "
                        + "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
                if (!st.getMoreResults()) {
                    throw new SQLException("the audit chain's last entry was not read");
                }
                try (var rs = st.getResultSet()) {
                    boolean any = rs.next();
                    // the tail is known only once the read went through
                    tail.hash = any ? rs.getString(2) : AuditChain.GENESIS;
                    tail.seq = any ? rs.getLong(1) : 0;
                }
            }
        }
        try (var insert = c.prepareStatement("""
                INSERT INTO audit_entry (seq, at, actor, actor_agency, action, target_type, target_id, detail, prev_hash, hash)
                VALUES (?,?,?,?,?,?,?,?,?,?)""")) {
            long seq = tail.seq;
            String prev = tail.hash;
            for (Entry e : entries) {
                seq++;
                Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
                String actor = e.actor() == null ? SYSTEM : e.actor();
                String hash = AuditChain.hash(seq, at, actor, e.agency(), e.action(), e.targetType(), e.targetId(),
                        e.detail(), prev);
                insert.setLong(1, seq);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setString(3, actor);
                insert.setString(4, e.agency());
                insert.setString(5, e.action());
                insert.setString(6, e.targetType());
                insert.setString(7, e.targetId());
                insert.setString(8, e.detail());
                insert.setString(9, prev);
                insert.setString(10, hash);
                insert.addBatch();
                prev = hash;
            }
            insert.executeBatch();
            // the tail moves only once the inserts went through: a failed batch leaves it where it was
            tail.seq = seq;
            tail.hash = prev;
        }
    }
}
