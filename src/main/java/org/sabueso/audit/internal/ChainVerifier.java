package org.sabueso.audit.internal;

import java.util.Iterator;
import java.util.function.LongConsumer;

import org.sabueso.audit.AuditEntry;
import org.sabueso.audit.ChainVerdict;
import org.sabueso.audit.ChainVerdict.Anchor;
import org.sabueso.audit.ChainVerdict.Problem;

/**
 * Checks the audit chain one entry at a time, in seq order, keeping only the last link in
 * memory: a chain of any length is verified in constant space. Plain Java; fed by the database
 * stream in production and by hand-built chains in tests.
 *
 * <p>Each entry must carry the next sequence number (a gap means deleted entries), point at the
 * hash of the entry before (a mismatch means that entry was replaced), and recompute to its own
 * stored hash (a mismatch means the entry was edited). An optional anchor, a head written down
 * earlier, must still be in the chain with the same hash; this catches a chain cut short or
 * rewritten from some entry on, which the links alone cannot show. The latest signed checkpoint
 * is checked the same way, with its own reasons ({@code truncated after checkpoint},
 * {@code checkpoint mismatch}).
 */
final class ChainVerifier {

    private final Anchor anchor;
    private final Anchor checkpoint;
    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private long checked;
    private ChainVerdict.Broken broken;

    ChainVerifier(Anchor anchor) {
        this(anchor, null);
    }

    ChainVerifier(Anchor anchor, Anchor checkpoint) {
        this.anchor = anchor;
        this.checkpoint = checkpoint;
    }

    /** Walks entries until the first broken link, reporting progress every {@code every} entries. */
    static ChainVerdict verify(Iterator<AuditEntry> entries, Anchor anchor, LongConsumer progress, long every) {
        return verify(entries, anchor, null, progress, every);
    }

    /** As {@link #verify(Iterator, Anchor, LongConsumer, long)}, also against a checkpoint's head (or null). */
    static ChainVerdict verify(Iterator<AuditEntry> entries, Anchor anchor, Anchor checkpoint, LongConsumer progress,
                               long every) {
        ChainVerifier verifier = new ChainVerifier(anchor, checkpoint);
        while (entries.hasNext() && verifier.accept(entries.next())) {
            if (progress != null && verifier.checked % every == 0) {
                progress.accept(verifier.checked);
            }
        }
        return verifier.verdict();
    }

    /** Checks the next entry; false once the chain is broken, after which entries are ignored. */
    boolean accept(AuditEntry e) {
        if (broken != null) {
            return false;
        }
        if (e.seq() != expectedSeq) {
            return fail(expectedSeq, Problem.GAP, e.seq() > expectedSeq
                    ? "expected seq " + expectedSeq + ", found " + e.seq() + " (" + (e.seq() - expectedSeq) + " missing)"
                    : "expected seq " + expectedSeq + ", found " + e.seq() + " again");
        }
        if (!previousHash.equals(e.prevHash())) {
            return fail(e.seq(), Problem.PREV_HASH_MISMATCH, "prev_hash " + e.prevHash() + " but entry " + (e.seq() - 1)
                    + " has hash " + previousHash);
        }
        String recomputed = AuditChain.recompute(e);
        if (!recomputed.equals(e.hash())) {
            return fail(e.seq(), Problem.HASH_MISMATCH, "stored " + e.hash() + ", recomputed " + recomputed);
        }
        if (anchor != null && anchor.seq() == e.seq() && !anchor.hash().equals(e.hash())) {
            return fail(e.seq(), Problem.ANCHOR_MISMATCH, "anchor " + anchor.hash() + ", chain has " + e.hash());
        }
        if (checkpoint != null && checkpoint.seq() == e.seq() && !checkpoint.hash().equals(e.hash())) {
            return fail(e.seq(), Problem.CHECKPOINT_MISMATCH, "checkpoint " + checkpoint.hash() + ", chain has " + e.hash());
        }
        checked++;
        expectedSeq++;
        previousHash = e.hash();
        return true;
    }

    ChainVerdict verdict() {
        if (broken != null) {
            return broken;
        }
        long head = expectedSeq - 1;
        if (checkpoint != null && checkpoint.seq() > head) {
            return new ChainVerdict.Broken(head + 1, Problem.TRUNCATED_AFTER_CHECKPOINT, "the chain ends at seq " + head
                    + ", the latest signed checkpoint holds seq " + checkpoint.seq(), checked);
        }
        if (anchor != null && anchor.seq() > head) {
            return new ChainVerdict.Broken(anchor.seq(), Problem.ANCHOR_MISMATCH,
                    "the chain ends at seq " + head + ", before the anchor", checked);
        }
        return new ChainVerdict.Intact(checked, head, previousHash);
    }

    private boolean fail(long seq, Problem problem, String detail) {
        broken = new ChainVerdict.Broken(seq, problem, detail, checked);
        return false;
    }
}
