package org.sabueso.federation.links;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.RecordKind;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.network.NetworkLinkExchange;
import org.springframework.stereotype.Component;

/**
 * Network links whose sharing scope reaches another country, copied to that country's node. An
 * AGENCY or NATIONAL link never leaves, whatever a destination's agencies are; a link reaches a
 * node when the sharing policy lets one of its agencies see it, and it is checked again on
 * receipt for this node's own agencies. Only the node of the issuing agency speaks for a link.
 */
@Component
@FederatedNode
class NetworkLinkRecords implements RecordKind {

    private static final String PREFIX = "network-link:";
    /** Scopes that stay in their country, on their node: never sent, refused when they arrive. */
    static final Set<SharingScope> STAY_HOME = EnumSet.of(SharingScope.AGENCY, SharingScope.NATIONAL);

    private final Directory directory;
    private final NetworkLinkExchange links;

    NetworkLinkRecords(Directory directory, NetworkLinkExchange links) {
        this.directory = directory;
        this.links = links;
    }

    @Override
    public String stateKind() {
        return Kinds.NETWORK_LINK_STATE;
    }

    @Override
    public String removedKind() {
        return Kinds.NETWORK_LINK_REMOVED;
    }

    @Override
    public String recordKey(String linkId) {
        return PREFIX + linkId;
    }

    @Override
    public Optional<String> ownerNode(String linkId) {
        return id(linkId).flatMap(links::held).flatMap(h -> directory.nodeOfAgency(h.link().issuingAgencyId()));
    }

    @Override
    public Optional<String> ownerNamedBy(Envelope state) {
        NetworkLinkExchange.LinkCopy link = Nodes.read(state.payload(), NetworkLinkExchange.LinkCopy.class);
        return link.issuingAgencyId() == null ? Optional.empty() : directory.nodeOfAgency(link.issuingAgencyId());
    }

    @Override
    public Optional<Object> stateFor(String linkId, NodeEntry destination) {
        if (destination.isPost() || destination.id().equals(directory.self())) {
            return Optional.empty();
        }
        return id(linkId).flatMap(links::held)
                .filter(h -> h.copyOf().isEmpty() && Nodes.heldHere(directory, h.link().issuingAgencyId()))
                .map(NetworkLinkExchange.Held::link)
                .filter(l -> mayReach(l, destination))
                .map(Object.class::cast);
    }

    /** The sharing policy for a node: one of its agencies may see the link, and its scope leaves the country at all. */
    static boolean mayReach(NetworkLinkExchange.LinkCopy link, NodeEntry node) {
        return !STAY_HOME.contains(link.sharingScope())
                && Nodes.viewersOf(node).stream().anyMatch(v -> SharingPolicy.mayView(v, link));
    }

    @Override
    public void applyState(Envelope envelope) {
        NetworkLinkExchange.LinkCopy link = Nodes.read(envelope.payload(), NetworkLinkExchange.LinkCopy.class);
        if (link.id() == null || !recordKey(link.id().toString()).equals(envelope.recordKey())) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.recordKey() + " does not name the link it carries");
        }
        boolean speaksForIssuer = directory.nodeOfAgency(link.issuingAgencyId()).map(envelope.from()::equals).orElse(false)
                && directory.node(envelope.from()).map(n -> n.country().equals(link.issuingCountry())).orElse(false);
        Optional<NetworkLinkExchange.Held> held = links.held(link.id());
        if (!speaksForIssuer || held.filter(h -> !h.copyOf().equals(Optional.of(envelope.from()))).isPresent()) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.from() + " does not speak for link " + link.id());
        }
        if (!mayReach(link, directory.selfEntry())) {
            throw new Refused(RefusalCode.NOT_VISIBLE_HERE, "no agency here may see link " + link.id());
        }
        links.storeCopy(link, envelope.from());
    }

    @Override
    public void applyRemoval(Envelope envelope) {
        String key = envelope.recordKey();
        Optional<UUID> id = key != null && key.startsWith(PREFIX) ? id(key.substring(PREFIX.length())) : Optional.empty();
        Optional<NetworkLinkExchange.Held> held = id.flatMap(links::held);
        if (held.isEmpty()) {
            return;
        }
        if (!held.get().copyOf().equals(Optional.of(envelope.from()))) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.from() + " does not speak for " + key);
        }
        links.removeCopy(id.get(), envelope.from());
    }

    @Override
    public Stream<String> ownedRecordIds() {
        Set<String> own = Set.copyOf(directory.selfEntry().agencyIds().stream().filter(a -> Nodes.heldHere(directory, a)).toList());
        return own.isEmpty() ? Stream.empty() : links.recordedHere(own).stream().map(UUID::toString);
    }

    private static Optional<UUID> id(String linkId) {
        try {
            return Optional.of(UUID.fromString(linkId));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
