package org.sabueso.federation.tips;

import java.util.Optional;

import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.links.Nodes;
import org.sabueso.tip.TipKeyHolders;
import org.springframework.stereotype.Component;

/** The directory tells the tip line which agencies' private keys live on other nodes. */
@Component
@FederatedNode
class DirectoryTipKeyHolders implements TipKeyHolders {

    private final Directory directory;

    DirectoryTipKeyHolders(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<String> holderOf(String agencyId) {
        return Nodes.heldElsewhere(directory, agencyId);
    }
}
