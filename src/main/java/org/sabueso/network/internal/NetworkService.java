package org.sabueso.network.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.agency.Viewer;
import org.sabueso.network.Chart;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.GraphView;
import org.sabueso.network.LinkView;
import org.sabueso.network.Network;
import org.sabueso.network.NetworkImport;
import org.sabueso.network.NewDesignation;
import org.sabueso.network.NewEvent;
import org.sabueso.network.NewLink;
import org.sabueso.network.NewOrganisation;
import org.sabueso.network.NewPlace;
import org.sabueso.network.NodeRef;
import org.sabueso.network.Occurrence;
import org.sabueso.network.OrganisationDetail;
import org.sabueso.network.OrganisationSummary;
import org.sabueso.network.PlaceView;
import org.sabueso.network.TimelineEntry;
import org.sabueso.shared.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for other modules and its web package, handing each question to the service
 * of its aggregate: {@link OrganisationService} (organisations, designations, places),
 * {@link LinkService}, {@link TimelineService}, {@link ChartService} and {@link NetworkImporter}.
 * A newcomer reads the aggregate's service, its rules and its repository.
 */
@Service
class NetworkService implements Network {

    /** A node picker's answers: a short list to choose from, not a search result page. */
    private static final int MAX_FOUND = 50;
    /** Fewer letters match half the graph. */
    private static final int MIN_QUERY = 2;

    private final OrganisationService organisations;
    private final LinkService links;
    private final TimelineService timeline;
    private final ChartService charts;
    private final NetworkImporter importer;
    private final OrganisationRepository organisationRepository;
    private final PlaceRepository placeRepository;
    private final NodeRepository nodeRepository;

    NetworkService(OrganisationService organisations, LinkService links, TimelineService timeline, ChartService charts,
                   NetworkImporter importer, OrganisationRepository organisationRepository,
                   PlaceRepository placeRepository, NodeRepository nodeRepository) {
        this.organisations = organisations;
        this.links = links;
        this.timeline = timeline;
        this.charts = charts;
        this.importer = importer;
        this.organisationRepository = organisationRepository;
        this.placeRepository = placeRepository;
        this.nodeRepository = nodeRepository;
    }

    @Override
    public Page<OrganisationSummary> searchOrganisations(Viewer viewer, String query, int page, int size) {
        return organisations.searchOrganisations(viewer, query, page, size);
    }

    @Override
    public Optional<OrganisationDetail> organisation(Viewer viewer, UUID id, String channel) {
        return organisations.organisation(viewer, id, channel);
    }

    @Override
    public Optional<PlaceView> place(Viewer viewer, UUID id) {
        return organisations.place(viewer, id);
    }

    @Override
    public UUID recordOrganisation(Viewer viewer, NewOrganisation organisation) {
        return organisations.recordOrganisation(viewer, organisation);
    }

    @Override
    public UUID recordPlace(Viewer viewer, NewPlace place) {
        return organisations.recordPlace(viewer, place);
    }

    @Override
    public UUID designate(Viewer viewer, UUID organisationId, NewDesignation designation) {
        return organisations.designate(viewer, organisationId, designation);
    }

    @Override
    public UUID link(Viewer viewer, NewLink link) {
        return links.link(viewer, link);
    }

    @Override
    public void removeLink(Viewer viewer, UUID linkId) {
        links.removeLink(viewer, linkId);
    }

    @Override
    public Optional<LinkView> findLink(Viewer viewer, UUID linkId) {
        return links.findLink(viewer, linkId);
    }

    @Override
    public List<LinkView> linksOf(Viewer viewer, NodeRef node) {
        return links.linksOf(viewer, node);
    }

    @Override
    public void forEachVisibleLink(Viewer viewer, Consumer<LinkView> action) {
        links.forEachVisibleLink(viewer, action);
    }

    @Override
    public UUID recordEvent(Viewer viewer, NewEvent event) {
        return timeline.recordEvent(viewer, event);
    }

    @Override
    public boolean recordOccurrence(Occurrence occurrence) {
        return timeline.recordOccurrence(occurrence);
    }

    @Override
    public List<TimelineEntry> timeline(Viewer viewer, Collection<NodeRef> nodes) {
        return timeline.timeline(viewer, nodes);
    }

    @Override
    @Transactional(readOnly = true)
    public List<GraphView.Node> findNodes(Viewer viewer, String query, int limit) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        String q = Texts.optional("q", query, NetworkRules.MAX_NAME);
        if (q == null || q.length() < MIN_QUERY) {
            return List.of();
        }
        return nodeRepository.findNodes(viewer, q, Math.min(Math.max(limit, 1), MAX_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachOrganisation(Consumer<OrganisationSummary> action) {
        organisationRepository.forEachOrganisation(action);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachPlace(Consumer<PlaceView> action) {
        placeRepository.forEachPlace(action);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, NodeRef> nodesByExternalId(String agencyId, Collection<String> externalIds) {
        return nodeRepository.nodesByExternalId(agencyId, externalIds);
    }

    @Override
    public NetworkImport.Outcome importNetwork(Viewer viewer, NetworkImport batch) {
        return importer.importNetwork(viewer, batch);
    }

    @Override
    public UUID saveChart(Viewer viewer, String name, List<UUID> nodeIds, GraphFilter filter) {
        return charts.saveChart(viewer, name, nodeIds, filter);
    }

    @Override
    public List<Chart> charts(Viewer viewer) {
        return charts.charts(viewer);
    }

    @Override
    public Optional<Chart> chart(Viewer viewer, UUID id) {
        return charts.chart(viewer, id);
    }
}
