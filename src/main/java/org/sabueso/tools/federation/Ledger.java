package org.sabueso.tools.federation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * What the nodes wrote down, read from their own databases as an operator would (the owner role of
 * each node's embedded PostgreSQL): the changes each owner committed to its outbox
 * ({@code federation_outbox}, written in the change's own transaction, so its {@code created_at}
 * is the change's commit, to within the transaction) and every message each receiver applied
 * ({@code federation_received}, written in the applying transaction). A change is one outbox row
 * about a record; it reaches a receiver as the message of that row's sequence number (the
 * envelope's version), so "applied at R" is R holding a received row with that sender, record
 * and version.
 */
public final class Ledger {

    /** One change committed at its owner: outbox row {@code seq} about {@code recordKey}. */
    public record Change(String owner, long seq, String recordKey, Instant committedAt) {
    }

    /** One message a receiver applied. */
    public record Applied(String receiver, String from, String recordKey, long version, Instant appliedAt, UUID messageId) {
    }

    private Ledger() {
    }

    /** The record changes {@code owner} committed about the given records (e.g. {@code notice:<id>}). */
    public static List<Change> changes(String owner, String jdbcUrl, Collection<String> recordKeys) throws SQLException {
        List<Change> out = new ArrayList<>();
        try (Connection c = connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement("SELECT seq, record_key, created_at FROM federation_outbox "
                     + "WHERE to_node IS NULL AND record_key = ANY (?) ORDER BY seq")) {
            s.setArray(1, c.createArrayOf("text", recordKeys.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Change(owner, r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant()));
                }
            }
        }
        return out;
    }

    /** Every message {@code receiver} applied from the given senders about the given records. */
    public static List<Applied> applied(String receiver, String jdbcUrl, Set<String> recordKeys) throws SQLException {
        List<Applied> out = new ArrayList<>();
        try (Connection c = connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement("SELECT from_node, record_key, version, applied_at, message_id "
                     + "FROM federation_received WHERE record_key = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", recordKeys.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Applied(receiver, r.getString(1), r.getString(2), r.getLong(3),
                            r.getTimestamp(4).toInstant(), r.getObject(5, UUID.class)));
                }
            }
        }
        return out;
    }

    /** Whether the receiver applied a message with this id. */
    public static boolean appliedMessage(String jdbcUrl, UUID messageId) throws SQLException {
        try (Connection c = connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM federation_received WHERE message_id = ?")) {
            s.setObject(1, messageId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    /** How many refusals of this message id the receiver audited ({@code federation.refused}, detail "... id=<id>"). */
    public static long refusalsAudited(String jdbcUrl, UUID messageId) throws SQLException {
        return refusalsAudited(jdbcUrl, messageId, Instant.EPOCH);
    }

    /** The same, counting only the entries written since {@code since}. */
    public static long refusalsAudited(String jdbcUrl, UUID messageId, Instant since) throws SQLException {
        try (Connection c = connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM audit_entry WHERE action = 'federation.refused' "
                     + "AND detail LIKE ? AND at >= ?")) {
            s.setString(1, "%id=" + messageId + "%");
            s.setObject(2, java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The outcome of comparing, for every change and every receiver that may see its record, what that receiver applied. */
    public record Outcome(long changes, long applied, long lost, long duplicatesApplied, long[] lagsMillis) {
    }

    /**
     * {@code receiversOf} names, per record key, the nodes that may see it. A change counts as
     * applied when every one of them applied it once; lost when one did not; each extra
     * application of the same (sender, record, version) at a receiver is a duplicate applied.
     * Lags are per (change, receiver): applied at the receiver minus committed at the owner, for
     * the pairs {@code lagCounts} accepts (the bench leaves out those caught in an outage it made).
     */
    public static Outcome compare(List<Change> changes, Map<String, List<Applied>> appliedByReceiver,
                                  Map<String, Set<String>> receiversOf, BiPredicate<Change, Applied> lagCounts) {
        Map<String, Map<String, List<Applied>>> index = new HashMap<>();
        long duplicates = 0;
        for (var e : appliedByReceiver.entrySet()) {
            Map<String, List<Applied>> byKey = new HashMap<>();
            for (Applied a : e.getValue()) {
                byKey.computeIfAbsent(a.from() + "|" + a.recordKey() + "|" + a.version(), k -> new ArrayList<>()).add(a);
            }
            for (List<Applied> same : byKey.values()) {
                duplicates += same.size() - 1;
            }
            index.put(e.getKey(), byKey);
        }
        long applied = 0;
        long lost = 0;
        List<Long> lags = new ArrayList<>();
        for (Change c : changes) {
            boolean everywhere = true;
            for (String receiver : receiversOf.getOrDefault(c.recordKey(), Set.of())) {
                List<Applied> at = index.getOrDefault(receiver, Map.of()).get(c.owner() + "|" + c.recordKey() + "|" + c.seq());
                if (at == null || at.isEmpty()) {
                    everywhere = false;
                } else if (lagCounts.test(c, at.getFirst())) {
                    lags.add(Math.max(0, at.getFirst().appliedAt().toEpochMilli() - c.committedAt().toEpochMilli()));
                }
            }
            if (everywhere) {
                applied++;
            } else {
                lost++;
            }
        }
        return new Outcome(changes.size(), applied, lost, duplicates, lags.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    public static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }

    static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }
}
