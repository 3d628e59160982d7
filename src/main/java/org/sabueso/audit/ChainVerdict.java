package org.sabueso.audit;

/**
 * The outcome of walking the audit chain from its first entry: intact up to its head, or broken
 * at the first entry whose link does not hold.
 */
public sealed interface ChainVerdict {

    /** How many entries were checked before the verdict. */
    long entries();

    /**
     * Every entry recomputes to its hash and links to the one before. {@code headHash} stands for the
     * whole chain and may be written down; an empty chain has seq 0 and the genesis hash (64 zeros).
     */
    record Intact(long entries, long headSeq, String headHash) implements ChainVerdict {
    }

    /** The first entry at fault, what is wrong with it, and the values that disagree. */
    record Broken(long seq, Problem problem, String detail, long entries) implements ChainVerdict {
    }

    /** What can be wrong with a link. */
    enum Problem {
        /** The entry's fields no longer produce its stored hash: the entry was edited. */
        HASH_MISMATCH("hash mismatch"),
        /** The entry does not point at the hash of the entry before: that one was replaced. */
        PREV_HASH_MISMATCH("prev_hash mismatch"),
        /** A sequence number is missing: entries were deleted. */
        GAP("gap"),
        /** The chain does not hold the head written down earlier: it was cut short or rewritten. */
        ANCHOR_MISMATCH("anchor mismatch"),
        /** The chain ends before the head of the latest signed checkpoint: its tail was cut. */
        TRUNCATED_AFTER_CHECKPOINT("truncated after checkpoint"),
        /** The chain holds another hash at the latest checkpoint's seq: it was rewritten from there or before. */
        CHECKPOINT_MISMATCH("checkpoint mismatch"),
        /** The latest checkpoint is not signed by the service's checkpoint key: it cannot be relied on. */
        CHECKPOINT_SIGNATURE_INVALID("checkpoint signature invalid");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        /** As the command line prints it. */
        public String label() {
            return label;
        }
    }

    /** A head written down earlier ("seq:hash"), which the chain must still contain. */
    record Anchor(long seq, String hash) {

        public Anchor {
            if (seq < 1) {
                throw new IllegalArgumentException("an anchor's seq counts from 1");
            }
            if (hash == null || !hash.strip().matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("an anchor's hash is 64 hexadecimal digits");
            }
            hash = hash.strip().toLowerCase(java.util.Locale.ROOT);
        }

        /** Parses {@code 1234:9f86d0…} as printed by {@code audit verify}. */
        public static Anchor parse(String text) {
            if (text == null || !text.contains(":")) {
                throw new IllegalArgumentException("expected SEQ:HASH");
            }
            String[] parts = text.strip().split(":", 2);
            try {
                return new Anchor(Long.parseLong(parts[0].strip()), parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("an anchor's seq is a number");
            }
        }

        @Override
        public String toString() {
            return seq + ":" + hash;
        }
    }
}
