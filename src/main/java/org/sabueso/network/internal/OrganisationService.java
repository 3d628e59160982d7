package org.sabueso.network.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.network.LinkType;
import org.sabueso.network.LinkView;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.NewDesignation;
import org.sabueso.network.NewOrganisation;
import org.sabueso.network.NewPlace;
import org.sabueso.network.NodeType;
import org.sabueso.network.OrganisationDetail;
import org.sabueso.network.OrganisationSummary;
import org.sabueso.network.PlaceView;
import org.sabueso.network.TimelineEntry;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.sabueso.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations, their designations, and places: reference facts every staff member reads,
 * recorded by analysts and supervisors of an agency. The organisation's page gathers its
 * visible members, places and timeline around them.
 */
@Service
class OrganisationService {

    /** A page of organisations: a hundred is more than a screen and bounds what one request reads. */
    static final int MAX_PAGE_SIZE = 100;
    /** Links that put an organisation somewhere. */
    static final Set<LinkType> PLACE_LINKS = Set.of(LinkType.OPERATES_IN, LinkType.USES_AS_HUB, LinkType.OWNS);
    /** Events on an organisation's page: years of a large organisation's history. */
    private static final int PAGE_EVENTS = 500;

    private final OrganisationRepository organisations;
    private final PlaceRepository places;
    private final LinkRepository links;
    private final TimelineRepository timeline;
    private final GraphAnalysis analysis;
    private final ApplicationEventPublisher events;

