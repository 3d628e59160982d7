package org.sabueso.federation.links;

import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.network.NetworkLinkExchange;

/** Opens {@link NetworkLinkRecords#mayReach} to tests in other packages. */
public final class NetworkLinkRecordsProbe {

    private NetworkLinkRecordsProbe() {
    }

    public static boolean mayReach(NetworkLinkExchange.LinkCopy link, NodeEntry node) {
        return NetworkLinkRecords.mayReach(link, node);
    }
}
