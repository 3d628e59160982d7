package org.sabueso.federation.links;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.federation.FederationStatus;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.Outbox;
import org.sabueso.notice.Notices;
import org.sabueso.screening.LinkExchange;
import org.sabueso.screening.ScreeningEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts cross-agency link proposals and decisions made here in the outbox, in their own
 * transaction, for the other notice's node: only a link between a notice held here and a copy of
 * another node's notice, and only when the other notice's agency may see ours. A link between two
 * copies is for their own nodes to find; a received link publishes nothing, so nothing echoes.
 */
@Component
@FederatedNode
class LinksToOtherNodes {

    private final Directory directory;
    private final Outbox outbox;
    private final FederationStatus status;
    private final LinkExchange links;
    private final Notices notices;

    LinksToOtherNodes(Directory directory, Outbox outbox, FederationStatus status, LinkExchange links, Notices notices) {
        this.directory = directory;
        this.outbox = outbox;
        this.status = status;
        this.links = links;
        this.notices = notices;
    }

    @EventListener
    void on(ScreeningEvents.LinksProposed e) {
        send(e.linkIds());
    }

    @EventListener
    void on(ScreeningEvents.LinkDecided e) {
        send(List.of(e.linkId()));
    }

    private void send(List<UUID> ids) {
        if (!status.federated()) {
            return;
        }
        for (UUID id : ids) {
            links.find(id).ifPresent(link -> LinkMessages.destination(directory, link)
                    .filter(to -> otherMaySeeOurs(link, to))
                    .ifPresent(to -> outbox.send(Kinds.LINK_STATE, LinkMessages.recordKey(link.noticeA(), link.noticeB()),
                            to, link)));
        }
    }

    /** The sharing policy on sending: the other notice's agency, on its node, may see the notice held here. */
    private boolean otherMaySeeOurs(LinkExchange.LinkRecord link, String to) {
        boolean oursIsA = Nodes.heldHere(directory, link.agencyA());
        String theirAgency = oursIsA ? link.agencyB() : link.agencyA();
        UUID ours = oursIsA ? link.noticeA() : link.noticeB();
        String country = directory.node(to).map(NodeEntry::country).orElse(null);
        return country != null && notices.peek(new Viewer("federation:" + to, theirAgency, country, Set.of()), ours).isPresent();
    }
}
