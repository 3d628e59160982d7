package org.sabueso.notice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Copies of other nodes' notices (issue 16), for the federation module: stored in this node's own
 * notice table so that screening, pages and the portal see them through the sharing policy like
 * any notice, and refused every local change ({@link NoticeRefusal#COPY_READ_ONLY}). Storing one
 * publishes the events a local change would (a status change, an activation), so the screening
 * index, the portal and the network timeline pick it up.
 */
public interface NoticeCopies {

    /**
     * Stores or replaces the copy, its partners included; the subject's person copy must be stored
     * first. Refuses ({@link NoticeRefusal#COPY_OF_OWN}) to overwrite a notice of this node, or a
     * copy that came from another node.
     */
    void upsert(NoticeCopy copy);

    /**
     * Withdraws the copy: it leaves screening, pages and the portal. The row stays closed and
     * narrowed to its issuing agency, as local tips, claims and hits may point to it; a later
     * {@link #upsert} brings it back. Returns false when no copy from {@code fromNode} is held.
     */
    boolean remove(UUID id, String fromNode);

    /** What this node holds under the id: nothing, its own notice, a copy, or a withdrawn copy. */
    Optional<Held> state(UUID id);

    /**
     * This node's own notices (not copies) issued by one of {@code agencyIds}, released, whose
     * scope is one of {@code scopes}: what another node may be sent.
     */
    List<UUID> ownReleased(Collection<String> agencyIds, Collection<org.sabueso.agency.SharingScope> scopes);

    /** This node's own notices (not copies) on the person. */
    List<UUID> ownOnSubject(UUID personId);

    /** The copies held here (not withdrawn) on the person. */
    List<UUID> liveCopiesOn(UUID personId);

    /** How a notice is held here: {@code copyOfNode} null for a notice of this node. */
    record Held(UUID id, String copyOfNode, boolean withdrawn, NoticeStatus status) {

        public boolean isCopy() {
            return copyOfNode != null;
        }
    }
}
