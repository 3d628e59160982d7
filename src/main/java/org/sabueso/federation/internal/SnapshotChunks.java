package org.sabueso.federation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Snapshots in bulk ({@link SnapshotKind}), on the owner's side: a snapshot request queues one
 * outbox row per {@link SnapshotKind#chunkSize()} record ids (for the joining node alone); the relay
 * turns each such row, at send time, into the chunk messages the joining node may see, and once the
 * broker acknowledged them records the copies it now holds ({@code federation_copy_held}, so a later
 * narrowing sends it a removal) and queues the full state of the records whose photos or reward
 * offers did not travel in the chunk.
 */
@Component
@FederatedNode
class SnapshotChunks {

    /**
     * Chunk rows the relay builds in one round: each is up to a chunk size of records read, turned
     * into states and held in memory until the broker acknowledged them; four bound a round to a few
     * thousand records (a few MB) while keeping the broker busy.
     */
    static final int CHUNK_ROWS_PER_ROUND = 4;

    /** A chunk message built from a row, with what sending it changes on this side. */
    record Built(Envelope envelope, SnapshotKind.Chunk chunk) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcOutbox outbox;
    private final ObjectProvider<SnapshotKind> kinds;
    private final Directory directory;
    private volatile Map<String, SnapshotKind> byChunkKind;

    SnapshotChunks(JdbcTemplate jdbc, JdbcOutbox outbox, ObjectProvider<SnapshotKind> kinds, Directory directory) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.kinds = kinds;
        this.directory = directory;
    }

    /** The bulk form of a record kind, when it has one. */
    Optional<SnapshotKind> forState(String stateKind) {
        return byChunkKind().values().stream().filter(k -> k.stateKind().equals(stateKind)).findFirst();
    }

    boolean handles(String outboxKind) {
        return byChunkKind().containsKey(outboxKind);
    }

    /** Queues the records' ids for {@code toNode}, a chunk row per {@link SnapshotKind#chunkSize()} ids. */
    void queue(SnapshotKind kind, Stream<String> recordIds, String toNode) {
        List<String> chunk = new ArrayList<>(kind.chunkSize());
        List<Object[]> rows = new ArrayList<>();
        recordIds.forEach(id -> {
            chunk.add(id);
            if (chunk.size() == kind.chunkSize()) {
                rows.add(row(kind, chunk, toNode));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            rows.add(row(kind, chunk, toNode));
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO federation_outbox (kind, record_key, to_node, payload) VALUES (?, ?, ?, ?)", rows);
        }
    }

    private static Object[] row(SnapshotKind kind, List<String> ids, String toNode) {
        return new Object[] {kind.kind(), "snapshot:" + ids.getFirst() + ".." + ids.getLast(), toNode,
                Envelopes.JSON.writeValueAsString(ids)};
    }

    /**
     * How many pending rows the next round should read, at most {@code round}: fewer when chunk
     * rows wait, so the relay does not read (and throw away) hundreds of chunk rows' id lists, 38 KB
     * each, to send four of them. Reads only the pending rows' kinds.
     */
    int roundSize(int round) {
        List<String> kinds = jdbc.queryForList(
                "SELECT kind FROM federation_outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?", String.class, round);
        int chunks = 0;
        for (int i = 0; i < kinds.size(); i++) {
            if (handles(kinds.get(i)) && ++chunks > CHUNK_ROWS_PER_ROUND) {
                return Math.max(1, i);
            }
        }
        return round;
    }

    /**
     * The rows of one round: all of them, unless they hold more than {@link #CHUNK_ROWS_PER_ROUND}
     * chunk rows; then those before the next chunk row (the rest keep their order for the next round).
     */
    List<JdbcOutbox.Row> capRound(List<JdbcOutbox.Row> rows) {
        int chunks = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (handles(rows.get(i).kind()) && ++chunks > CHUNK_ROWS_PER_ROUND) {
                return rows.subList(0, i);
            }
        }
        return rows;
    }

    /** The chunk messages of a chunk row, as its node may see them now; none when it may see none, or left the directory. */
    List<Built> build(JdbcOutbox.Row row) {
        SnapshotKind kind = byChunkKind().get(row.kind());
        Optional<NodeEntry> to = directory.node(row.toNode());
        if (kind == null || to.isEmpty() || row.payload() == null) {
            return List.of();
        }
        JsonNode ids = Envelopes.JSON.readTree(row.payload());
        List<String> recordIds = ids.valueStream().map(JsonNode::asString).toList();
        List<SnapshotKind.Chunk> chunks = kind.chunks(recordIds, to.get());
        List<Built> built = new ArrayList<>(chunks.size());
        for (int part = 0; part < chunks.size(); part++) {
            SnapshotKind.Chunk c = chunks.get(part);
            // one id per part: a round sent again after a failure carries the same ids, and the
            // receiver recognises what it has
            Envelope e = new Envelope(Envelopes.messageId(directory.self(), row.seq(), to.get().id(), kind.kind() + "#" + part),
                    Envelope.SCHEMA, kind.kind(), directory.self(), to.get().id(), c.recordKey(), row.seq(), row.queuedAt(),
                    c.payload());
            built.add(new Built(e, c));
        }
        return built;
    }

    /** Once acknowledged, in the relay's marking transaction: the copies now held there, and what follows. */
    void sent(Built b) {
        String to = b.envelope().to();
        jdbc.update("""
                INSERT INTO federation_copy_held (node_id, record_key, version)
                SELECT ?, k, ? FROM unnest(?::text[]) AS k
                ON CONFLICT (node_id, record_key) DO UPDATE SET version = EXCLUDED.version""",
                to, b.envelope().version(), b.chunk().recordKeys().stream().distinct().toArray(String[]::new));
        if (!b.chunk().followUps().isEmpty()) {
            SnapshotKind kind = byChunkKind().get(b.envelope().kind());
            outbox.recordChangedFor(kind.stateKind(), b.chunk().followUps().stream(), to);
        }
    }

    private Map<String, SnapshotKind> byChunkKind() {
        Map<String, SnapshotKind> k = byChunkKind;
        if (k == null) {
            k = kinds.orderedStream().collect(Collectors.toMap(SnapshotKind::kind, Function.identity()));
            byChunkKind = k;
        }
        return k;
    }
}
