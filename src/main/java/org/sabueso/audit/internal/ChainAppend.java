package org.sabueso.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The one way onto the audit chain, for the group writer's own connection and for a change's
 * transaction alike: one call of {@code audit_append} takes the chain lock, reads the chain's last
 * entry and inserts each entry hashed onto the one before it. The caller commits.
 */
final class ChainAppend {

    /** The advisory lock that keeps the chain a single line when transactions append at once. */
    static final long CHAIN_LOCK = 0x5AB0E50L;

    /** Who the trail names when an event has no actor (a job, the system). */
    static final String SYSTEM = "system";

    /** One entry to append. */
    record Entry(String actor, String agency, String action, String targetType, String targetId, String detail) {
    }

    private ChainAppend() {
    }

    /**
     * Appends the entries in one round trip: {@code audit_append} (V175) takes the chain lock,
     * reads the chain's last entry once the lock is held, and inserts the entries hashed one onto
     * the other, in the caller's transaction. The service frames what it knows of each entry (its
     * time by this clock, actor, action, target, detail) and the database only the previous hash
     * and the seq, so the hash is {@link AuditChain#hash} to the byte. Before, the lock with the
     * read, the insert and the commit were three round trips (docs/benchmarks.md, session 9).
     */
    static void append(Connection c, Clock clock, List<Entry> entries) throws SQLException {
        int n = entries.size();
        String[] ats = new String[n];
        String[] actors = new String[n];
        String[] agencies = new String[n];
        String[] actions = new String[n];
        String[] targetTypes = new String[n];
        String[] targetIds = new String[n];
        String[] details = new String[n];
        String[] tails = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String actor = e.actor() == null ? SYSTEM : e.actor();
            ats[i] = at.toString();
            actors[i] = actor;
            agencies[i] = e.agency();
            actions[i] = e.action();
            targetTypes[i] = e.targetType();
            targetIds[i] = e.targetId();
            details[i] = e.detail();
            tails[i] = HexFormat.of().formatHex(AuditChain.tail(at, actor, e.agency(), e.action(), e.targetType(),
                    e.targetId(), e.detail()));
        }
        try (var call = c.prepareStatement("SELECT last_seq, last_hash FROM audit_append("
                + "?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])")) {
            String[][] columns = {ats, actors, agencies, actions, targetTypes, targetIds, details, tails};
            for (int i = 0; i < columns.length; i++) {
                call.setArray(i + 1, c.createArrayOf("text", columns[i]));
            }
            try (var rs = call.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the audit chain's append answered nothing");
                }
            }
        }
    }
}
