package org.sabueso.federation.hits;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.sabueso.federation.internal.Outbox;
import tools.jackson.databind.JsonNode;

/** An outbox that keeps what it was asked to send, for a test to read: no relay, no Kafka. */
final class RecordingOutbox implements Outbox {

    record Sent(String kind, String recordKey, String to, JsonNode payload) {
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void recordChanged(String kind, String recordId) {
        throw new AssertionError("hits never copy records: " + kind + " " + recordId);
    }

    @Override
    public void send(String kind, String recordKey, String toNode, Object payload) {
        sent.add(new Sent(kind, recordKey, toNode, (JsonNode) payload));
    }
}
