package org.sabueso.network;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingScope;

/**
 * Network links between nodes (issue 16). A link whose scope reaches another country is copied to
 * that country's node, where it is stored as a copy of the sending node (never changed or removed
 * there but by that node) and joins the graph like any link. The ends travel as references only:
 * names of persons, organisations and places are not part of a link.
 */
public interface NetworkLinkExchange {

    /** A link as it crosses, without its ends' labels; dates as partial-date text. */
    record LinkCopy(UUID id, LinkType type, NodeRef from, NodeRef to, String role, String started, String ended,
                    String source, Confidence confidence, String issuingAgencyId, String issuingCountry,
                    SharingScope sharingScope, Set<String> partnerAgencyIds, String externalId, String createdBy)
            implements ReleasedWhenRecorded {

        public LinkCopy {
            partnerAgencyIds = partnerAgencyIds == null ? Set.of() : Set.copyOf(partnerAgencyIds);
        }
    }

    /** A link held here, and the node it is a copy of (empty when it was recorded here). */
    record Held(LinkCopy link, Optional<String> copyOf) {
    }

    /** The link regardless of viewer: the caller applies the sharing policy for the node it sends to. */
    Optional<Held> held(UUID id);

    /** The links these agencies recorded here (not copies), for a node that joins. */
    List<UUID> recordedHere(Set<String> agencyIds);

    /**
     * Stores or replaces the copy of a link that {@code fromNode} sent; nothing when it is held
     * exactly so already. The caller has checked that the node speaks for the link's issuing agency;
     * refused (IllegalArgumentException) when the id is a link of this node or of another node, or
     * the link is not one the module would store.
     */
    void storeCopy(LinkCopy link, String fromNode);

    /** Removes the copy {@code fromNode} sent; false when there is none of that node with this id. */
    boolean removeCopy(UUID id, String fromNode);
}
