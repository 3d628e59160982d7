package org.sabueso.federation.internal;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The bulk form of a {@link RecordKind} in a snapshot: a node that joins gets the records it may
 * see in chunks of many records per message instead of one message each (issue 16: a million
 * shared notices screenable within five minutes). The owner builds each chunk at send time, for the
 * one joining node, with the same sharing policy as {@link RecordKind#stateFor}; the joiner applies
 * it as a message of kind {@link #kind()} with the same checks (the sender owns each record, an
 * agency here may see it, its version is newer than what this sender said of it before) and
 * audits the chunk once. What a chunk leaves out (photos, reward offers) follows as the record's
 * own state message, queued once the chunk is sent.
 */
public interface SnapshotKind extends MessageKind {

    /** The state kind of the records it carries in bulk, e.g. {@link Kinds#NOTICE_STATE}. */
    String stateKind();

    /** Record ids per queued chunk row: what the relay builds in one go. */
    int chunkSize();

    /**
     * The chunk messages for these records (owned here), as {@code destination} may see them: the
     * records it may not see are left out; more than one chunk when one would be too large for a
     * Kafka message; none when it may see none of them.
     */
    List<Chunk> chunks(List<String> recordIds, NodeEntry destination);

    /**
     * One chunk message: its Kafka and audit key (naming the range and count of the records it
     * carries), its payload, the keys of the records it carries (the destination holds a copy of
     * each once sent) and the ids of those whose full state follows as a message of its own.
     */
    record Chunk(String recordKey, JsonNode payload, List<String> recordKeys, List<String> followUps) {

        public Chunk {
            recordKeys = List.copyOf(recordKeys);
            followUps = List.copyOf(followUps);
        }
    }
}
