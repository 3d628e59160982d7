package org.sabueso.federation.hits;

import java.security.PublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.NodeEntry;

/**
 * The five national nodes of the demo, one agency each, and a border post of Colombia, as a node
 * named {@code self} reads them: enough to drive the hit kinds without Kafka or a signed file.
 */
record TestDirectory(String self) implements Directory {

    static final List<NodeEntry> NODES = List.of(
            new NodeEntry("VE", "VE", null, Set.of("VE-CICPC")),
            new NodeEntry("CO", "CO", null, Set.of("CO-DIJIN")),
            new NodeEntry("EC", "EC", null, Set.of("EC-PN")),
            new NodeEntry("PE", "PE", null, Set.of("PE-PNP")),
            new NodeEntry("CL", "CL", null, Set.of("CL-PDI")),
            new NodeEntry("CO-CUCUTA", "CO", "CO", Set.of("CO-DIJIN")));

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
