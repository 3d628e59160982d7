package org.sabueso.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.agency.Viewer;
import org.sabueso.shared.Page;

/**
 * Organisations, places, links and the timeline. Links and events are shared as notices are:
 * every read takes the viewer and returns only what the sharing policy lets them see.
 * Organisations, places and designations are reference facts every staff member sees.
 */
public interface Network {

    Page<OrganisationSummary> searchOrganisations(Viewer viewer, String query, int page, int size);

    /** The organisation's page: members, places, designations, timeline, key players; audited. */
    Optional<OrganisationDetail> organisation(Viewer viewer, UUID id, String channel);

    Optional<PlaceView> place(Viewer viewer, UUID id);

    UUID recordOrganisation(Viewer viewer, NewOrganisation organisation);

    UUID recordPlace(Viewer viewer, NewPlace place);

    UUID designate(Viewer viewer, UUID organisationId, NewDesignation designation);

    /** Records a link issued by the viewer's agency; the graph has it once the transaction commits. */
    UUID link(Viewer viewer, NewLink link);

    /** Removes a link of the viewer's own agency. */
    void removeLink(Viewer viewer, UUID linkId);

    Optional<LinkView> findLink(Viewer viewer, UUID linkId);

    /** Links the viewer may see touching the node, newest first. */
    List<LinkView> linksOf(Viewer viewer, NodeRef node);

    UUID recordEvent(Viewer viewer, NewEvent event);

    /**
     * Records an event another module reported, once per (origin, originRef): the seam where
     * listeners of other modules' events (notices, rewards, custody's {@code EscapeReported})
     * feed the timeline. Returns false when it was already recorded.
     */
    boolean recordOccurrence(Occurrence occurrence);

    /** The visible events about any of the nodes, oldest first. */
    List<TimelineEntry> timeline(Viewer viewer, Collection<NodeRef> nodes);

    /** Persons, organisations and places found by name, for pickers: at most {@code limit}. */
    List<GraphView.Node> findNodes(Viewer viewer, String query, int limit);

    /** Every link the viewer may see, in pages, for exports; audited by the caller. */
    void forEachVisibleLink(Viewer viewer, Consumer<LinkView> action);

    void forEachOrganisation(Consumer<OrganisationSummary> action);

    void forEachPlace(Consumer<PlaceView> action);

    /** Organisations and places the agency recorded under any of these FtM ids. */
    java.util.Map<String, NodeRef> nodesByExternalId(String agencyId, Collection<String> externalIds);

    /**
     * Records an import's organisations, places and links for the viewer's agency in one
     * transaction; an entity the agency already imported (same FtM id) or that breaks a rule is
     * left out and reported by line. Links are shared with the import's scope (PUBLIC becomes
     * ALL_MEMBERS: links are never public).
     */
    NetworkImport.Outcome importNetwork(Viewer viewer, NetworkImport batch);

    UUID saveChart(Viewer viewer, String name, List<UUID> nodeIds, GraphFilter filter);

    List<Chart> charts(Viewer viewer);

    Optional<Chart> chart(Viewer viewer, UUID id);
}
