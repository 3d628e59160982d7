package org.sabueso.federation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox over the {@code federation_outbox} table. A JdbcTemplate joins the caller's
 * transaction (Spring binds its connection), so a row commits with the change that asked for it
 * or not at all.
 */
@Component
@FederatedNode
public class JdbcOutbox implements Outbox {

    /** A committed row, as the relay reads it. {@code toNode} null: every node that may see the record. */
    record Row(long seq, String kind, String recordId, String recordKey, String toNode, String payload,
               java.time.Instant queuedAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Rows per insert batch when a snapshot enqueues every record it owns. */
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<RecordKind> recordKinds;
    private volatile Map<String, RecordKind> byStateKind;

    JdbcOutbox(JdbcTemplate jdbc, ObjectProvider<RecordKind> recordKinds) {
        this.jdbc = jdbc;
        this.recordKinds = recordKinds;
    }

    @Override
    public void recordChanged(String kind, String recordId) {
        RecordKind rk = recordKind(kind);
        jdbc.update("INSERT INTO federation_outbox (kind, record_id, record_key) VALUES (?, ?, ?)",
                kind, recordId, rk.recordKey(recordId));
    }

    /** A record's state for one node only: a snapshot for a node that joined. */
    public void recordChangedFor(String kind, java.util.stream.Stream<String> recordIds, String toNode) {
        RecordKind rk = recordKind(kind);
        List<Object[]> batch = new java.util.ArrayList<>(BATCH);
        recordIds.forEach(id -> {
            batch.add(new Object[] {kind, id, rk.recordKey(id), toNode});
            if (batch.size() == BATCH) {
                insertFor(batch);
                batch.clear();
            }
        });
        insertFor(batch);
    }

    private void insertFor(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO federation_outbox (kind, record_id, record_key, to_node) VALUES (?, ?, ?, ?)", batch);
        }
    }

    @Override
    public void send(String kind, String recordKey, String toNode, Object payload) {
        // a tip keeps only the minute it was filed or answered by the tipster (docs/adr/0006); its message must not tell the second
        String at = Kinds.TIP_SEALED.equals(kind) || Kinds.TIP_REPLY.equals(kind) ? "date_trunc('minute', now())" : "now()";
        jdbc.update("INSERT INTO federation_outbox (kind, record_key, to_node, payload, created_at) VALUES (?, ?, ?, ?, " + at + ")",
                kind, recordKey, toNode, payload == null ? null : JSON.writeValueAsString(payload));
    }

    /** Whether this node ever queued a message of this kind (a snapshot request is asked once). */
    boolean everQueued(String kind) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM federation_outbox WHERE kind = ?)", Boolean.class, kind));
    }

    /** Whether any message from another node was ever applied here. */
    boolean anythingReceived() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM federation_received)", Boolean.class));
    }

    /** When the last message from another node was applied here, across restarts. */
    Optional<java.time.Instant> lastReceived() {
        java.sql.Timestamp t = jdbc.queryForObject("SELECT max(applied_at) FROM federation_received", java.sql.Timestamp.class);
        return Optional.ofNullable(t).map(java.sql.Timestamp::toInstant);
    }

    List<Row> pending(int limit) {
        return jdbc.query("SELECT seq, kind, record_id, record_key, to_node, payload, created_at FROM federation_outbox "
                        + "WHERE sent_at IS NULL ORDER BY seq LIMIT ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()), limit);
    }

    long pendingCount() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM federation_outbox WHERE sent_at IS NULL", Long.class);
        return n == null ? 0 : n;
    }

    void markSent(List<Long> seqs) {
        jdbc.batchUpdate("UPDATE federation_outbox SET sent_at = now() WHERE seq = ?",
                seqs.stream().map(s -> new Object[] {s}).toList());
    }

    boolean copyHeld(String node, String recordKey) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM federation_copy_held WHERE node_id = ? AND record_key = ?)",
                Boolean.class, node, recordKey));
    }

    void copySent(String node, String recordKey, long version) {
        jdbc.update("INSERT INTO federation_copy_held (node_id, record_key, version) VALUES (?, ?, ?) "
                + "ON CONFLICT (node_id, record_key) DO UPDATE SET version = EXCLUDED.version", node, recordKey, version);
    }

    void copyRemoved(String node, String recordKey) {
        jdbc.update("DELETE FROM federation_copy_held WHERE node_id = ? AND record_key = ?", node, recordKey);
    }

    Optional<RecordKind> recordKindOf(String stateKind) {
        return Optional.ofNullable(kinds().get(stateKind));
    }

    private RecordKind recordKind(String kind) {
        return recordKindOf(kind).orElseThrow(() -> new IllegalArgumentException("no RecordKind with state kind " + kind));
    }

    private Map<String, RecordKind> kinds() {
        Map<String, RecordKind> k = byStateKind;
        if (k == null) {
            k = recordKinds.orderedStream().collect(Collectors.toMap(RecordKind::stateKind, Function.identity()));
            byStateKind = k;
        }
        return k;
    }
}
