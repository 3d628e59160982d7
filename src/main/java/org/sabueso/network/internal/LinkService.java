package org.sabueso.network.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.network.LinkView;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.NewLink;
import org.sabueso.network.NodeRef;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links: recorded and removed by their issuing agency, read as the sharing policy allows. */
// named: screening has links of its own, and bean names are global
@Service("networkLinkService")
class LinkService {

    private final LinkRepository links;
    private final LinkRules rules;
    private final ApplicationEventPublisher events;

    LinkService(LinkRepository links, LinkRules rules, ApplicationEventPublisher events) {
        this.links = links;
        this.rules = rules;
        this.events = events;
    }

    @Transactional
    public UUID link(Viewer viewer, NewLink l) {
        NetworkRules.onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        UUID id = insert(viewer, rules.check(viewer, l));
        events.publishEvent(new NetworkEvents.LinkRecorded(id, l.type(), l.from().id(), l.to().id(), viewer.username(),
                viewer.agencyId()));
        return id;
    }

    /** Stores a checked link in the caller's transaction; the caller announces it. */
    UUID insert(Viewer viewer, LinkRules.Checked c) {
        UUID id = UUID.randomUUID();
        links.insertLink(id, c.link(), c.fromKind(), c.toKind(), c.share(), viewer.username());
        return id;
    }

    /** The links an import stored, announced as one event: the graph adds them and the audit trail counts them. */
    void announceImported(Viewer viewer, List<UUID> ids) {
        if (!ids.isEmpty()) {
            events.publishEvent(new LinksImported(ids, viewer.username(), viewer.agencyId(), ids.size()));
            events.publishEvent(new NetworkEvents.LinksImportedHere(List.copyOf(ids), viewer.agencyId()));
        }
    }

    @Transactional
    public void removeLink(Viewer viewer, UUID linkId) {
        NetworkRules.onlyAnalystsAndSupervisorsOfAnAgencyMayRecord(viewer);
        LinkView l = links.link(linkId).filter(x -> SharingPolicy.mayView(viewer, x))
                .orElseThrow(() -> new DomainException.NotFound(NetworkRefusal.NO_LINK, linkId));
        if (!viewer.belongsTo(l.issuingAgencyId())) {
            throw new DomainException.NotAllowed(NetworkRefusal.REMOVE_NOT_ALLOWED);
        }
        links.deleteLink(linkId);
        events.publishEvent(new NetworkEvents.LinkRemoved(linkId, l.from().id(), l.to().id(), viewer.username(),
                viewer.agencyId()));
    }

    @Transactional(readOnly = true)
    public Optional<LinkView> findLink(Viewer viewer, UUID linkId) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        return links.link(linkId).filter(l -> SharingPolicy.mayView(viewer, l));
    }

    @Transactional(readOnly = true)
    public List<LinkView> linksOf(Viewer viewer, NodeRef node) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        return links.visibleLinksOf(viewer, node.id(), Set.of());
    }

    @Transactional(readOnly = true)
    public void forEachVisibleLink(Viewer viewer, Consumer<LinkView> action) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        links.forEachVisibleLink(viewer, action);
    }
}
