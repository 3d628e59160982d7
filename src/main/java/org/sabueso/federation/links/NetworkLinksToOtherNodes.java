package org.sabueso.federation.links;

import java.util.List;
import java.util.UUID;

import org.sabueso.federation.FederationStatus;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.Outbox;
import org.sabueso.network.NetworkEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks network links recorded, imported or removed by this node's agencies as changed, in the
 * change's transaction; the relay decides per node what each may see ({@link NetworkLinkRecords}).
 * Copies received from other nodes are stored and removed with the sending node as actor and no
 * agency, so they are never sent on.
 */
@Component
@FederatedNode
class NetworkLinksToOtherNodes {

    private final Directory directory;
    private final Outbox outbox;
    private final FederationStatus status;

    NetworkLinksToOtherNodes(Directory directory, Outbox outbox, FederationStatus status) {
        this.directory = directory;
        this.outbox = outbox;
        this.status = status;
    }

    @EventListener
    void on(NetworkEvents.LinkRecorded e) {
        changed(e.actorAgency(), List.of(e.linkId()));
    }

    @EventListener
    void on(NetworkEvents.LinkRemoved e) {
        changed(e.actorAgency(), List.of(e.linkId()));
    }

    @EventListener
    void on(NetworkEvents.LinksImportedHere e) {
        changed(e.actorAgency(), e.linkIds());
    }

    private void changed(String actorAgency, List<UUID> ids) {
        if (status.federated() && Nodes.heldHere(directory, actorAgency)) {
            ids.forEach(id -> outbox.recordChanged(Kinds.NETWORK_LINK_STATE, id.toString()));
        }
    }
}
