package org.sabueso.federation.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A node that joins asks every other node for what it may see ({@link Kinds#SNAPSHOT_REQUEST});
 * the asked node queues the state of every record it owns for that node alone, then the stream
 * follows. The queued rows go through {@link RecordKind#stateFor} at send time like any change, so
 * a snapshot shows the joining node exactly what its agencies may see. A kind with a bulk form
 * ({@link SnapshotKind}, notices) is queued in chunks of many records instead ({@link SnapshotChunks}).
 */
@Component
@FederatedNode
class SnapshotRequests implements MessageKind {

    private final JdbcOutbox outbox;
    private final ObjectProvider<RecordKind> recordKinds;
    private final Directory directory;
    private final SnapshotChunks chunks;

    SnapshotRequests(JdbcOutbox outbox, ObjectProvider<RecordKind> recordKinds, Directory directory, SnapshotChunks chunks) {
        this.outbox = outbox;
        this.recordKinds = recordKinds;
        this.directory = directory;
        this.chunks = chunks;
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
                // in bulk where the kind has a bulk form: chunks of many records, built at send time
                java.util.Optional<SnapshotKind> bulk = chunks.forState(kind.stateKind());
                if (bulk.isPresent()) {
                    chunks.queue(bulk.get(), ids, envelope.from());
                } else {
                    outbox.recordChangedFor(kind.stateKind(), ids, envelope.from());
                }
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
