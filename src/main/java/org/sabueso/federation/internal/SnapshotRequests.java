package org.sabueso.federation.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A node that joins asks every other node for what it may see ({@link Kinds#SNAPSHOT_REQUEST});
 * the asked node queues the state of every record it owns for that node alone, then the stream
 * follows. The queued rows go through {@link RecordKind#stateFor} at send time like any change, so
 * a snapshot shows the joining node exactly what its agencies may see.
 */
@Component
@FederatedNode
class SnapshotRequests implements MessageKind {

    private final JdbcOutbox outbox;
    private final ObjectProvider<RecordKind> recordKinds;
    private final Directory directory;

    SnapshotRequests(JdbcOutbox outbox, ObjectProvider<RecordKind> recordKinds, Directory directory) {
        this.outbox = outbox;
        this.recordKinds = recordKinds;
        this.directory = directory;
    }

    @Override
    public String kind() {
        return Kinds.SNAPSHOT_REQUEST;
    }

    @Override
    public void apply(Envelope envelope) {
        if (directory.node(envelope.from()).isEmpty()) {
            throw new Refused(RefusalCode.UNKNOWN_SENDER, envelope.from());
        }
        recordKinds.orderedStream().forEach(kind -> {
            try (var ids = kind.ownedRecordIds()) {
                outbox.recordChangedFor(kind.stateKind(), ids, envelope.from());
            }
        });
    }

    /** Asks every other node, once in this node's life: when it has never received anything nor asked before. */
    void askIfNew() {
        if (outbox.everQueued(Kinds.SNAPSHOT_REQUEST) || outbox.anythingReceived()) {
            return;
        }
        for (NodeEntry n : directory.nodes()) {
            if (!n.id().equals(directory.self())) {
                outbox.send(Kinds.SNAPSHOT_REQUEST, "snapshot:" + directory.self(), n.id(), null);
            }
        }
    }
}
