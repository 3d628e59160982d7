package org.sabueso.network.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.network.LinkView;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.NetworkLinkExchange;
import org.sabueso.network.NewLink;
import org.sabueso.network.Share;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links copied from other nodes, and this node's links as they leave. A copy is stored like any
 * link (so the graph, its filters and the sharing policy treat it alike) and marked with its node;
 * the graph learns it through the usual events, whose actor is the sending node.
 */
@Service("networkLinkCopies")
class LinkCopies implements NetworkLinkExchange {

    /** As {@link LinkRules}: a role is a word or two. */
    private static final int MAX_ROLE = 60;
    /** A username, as the user table holds it. */
    private static final int MAX_USERNAME = 100;

    private final LinkRepository links;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;

    LinkCopies(LinkRepository links, Agencies agencies, ApplicationEventPublisher events) {
        this.links = links;
        this.agencies = agencies;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Held> held(UUID id) {
        return links.copyOf(id).flatMap(copyOf -> links.link(id).map(l -> new Held(copy(l), copyOf)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> recordedHere(Set<String> agencyIds) {
        return links.recordedHere(agencyIds);
    }

    @Override
    @Transactional
    public void storeCopy(LinkCopy l, String fromNode) {
        check(l);
        Optional<Held> held = held(l.id());
        if (held.isPresent()) {
            if (!held.get().copyOf().equals(Optional.of(fromNode))) {
                throw new IllegalArgumentException("link " + l.id() + " is not a copy of node " + fromNode);
            }
            if (held.get().link().equals(l)) {
                return;
            }
            remove(l.id(), fromNode);
        }
        NewLink link = new NewLink(l.type(), l.from(), l.to(), l.role(),
                l.started() == null ? null : PartialDate.parse(l.started()),
                l.ended() == null ? null : PartialDate.parse(l.ended()), l.source(), l.confidence(), l.sharingScope(),
                l.partnerAgencyIds(), l.externalId());
        links.insertLink(l.id(), link, l.from().type(), l.to().type(),
                new Share(l.issuingAgencyId(), l.issuingCountry(), l.sharingScope(), l.partnerAgencyIds()), l.createdBy());
        links.markCopy(l.id(), fromNode);
        events.publishEvent(new NetworkEvents.LinkRecorded(l.id(), l.type(), l.from().id(), l.to().id(), actor(fromNode), null));
    }

    @Override
    @Transactional
    public boolean removeCopy(UUID id, String fromNode) {
        if (!links.copyOf(id).equals(Optional.of(Optional.of(fromNode)))) {
            return false;
        }
        remove(id, fromNode);
        return true;
    }

    private void remove(UUID id, String fromNode) {
        LinkView l = links.link(id).orElseThrow();
        links.deleteLink(id);
        events.publishEvent(new NetworkEvents.LinkRemoved(id, l.from().id(), l.to().id(), actor(fromNode), null));
    }

    /** The audit trail and the graph name the node a copy came from, as the actor. */
    private static String actor(String node) {
        return "node:" + node;
    }

    /** What the module would store: every part named, text it can hold, ends it can join, agencies it knows. */
    private void check(LinkCopy l) {
        if (l.id() == null || l.type() == null || l.from() == null || l.to() == null || l.confidence() == null
                || l.sharingScope() == null || l.issuingAgencyId() == null || l.issuingCountry() == null
                || l.createdBy() == null || l.from().id().equals(l.to().id()) || !l.type().joins(l.from().type(), l.to().type())) {
            throw new IllegalArgumentException("link " + l.id() + " is incomplete or joins what it cannot");
        }
        Map<String, Refusal> errors = new LinkedHashMap<>();
        Texts.check(errors, "role", l.role(), MAX_ROLE, false);
        Texts.check(errors, "source", l.source(), NetworkRules.MAX_TEXT, false);
        Texts.check(errors, "externalId", l.externalId(), NetworkRules.MAX_NAME, false);
        Texts.check(errors, "createdBy", l.createdBy(), MAX_USERNAME, true);
        Texts.check(errors, "started", l.started(), NetworkRules.MAX_NAME, false);
        Texts.check(errors, "ended", l.ended(), NetworkRules.MAX_NAME, false);
        Texts.refuseAny(errors);
        if (agencies.find(l.issuingAgencyId()).isEmpty() || l.partnerAgencyIds().stream().anyMatch(a -> agencies.find(a).isEmpty())) {
            throw new IllegalArgumentException("link " + l.id() + " names an agency unknown here");
        }
    }

    private static LinkCopy copy(LinkView l) {
        return new LinkCopy(l.id(), l.type(), l.from(), l.to(), l.role(), l.started() == null ? null : l.started().toString(),
                l.ended() == null ? null : l.ended().toString(), l.source(), l.confidence(), l.issuingAgencyId(),
                l.issuingCountry(), l.sharingScope(), l.partnerAgencyIds(), l.externalId(), l.createdBy());
    }
}
