package org.sabueso.federation.internal;

import java.security.PublicKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sabueso.agency.AgencyKind;
import org.sabueso.agency.AgencyView;
import org.sabueso.shared.CountryCode;

/** The directory read from its signed file at start; immutable afterwards. */
final class FileDirectory implements Directory {

    private final String self;
    private final Map<String, NodeEntry> nodes = new LinkedHashMap<>();
    private final Map<String, PublicKey> keys = new LinkedHashMap<>();
    private final Map<String, String> nodeOfAgency = new LinkedHashMap<>();
    private final List<AgencyView> agencies;

    FileDirectory(String self, DirectoryFile.Content content) {
        this.self = self;
        Map<String, AgencyView> agencyById = new LinkedHashMap<>();
        for (DirectoryFile.Node n : content.nodes()) {
            List<DirectoryFile.Agency> held = n.agencies() == null ? List.of() : n.agencies();
            NodeEntry entry = new NodeEntry(n.id(), n.country(), n.parent(),
                    held.stream().map(DirectoryFile.Agency::id).collect(Collectors.toSet()));
            if (nodes.put(n.id(), entry) != null) {
                throw new IllegalStateException("federation directory lists node " + n.id() + " twice");
            }
            keys.put(n.id(), Keys.publicKey(n.publicKey()));
            for (DirectoryFile.Agency a : held) {
                agencyById.putIfAbsent(a.id(), new AgencyView(a.id(), new CountryCode(a.country()), a.name(),
                        AgencyKind.valueOf(a.kind())));
                if (n.parent() == null) {
                    nodeOfAgency.putIfAbsent(a.id(), n.id());
                }
            }
        }
        if (!nodes.containsKey(self)) {
            throw new IllegalStateException("sabueso.node.id=" + self + " is not in the federation directory (it lists "
                    + String.join(", ", nodes.keySet()) + ")");
        }
        this.agencies = List.copyOf(agencyById.values());
    }

    @Override
    public String self() {
        return self;
    }

    @Override
    public NodeEntry selfEntry() {
        return nodes.get(self);
    }

    @Override
    public Collection<NodeEntry> nodes() {
        return nodes.values();
    }

    @Override
    public Optional<NodeEntry> node(String nodeId) {
        return Optional.ofNullable(nodeId).map(nodes::get);
    }

    @Override
    public Optional<String> nodeOfAgency(String agencyId) {
        return Optional.ofNullable(agencyId).map(nodeOfAgency::get);
    }

    @Override
    public Optional<PublicKey> keyOf(String nodeId) {
        return Optional.ofNullable(nodeId).map(keys::get);
    }

    /** Every agency of every node, to register locally so foreign records have their issuing agency. */
    List<AgencyView> agencies() {
        return agencies;
    }
}
