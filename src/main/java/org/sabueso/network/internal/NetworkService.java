package org.sabueso.network.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Chart;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.GraphView;
import org.sabueso.network.LinkType;
import org.sabueso.network.LinkView;
import org.sabueso.network.Network;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.NetworkImport;
import org.sabueso.network.Confidence;
import org.sabueso.network.NewDesignation;
import org.sabueso.network.NewEvent;
import org.sabueso.network.NewLink;
import org.sabueso.network.NewOrganisation;
import org.sabueso.network.NewPlace;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.network.Occurrence;
import org.sabueso.network.OrganisationDetail;
import org.sabueso.network.OrganisationSummary;
import org.sabueso.network.PlaceView;
import org.sabueso.network.Share;
import org.sabueso.network.TimelineEntry;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.sabueso.shared.PartialDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class NetworkService implements Network {

    static final int MAX_NAME = 300;
    static final int MAX_TEXT = 4000;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_CHART_NODES = 2000;
    private static final Set<LinkType> PLACE_LINKS = Set.of(LinkType.OPERATES_IN, LinkType.USES_AS_HUB, LinkType.OWNS);

    private final NetworkRepository repository;
    private final GraphService graph;
    private final Persons persons;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;

    NetworkService(NetworkRepository repository, GraphService graph, Persons persons, Agencies agencies,
                   ApplicationEventPublisher events) {
        this.repository = repository;
        this.graph = graph;
        this.persons = persons;
        this.agencies = agencies;
        this.events = events;
    }

    // ---------------------------------------------------------------- rules

    static void onlyStaffMayReadTheNetwork(Viewer viewer) {
        if (viewer.isPublic()) {
            throw new DomainException.NotAllowed("only staff may read the network");
        }
    }

    static void onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(Viewer viewer) {
        if (viewer.agencyId() == null || viewer.country() == null
                || !(viewer.has(Role.ANALYST) || viewer.has(Role.SUPERVISOR))) {
            throw new DomainException.NotAllowed("only analysts and supervisors of an agency may record network facts");
        }
    }

    // ---------------------------------------------------------------- organisations and places

    @Override
    @Transactional(readOnly = true)
    public Page<OrganisationSummary> searchOrganisations(Viewer viewer, String query, int page, int size) {
        onlyStaffMayReadTheNetwork(viewer);
        if (page < 0) {
            throw new DomainException.InvalidInput("page", "page counts from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new DomainException.InvalidInput("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        String q = query == null ? null : Texts.optional("q", query, MAX_NAME);
        Page<OrganisationSummary> result = repository.searchOrganisations(q, page, size);
        events.publishEvent(new NetworkEvents.NetworkRead("organisation.list", q, viewer.username(), viewer.agencyId(),
                "search", result.total()));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationDetail> organisation(Viewer viewer, UUID id, String channel) {
        onlyStaffMayReadTheNetwork(viewer);
        Optional<OrganisationSummary> found = repository.organisation(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<OrganisationDetail.Member> members = repository.visibleLinksOf(viewer, id, Set.of(LinkType.MEMBER_OF))
                .stream().map(l -> new OrganisationDetail.Member(l, l.role() == null ? "MEMBER" : l.role())).toList();
        List<LinkView> places = repository.visibleLinksOf(viewer, id, PLACE_LINKS);
        Set<UUID> about = new LinkedHashSet<>();
        about.add(id);
        members.forEach(m -> about.add(m.link().from().id()));
        places.forEach(p -> about.add(p.to().id()));
        List<TimelineEntry> timeline = repository.visibleEvents(viewer, about, 500);
        GraphService.Analysis analysis = graph.analyse(viewer, id);
        events.publishEvent(new NetworkEvents.NetworkRead("organisation.read", id.toString(), viewer.username(),
                viewer.agencyId(), channel, members.size()));
        return Optional.of(new OrganisationDetail(found.get(), members, places, repository.designations(id), timeline,
                analysis.keyPlayers(), analysis.communities()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlaceView> place(Viewer viewer, UUID id) {
        onlyStaffMayReadTheNetwork(viewer);
        return repository.place(id);
    }

    @Override
    @Transactional
    public UUID recordOrganisation(Viewer viewer, NewOrganisation o) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "name", o.name(), MAX_NAME, true);
        o.aliases().forEach(a -> Texts.check(errors, "aliases", a, MAX_NAME, true));
        o.activities().forEach(a -> Texts.check(errors, "activities", a, MAX_NAME, true));
        Texts.check(errors, "summary", o.summary(), MAX_TEXT, false);
        Texts.check(errors, "externalId", o.externalId(), MAX_NAME, false);
        if (o.kind() == null) {
            errors.put("kind", "say what kind of organisation it is");
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        UUID id = UUID.randomUUID();
        repository.insertOrganisation(id, new NewOrganisation(o.name().strip(), strip(o.aliases()), o.kind(), o.founded(),
                o.countries(), strip(o.activities()), o.summary(), o.externalId()), viewer.agencyId(), viewer.username());
        events.publishEvent(new NetworkEvents.NodeRecorded(id, NodeType.ORGANIZATION, o.name().strip(),
                viewer.username(), viewer.agencyId()));
        return id;
    }

    @Override
    @Transactional
    public UUID recordPlace(Viewer viewer, NewPlace p) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "name", p.name(), MAX_NAME, true);
        Texts.check(errors, "locality", p.locality(), MAX_NAME, false);
        Texts.check(errors, "address", p.address(), MAX_TEXT, false);
        Texts.check(errors, "externalId", p.externalId(), MAX_NAME, false);
        if (p.kind() != NodeType.PLACE && p.kind() != NodeType.FACILITY) {
            errors.put("kind", "a place is PLACE or FACILITY");
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        UUID id = UUID.randomUUID();
        repository.insertPlace(id, new NewPlace(p.name().strip(), p.kind(), p.country(), p.locality(), p.address(),
                p.externalId()), viewer.agencyId(), viewer.username());
        events.publishEvent(new NetworkEvents.NodeRecorded(id, p.kind(), p.name().strip(), viewer.username(),
                viewer.agencyId()));
        return id;
    }

    @Override
    @Transactional
    public UUID designate(Viewer viewer, UUID organisationId, NewDesignation d) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        if (repository.organisation(organisationId).isEmpty()) {
            throw new DomainException.NotFound("no organisation " + organisationId);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "authority", d.authority(), MAX_NAME, true);
        Texts.check(errors, "program", d.program(), MAX_NAME, true);
        Texts.check(errors, "source", d.source(), MAX_TEXT, true);
        if (d.designatedOn() == null) {
            errors.put("designatedOn", "the date of the designation is required");
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        UUID id = UUID.randomUUID();
        repository.insertDesignation(id, organisationId, d, viewer.username());
        events.publishEvent(new NetworkEvents.DesignationRecorded(id, organisationId, d.program(), viewer.username(),
                viewer.agencyId()));
        return id;
    }

    // ---------------------------------------------------------------- links

    @Override
    @Transactional
    public UUID link(Viewer viewer, NewLink l) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        Checked c = check(viewer, l);
        UUID id = UUID.randomUUID();
        repository.insertLink(id, c.link(), c.fromKind(), c.toKind(), c.share(), viewer.username());
        events.publishEvent(new NetworkEvents.LinkRecorded(id, l.type(), l.from().id(), l.to().id(), viewer.username(),
                viewer.agencyId()));
        return id;
    }

    /** Records links in bulk (imports) in the caller's transaction; one audit event for them all. */
    List<UUID> linkAll(Viewer viewer, List<NewLink> links) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        List<UUID> ids = new ArrayList<>();
        for (NewLink l : links) {
            Checked c = check(viewer, l);
            UUID id = UUID.randomUUID();
            repository.insertLink(id, c.link(), c.fromKind(), c.toKind(), c.share(), viewer.username());
            ids.add(id);
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new GraphService.LinksImported(ids, viewer.username(), viewer.agencyId(), ids.size()));
        }
        return ids;
    }

    private record Checked(NewLink link, NodeType fromKind, NodeType toKind, Share share) {
    }

    private Checked check(Viewer viewer, NewLink l) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (l.type() == null) {
            errors.put("type", "the type of link is required: one of " + java.util.Arrays.toString(LinkType.values()));
        }
        if (l.from() == null) {
            errors.put("from", "the link's first end is required");
        }
        if (l.to() == null) {
            errors.put("to", "the link's other end is required");
        }
        if (l.scope() == null) {
            errors.put("scope", "say how widely the link is shared");
        }
        Texts.check(errors, "role", l.role(), 60, false);
        Texts.check(errors, "source", l.source(), MAX_TEXT, false);
        Texts.check(errors, "externalId", l.externalId(), MAX_NAME, false);
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        if (l.from().id().equals(l.to().id())) {
            throw new DomainException.InvalidInput("to", "a link joins two different nodes");
        }
        NodeType fromKind = kindOf(l.from())
                .orElseThrow(() -> new DomainException.InvalidInput("from", "no such " + l.from().type().name().toLowerCase()));
        NodeType toKind = kindOf(l.to())
                .orElseThrow(() -> new DomainException.InvalidInput("to", "no such " + l.to().type().name().toLowerCase()));
        if (!l.type().joins(fromKind, toKind)) {
            throw new DomainException.InvalidInput("type", l.type() + " cannot join " + fromKind + " to " + toKind);
        }
        String role = l.role() == null || l.role().isBlank() ? null : l.role().strip();
        if (l.type() == LinkType.MEMBER_OF) {
            role = role == null ? "MEMBER" : role.toUpperCase(java.util.Locale.ROOT);
            if (!LinkType.MEMBER_ROLES.contains(role)) {
                throw new DomainException.InvalidInput("role", "a member's role is one of " + LinkType.MEMBER_ROLES);
            }
        }
        if (l.started() != null && l.ended() != null
                && GraphIndex.firstDay(l.started()).isAfter(GraphIndex.lastDay(l.ended()))) {
            throw new DomainException.InvalidInput("ended", "the link ends before it starts");
        }
        Set<String> partners = l.scope() == SharingScope.PARTNERS ? l.partners() : Set.of();
        if (l.scope() == SharingScope.PARTNERS) {
            if (partners.isEmpty()) {
                throw new DomainException.InvalidInput("partners", "name the partner agencies");
            }
            for (String p : partners) {
                if (agencies.find(p).isEmpty()) {
                    throw new DomainException.InvalidInput("partners", "unknown agency " + Texts.abbreviate(p));
                }
            }
        }
        if (l.scope() == SharingScope.PUBLIC) {
            throw new DomainException.InvalidInput("scope", "links are never public; choose ALL_MEMBERS at most");
        }
        for (NodeRef end : List.of(l.from(), l.to())) {
            if (end.type() == NodeType.PERSON) {
                persons.get(end.id()).ifPresent(p -> repository.rememberPerson(p.id(), p.writtenName()));
            }
        }
        NewLink normal = new NewLink(l.type(), new NodeRef(fromKind, l.from().id()), new NodeRef(toKind, l.to().id()),
                role, l.started(), l.ended(), l.source(), l.confidence(), l.scope(), partners, l.externalId());
        return new Checked(normal, fromKind, toKind, new Share(viewer.agencyId(), viewer.country(), l.scope(), partners));
    }

    @Override
    @Transactional
    public void removeLink(Viewer viewer, UUID linkId) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        LinkView l = repository.link(linkId).filter(x -> SharingPolicy.mayView(viewer, x))
                .orElseThrow(() -> new DomainException.NotFound("no link " + linkId));
        if (!viewer.belongsTo(l.issuingAgencyId())) {
            throw new DomainException.NotAllowed("only the issuing agency may remove a link");
        }
        repository.deleteLink(linkId);
        events.publishEvent(new NetworkEvents.LinkRemoved(linkId, l.from().id(), l.to().id(), viewer.username(),
                viewer.agencyId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkView> findLink(Viewer viewer, UUID linkId) {
        onlyStaffMayReadTheNetwork(viewer);
        return repository.link(linkId).filter(l -> SharingPolicy.mayView(viewer, l));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkView> linksOf(Viewer viewer, NodeRef node) {
        onlyStaffMayReadTheNetwork(viewer);
        return repository.visibleLinksOf(viewer, node.id(), Set.of());
    }

    // ---------------------------------------------------------------- timeline

    @Override
    @Transactional
    public UUID recordEvent(Viewer viewer, NewEvent e) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.occurred() == null) {
            errors.put("occurred", "the date is required (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        if (e.kind() == null) {
            errors.put("kind", "the kind of event is required");
        }
        Texts.check(errors, "title", e.title(), MAX_NAME, true);
        Texts.check(errors, "description", e.description(), MAX_TEXT, false);
        Texts.check(errors, "source", e.source(), MAX_TEXT, false);
        if (e.subjects().isEmpty()) {
            errors.put("subjects", "say whom or what the event is about");
        }
        if (e.scope() == null || e.scope() == SharingScope.PUBLIC) {
            errors.put("scope", "say how widely the event is shared (AGENCY to ALL_MEMBERS)");
        } else if (e.scope() == SharingScope.PARTNERS && e.partners().isEmpty()) {
            errors.put("partners", "name the partner agencies");
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        for (NodeRef s : e.subjects()) {
            NodeType kind = kindOf(s)
                    .orElseThrow(() -> new DomainException.InvalidInput("subjects", "no such " + s.type().name().toLowerCase()));
            if (kind == NodeType.PERSON) {
                persons.get(s.id()).ifPresent(p -> repository.rememberPerson(p.id(), p.writtenName()));
            }
        }
        for (String p : e.partners()) {
            if (agencies.find(p).isEmpty()) {
                throw new DomainException.InvalidInput("partners", "unknown agency " + Texts.abbreviate(p));
            }
        }
        UUID id = UUID.randomUUID();
        repository.insertEvent(id, e.occurred(), e.kind(), e.title().strip(), e.description(), e.source(), "MANUAL", null,
                e.subjects(), new Share(viewer.agencyId(), viewer.country(), e.scope(),
                        e.scope() == SharingScope.PARTNERS ? e.partners() : Set.of()), viewer.username());
        events.publishEvent(new NetworkEvents.EventRecorded(id, e.kind(), viewer.username(), viewer.agencyId()));
        return id;
    }

    @Override
    @Transactional
    public boolean recordOccurrence(Occurrence o) {
        for (NodeRef s : o.subjects()) {
            if (s.type() == NodeType.PERSON) {
                persons.get(s.id()).ifPresent(p -> repository.rememberPerson(p.id(), p.writtenName()));
            }
        }
        return repository.insertEvent(UUID.randomUUID(), PartialDate.of(o.day()), o.kind(),
                Texts.abbreviate(o.title(), MAX_NAME), o.description(), null, o.origin(), o.originRef(), o.subjects(),
                o.share(), "system");
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Viewer viewer, Collection<NodeRef> nodes) {
        onlyStaffMayReadTheNetwork(viewer);
        List<TimelineEntry> entries = repository.visibleEvents(viewer, nodes.stream().map(NodeRef::id).toList(), 1000);
        events.publishEvent(new NetworkEvents.NetworkRead("timeline", nodes.size() == 1 ? nodes.iterator().next().id()
                .toString() : null, viewer.username(), viewer.agencyId(), "timeline", entries.size()));
        return entries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<GraphView.Node> findNodes(Viewer viewer, String query, int limit) {
        onlyStaffMayReadTheNetwork(viewer);
        String q = Texts.optional("q", query, MAX_NAME);
        if (q == null || q.length() < 2) {
            return List.of();
        }
        return repository.findNodes(viewer, q, Math.min(Math.max(limit, 1), 50));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachVisibleLink(Viewer viewer, Consumer<LinkView> action) {
        onlyStaffMayReadTheNetwork(viewer);
        repository.forEachVisibleLink(viewer, action);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachOrganisation(Consumer<OrganisationSummary> action) {
        repository.forEachOrganisation(action);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachPlace(Consumer<PlaceView> action) {
        repository.forEachPlace(action);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, NodeRef> nodesByExternalId(String agencyId, Collection<String> externalIds) {
        return repository.nodesByExternalId(agencyId, externalIds);
    }

    // ---------------------------------------------------------------- imports

    @Override
    @Transactional
    public NetworkImport.Outcome importNetwork(Viewer viewer, NetworkImport batch) {
        onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        Map<Long, String> rejected = new TreeMap<>();
        Set<String> referenced = new LinkedHashSet<>();
        batch.organisations().forEach(o -> referenced.add(o.organisation().externalId()));
        batch.places().forEach(p -> referenced.add(p.place().externalId()));
        batch.links().forEach(l -> {
            referenced.add(l.from());
            referenced.add(l.to());
        });
        referenced.remove(null);
        Map<String, NodeRef> existing = repository.nodesByExternalId(viewer.agencyId(), referenced);
        Map<String, NodeRef> nodes = new HashMap<>(batch.persons());
        nodes.putAll(existing);
        int organisations = 0;
        for (NetworkImport.Organisation o : batch.organisations()) {
            if (existing.containsKey(o.organisation().externalId())) {
                rejected.put(o.line(), "id: already imported by your agency (skipped; imports do not update)");
                continue;
            }
            try {
                nodes.put(o.organisation().externalId(), NodeRef.organisation(recordOrganisation(viewer, o.organisation())));
                organisations++;
            } catch (DomainException.InvalidInput e) {
                rejected.put(o.line(), e.field() + ": " + e.getMessage());
            }
        }
        int places = 0;
        for (NetworkImport.Place p : batch.places()) {
            if (existing.containsKey(p.place().externalId())) {
                rejected.put(p.line(), "id: already imported by your agency (skipped; imports do not update)");
                continue;
            }
            try {
                nodes.put(p.place().externalId(), new NodeRef(p.place().kind(), recordPlace(viewer, p.place())));
                places++;
            } catch (DomainException.InvalidInput e) {
                rejected.put(p.line(), e.field() + ": " + e.getMessage());
            }
        }
        Set<String> known = repository.linkExternalIds(viewer.agencyId(),
                batch.links().stream().map(NetworkImport.Link::externalId).filter(java.util.Objects::nonNull).toList());
        SharingScope scope = batch.scope() == SharingScope.PUBLIC ? SharingScope.ALL_MEMBERS : batch.scope();
        List<UUID> ids = new ArrayList<>();
        for (NetworkImport.Link l : batch.links()) {
            if (l.externalId() != null && !known.add(l.externalId())) {
                rejected.put(l.line(), "id: already imported by your agency (skipped; imports do not update)");
                continue;
            }
            NodeRef from = resolve(nodes, l.from());
            NodeRef to = resolve(nodes, l.to());
            if (from == null || to == null) {
                rejected.put(l.line(), (from == null ? l.fromProperty() : l.toProperty())
                        + ": no person, organisation or address with that id in this file or your agency's records");
                continue;
            }
            LinkType type = l.type();
            String role = l.role();
            if (!type.joins(from.type(), to.type()) && PLACE_LINKS.contains(type)) {
                role = role == null ? type.name() : role;
                type = LinkType.UNKNOWN;
            }
            try {
                Checked c = check(viewer, new NewLink(type, from, to, role, l.started(), l.ended(), l.source(),
                        Confidence.PROBABLE, scope, Set.of(), l.externalId()));
                UUID id = UUID.randomUUID();
                repository.insertLink(id, c.link(), c.fromKind(), c.toKind(), c.share(), viewer.username());
                ids.add(id);
            } catch (DomainException.InvalidInput e) {
                rejected.put(l.line(), e.field() + ": " + e.getMessage());
            }
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new GraphService.LinksImported(ids, viewer.username(), viewer.agencyId(), ids.size()));
        }
        return new NetworkImport.Outcome(organisations, places, ids.size(), rejected);
    }

    /** A node by FtM id: this import's or the agency's earlier ones, or one of ours by the id our exports write. */
    private NodeRef resolve(Map<String, NodeRef> nodes, String ftmId) {
        NodeRef known = nodes.get(ftmId);
        if (known != null) {
            return known;
        }
        for (var prefix : Map.of("sabueso-org-", NodeType.ORGANIZATION, "sabueso-place-", NodeType.PLACE).entrySet()) {
            if (ftmId.startsWith(prefix.getKey())) {
                try {
                    NodeRef ref = new NodeRef(prefix.getValue(), UUID.fromString(ftmId.substring(prefix.getKey().length())));
                    return repository.kindOf(ref).map(k -> new NodeRef(k, ref.id())).orElse(null);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- charts

    @Override
    @Transactional
    public UUID saveChart(Viewer viewer, String name, List<UUID> nodeIds, GraphFilter filter) {
        onlyStaffMayReadTheNetwork(viewer);
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "name", name, MAX_NAME, true);
        if (nodeIds == null || nodeIds.isEmpty()) {
            errors.put("nodes", "a chart needs at least one node");
        } else if (nodeIds.size() > MAX_CHART_NODES) {
            errors.put("nodes", "a chart holds at most " + MAX_CHART_NODES + " nodes");
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        // only what the owner may see now is kept
        List<UUID> kept = nodeIds.stream().distinct().filter(n -> graph.visible(viewer, n)).toList();
        if (kept.isEmpty()) {
            throw new DomainException.InvalidInput("nodes", "none of these nodes is in your graph");
        }
        UUID id = UUID.randomUUID();
        repository.insertChart(id, viewer, name.strip(), kept, filter);
        events.publishEvent(new NetworkEvents.ChartSaved(id, kept.size(), viewer.username(), viewer.agencyId()));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Chart> charts(Viewer viewer) {
        onlyStaffMayReadTheNetwork(viewer);
        return repository.charts(viewer.username());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Chart> chart(Viewer viewer, UUID id) {
        onlyStaffMayReadTheNetwork(viewer);
        return repository.chart(viewer.username(), id);
    }

    /** The kind of an existing node: persons asked of the person module, the rest of this module's tables. */
    private Optional<NodeType> kindOf(NodeRef ref) {
        if (ref.type() == NodeType.PERSON) {
            return persons.get(ref.id()).map(p -> NodeType.PERSON);
        }
        return repository.kindOf(ref);
    }

    private static List<String> strip(List<String> values) {
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