    OrganisationService(OrganisationRepository organisations, PlaceRepository places, LinkRepository links,
                        TimelineRepository timeline, GraphAnalysis analysis, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.places = places;
        this.links = links;
        this.timeline = timeline;
        this.analysis = analysis;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<OrganisationSummary> searchOrganisations(Viewer viewer, String query, int page, int size) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        if (page < 0) {
            throw new DomainException.InvalidInput("page", NetworkRefusal.PAGE_NEGATIVE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new DomainException.InvalidInput("size", NetworkRefusal.SIZE_RANGE, MAX_PAGE_SIZE);
        }
        String q = query == null ? null : Texts.optional("q", query, NetworkRules.MAX_NAME);
        Page<OrganisationSummary> result = organisations.searchOrganisations(q, page, size);
        events.publishEvent(new NetworkEvents.NetworkRead("organisation.list", q, viewer.username(), viewer.agencyId(),
                "search", result.total()));
        return result;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationDetail> organisation(Viewer viewer, UUID id, String channel) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        Optional<OrganisationSummary> found = organisations.organisation(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<OrganisationDetail.Member> members = links.visibleLinksOf(viewer, id, Set.of(LinkType.MEMBER_OF))
                .stream().map(l -> new OrganisationDetail.Member(l, l.role() == null ? "MEMBER" : l.role())).toList();
        List<LinkView> where = links.visibleLinksOf(viewer, id, PLACE_LINKS);
        Set<UUID> about = new LinkedHashSet<>();
        about.add(id);
        members.forEach(m -> about.add(m.link().from().id()));
        where.forEach(p -> about.add(p.to().id()));
        List<TimelineEntry> entries = timeline.visibleEvents(viewer, about, PAGE_EVENTS);
        GraphAnalysis.Analysis analysed = analysis.analyse(viewer, id);
        events.publishEvent(new NetworkEvents.NetworkRead("organisation.read", id.toString(), viewer.username(),
                viewer.agencyId(), channel, members.size()));
        return Optional.of(new OrganisationDetail(found.get(), members, where, organisations.designations(id), entries,
                analysed.keyPlayers(), analysed.communities()));
    }

    @Transactional(readOnly = true)
    public Optional<PlaceView> place(Viewer viewer, UUID id) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        return places.place(id);
    }

    @Transactional
    public UUID recordOrganisation(Viewer viewer, NewOrganisation o) {
        return addOrganisation(viewer, o);
    }

    /**
     * Records an organisation in the caller's transaction. Not transactional itself: an import
     * catches a refusal and goes on, which a transactional call would have marked for rollback.
     */
    UUID addOrganisation(Viewer viewer, NewOrganisation o) {
        NetworkRules.onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        Texts.check(errors, "name", o.name(), NetworkRules.MAX_NAME, true);
        o.aliases().forEach(a -> Texts.check(errors, "aliases", a, NetworkRules.MAX_NAME, true));
        o.activities().forEach(a -> Texts.check(errors, "activities", a, NetworkRules.MAX_NAME, true));
        Texts.check(errors, "summary", o.summary(), NetworkRules.MAX_TEXT, false);
        Texts.check(errors, "externalId", o.externalId(), NetworkRules.MAX_NAME, false);
        if (o.kind() == null) {
            errors.put("kind", Refusal.of(NetworkRefusal.ORGANISATION_KIND));
        }
        Texts.refuseAny(errors);
        UUID id = UUID.randomUUID();
        organisations.insertOrganisation(id, new NewOrganisation(o.name().strip(), strip(o.aliases()), o.kind(),
                o.founded(), o.countries(), strip(o.activities()), o.summary(), o.externalId()), viewer.agencyId(),
                viewer.username());
        events.publishEvent(new NetworkEvents.NodeRecorded(id, NodeType.ORGANIZATION, o.name().strip(),
                viewer.username(), viewer.agencyId()));
        return id;
    }

    @Transactional
    public UUID recordPlace(Viewer viewer, NewPlace p) {
        return addPlace(viewer, p);
    }

    /** Records a place in the caller's transaction (see {@link #addOrganisation}). */
    UUID addPlace(Viewer viewer, NewPlace p) {
        NetworkRules.onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        Texts.check(errors, "name", p.name(), NetworkRules.MAX_NAME, true);
        Texts.check(errors, "locality", p.locality(), NetworkRules.MAX_NAME, false);
        Texts.check(errors, "address", p.address(), NetworkRules.MAX_TEXT, false);
        Texts.check(errors, "externalId", p.externalId(), NetworkRules.MAX_NAME, false);
        if (p.kind() != NodeType.PLACE && p.kind() != NodeType.FACILITY) {
            errors.put("kind", Refusal.of(NetworkRefusal.PLACE_KIND));
        }
        Texts.refuseAny(errors);
        UUID id = UUID.randomUUID();
        places.insertPlace(id, new NewPlace(p.name().strip(), p.kind(), p.country(), p.locality(), p.address(),
                p.externalId()), viewer.agencyId(), viewer.username());
        events.publishEvent(new NetworkEvents.NodeRecorded(id, p.kind(), p.name().strip(), viewer.username(),
                viewer.agencyId()));
        return id;
    }

    @Transactional
    public UUID designate(Viewer viewer, UUID organisationId, NewDesignation d) {
        NetworkRules.onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        if (organisations.organisation(organisationId).isEmpty()) {
            throw new DomainException.NotFound(NetworkRefusal.NO_ORGANISATION, organisationId);
        }
        Map<String, Refusal> errors = new LinkedHashMap<>();
        Texts.check(errors, "authority", d.authority(), NetworkRules.MAX_NAME, true);
        Texts.check(errors, "program", d.program(), NetworkRules.MAX_NAME, true);
        Texts.check(errors, "source", d.source(), NetworkRules.MAX_TEXT, true);
        if (d.designatedOn() == null) {
            errors.put("designatedOn", Refusal.of(NetworkRefusal.DESIGNATION_DATE));
        }
        Texts.refuseAny(errors);
        UUID id = UUID.randomUUID();
        organisations.insertDesignation(id, organisationId, d, viewer.username());
        events.publishEvent(new NetworkEvents.DesignationRecorded(id, organisationId, d.program(), viewer.username(),
                viewer.agencyId()));
        return id;
    }

    private static List<String> strip(List<String> values) {
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
