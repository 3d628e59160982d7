package org.sabueso.federation;

import java.security.PublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.NodeEntry;

/**
 * The demo's five agencies as five national nodes, plus a border post of Venezuela's and one of
 * Colombia's, seen from {@code self}: what the signed directory file gives a node, without keys (no
 * message is signed here). The kinds' tests without Kafka (notices, hits) share it.
 */
public record TestDirectory(String self) implements Directory {

    public static final NodeEntry VE = new NodeEntry("VE", "VE", null, Set.of("VE-CICPC"));
    public static final NodeEntry CO = new NodeEntry("CO", "CO", null, Set.of("CO-DIJIN"));
    public static final NodeEntry EC = new NodeEntry("EC", "EC", null, Set.of("EC-PN"));
    public static final NodeEntry PE = new NodeEntry("PE", "PE", null, Set.of("PE-PNP"));
    public static final NodeEntry CL = new NodeEntry("CL", "CL", null, Set.of("CL-PDI"));
    public static final NodeEntry VE_POST = new NodeEntry("VE-GUASDUALITO", "VE", "VE", Set.of("VE-CICPC"));
    public static final NodeEntry CO_POST = new NodeEntry("CO-CUCUTA", "CO", "CO", Set.of("CO-DIJIN"));
    public static final List<NodeEntry> NODES = List.of(VE, CO, EC, PE, CL, VE_POST, CO_POST);

    @Override
    public NodeEntry selfEntry() {
        return node(self).orElseThrow();
    }

    @Override
    public Collection<NodeEntry> nodes() {
        return NODES;
    }

    @Override
    public Optional<NodeEntry> node(String nodeId) {
        return NODES.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    @Override
    public Optional<String> nodeOfAgency(String agencyId) {
        return NODES.stream().filter(n -> !n.isPost() && n.agencyIds().contains(agencyId)).map(NodeEntry::id).findFirst();
    }

    @Override
    public Optional<PublicKey> keyOf(String nodeId) {
        return Optional.empty();
    }
}
