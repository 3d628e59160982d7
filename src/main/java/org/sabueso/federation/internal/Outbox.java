package org.sabueso.federation.internal;

/**
 * What this node's changes ask to send, written in the change's own transaction (called from a
 * plain {@code @EventListener}, which runs inside it), so a change and its outgoing message commit
 * together. The relay sends committed rows to Kafka in order and marks them sent; rows wait while
 * the broker is out of reach, which is also how a border post queues its hits while offline.
 */
public interface Outbox {

    /**
     * A record of a {@link RecordKind} changed: at send time every node that may see it gets its
     * current state ({@link RecordKind#stateFor}), and a node that had a copy and may no longer see
     * it gets a removal.
     */
    void recordChanged(String kind, String recordId);

    /** An event for one node: the payload is serialised now, as it is when the change commits. */
    void send(String kind, String recordKey, String toNode, Object payload);
}
