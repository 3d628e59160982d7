package org.sabueso.federation.notices;

import org.sabueso.shared.Auditable;

/**
 * Records of a snapshot chunk this node did not apply, counted by why: the sender does not own
 * them, or no agency here may see them (or, rarely, a row could not be stored). One entry per chunk, beside the chunk's own
 * {@code federation.receive}; never the records' content.
 */
record SnapshotRefusals(String chunkKey, String fromNode, String messageId, int notOwner, int notVisibleHere,
                        int failed)
        implements Auditable {

    /** Longest key kept in the trail: the sender chose it (as {@code FederationAudit} keeps it). */
    private static final int MAX_KEY = 200;

    SnapshotRefusals {
        chunkKey = chunkKey.replaceAll("\\p{Cntrl}", "?");
        chunkKey = chunkKey.length() <= MAX_KEY ? chunkKey : chunkKey.substring(0, MAX_KEY);
    }

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public String actorAgency() {
        return null;
    }

    @Override
    public String action() {
        return "federation.refused";
    }

    @Override
    public String targetType() {
        return "federation-message";
    }

    @Override
    public String targetId() {
        return chunkKey;
    }

    @Override
    public String detail() {
        return "kind=notice.snapshot from=" + fromNode + " not-owner=" + notOwner + " not-visible-here=" + notVisibleHere
                + " failed=" + failed + " id=" + messageId;
    }
}
