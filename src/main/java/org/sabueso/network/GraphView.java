package org.sabueso.network;

import java.util.List;
import java.util.UUID;

import org.sabueso.shared.PartialDate;

/** Nodes and the links between them that a graph query found, all visible to the caller. */
public record GraphView(List<Node> nodes, List<Edge> edges, boolean truncated) {

    public record Node(UUID id, NodeType type, String label) {
    }

    public record Edge(UUID id, UUID from, UUID to, LinkType type, String role, PartialDate started,
                       PartialDate ended) {
    }

    public static GraphView empty() {
        return new GraphView(List.of(), List.of(), false);
    }
}
