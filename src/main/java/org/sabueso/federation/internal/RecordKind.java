package org.sabueso.federation.internal;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A kind of record that is copied to the nodes allowed to see it (notices with their photos and
 * reward offers; network links). One bean per kind; the relay and the receiver find it by
 * {@link #stateKind()}.
 */
public interface RecordKind {

    /** The kind of its state messages, e.g. {@link Kinds#NOTICE_STATE}. */
    String stateKind();

    /** The kind of its removals, e.g. {@link Kinds#NOTICE_REMOVED}. */
    String removedKind();

    /** "notice:" + id: the Kafka key and the receiver's version key. */
    String recordKey(String recordId);

    /** The node that owns the record and alone may speak for it; empty when it does not exist here. */
    Optional<String> ownerNode(String recordId);

    /**
     * The node a received state names as its record's owner: the node of the issuing agency the
     * state carries, from the directory; empty when the state names none the directory knows.
     * {@link RecordOwners} holds it against the sender before anything is applied.
     */
    Optional<String> ownerNamedBy(Envelope state);

    /** The record id in a key this kind made ({@link #recordKey}); empty for another kind's key. */
    default Optional<String> recordId(String recordKey) {
        String prefix = recordKey("");
        return recordKey != null && recordKey.startsWith(prefix) && recordKey.length() > prefix.length()
                ? Optional.of(recordKey.substring(prefix.length())) : Optional.empty();
    }

    /**
     * The record as {@code destination} may see it, decided by {@code SharingPolicy} for the
     * destination's agencies; empty when none of them may see it (or it no longer exists).
     */
    Optional<Object> stateFor(String recordId, NodeEntry destination);

    /**
     * {@link #stateFor} for every destination of one change, the record read once: the relay asks
     * it once per record and round, for all of the round's rows about the record and all their
     * destinations (a backlog holds many changes of one record, each sent as its state now).
     */
    default java.util.function.Function<NodeEntry, Optional<Object>> statesFor(String recordId) {
        return destination -> stateFor(recordId, destination);
    }

    /**
     * Applies a received state whose sender {@link RecordOwners} found to own it. Checks again,
     * with the same policy, that an agency of this node may see it; throws {@link Refused} otherwise.
     */
    void applyState(Envelope envelope);

    /** Removes the copy named by the envelope (its sender checked as owner by {@link RecordOwners}). */
    void applyRemoval(Envelope envelope);

    /**
     * The ids of every record of this kind that this node owns: a node that joins (or asks again)
     * gets each as {@link #stateFor} allows, then the stream.
     */
    Stream<String> ownedRecordIds();
}
