package org.sabueso.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.sabueso.shared.Page;

/**
 * Reads the audit trail for auditors and checks that its chain is intact. Appending is not part
 * of this API: modules publish {@link org.sabueso.shared.Auditable} events and the trail records
 * them.
 */
public interface AuditTrail {

    /** Entries matching the query, newest first. */
    Page<AuditEntry> search(AuditQuery query);

    /** Streams every entry matching the query, oldest first, without holding them in memory (ignores paging). */
    void forEach(AuditQuery query, Consumer<AuditEntry> action);

    /**
     * The head, one page of entries and (when {@code verify}) the walk of the whole chain, read in
     * one snapshot so the three agree: the verdict's head is the head shown.
     */
    AuditSnapshot snapshot(AuditQuery query, boolean verify, ChainVerdict.Anchor anchor);

    /** The latest entry, whose hash stands for the whole chain. */
    Optional<AuditEntry> head();

    /**
     * Up to {@code limit} entries after {@code seq}, oldest first: for a reader that keeps its own
     * place in the chain (a border post forwarding its trail to its national node). The chain
     * commits in {@code seq} order, so nothing committed later ever appears behind that place.
     */
    List<AuditEntry> after(long seq, int limit);

    /** The actions recorded so far, for filters. */
    List<String> actions();

    /**
     * Walks the whole chain in order, streaming, and reports the first broken link; checks it
     * against the latest signed checkpoint too, as {@link #verify(ChainVerdict.Anchor, boolean, LongConsumer)}.
     *
     * @param anchor   a head written down earlier that must still be in the chain, or null
     * @param progress told how many entries have been checked, every {@link #PROGRESS_EVERY}
     */
    default ChainVerdict verify(ChainVerdict.Anchor anchor, LongConsumer progress) {
        return verify(anchor, true, progress);
    }

    /**
     * Walks the whole chain in order, streaming, and reports the first broken link.
     *
     * @param anchor             a head written down earlier that must still be in the chain, or null
     * @param againstCheckpoint  also require the head of the latest signed checkpoint (written
     *                           every minute outside the database), whose signature must verify
     * @param progress           told how many entries have been checked, every {@link #PROGRESS_EVERY}
     */
    ChainVerdict verify(ChainVerdict.Anchor anchor, boolean againstCheckpoint, LongConsumer progress);

    /** How often {@link #verify} reports progress. */
    long PROGRESS_EVERY = 100_000;
}
