package org.sabueso.network;

import java.util.UUID;

/** A node of the graph by its kind and id. */
public record NodeRef(NodeType type, UUID id) {

    public NodeRef {
        if (type == null || id == null) {
            throw new IllegalArgumentException("a node needs its type and id");
        }
    }

    public static NodeRef person(UUID id) {
        return new NodeRef(NodeType.PERSON, id);
    }

    public static NodeRef organisation(UUID id) {
        return new NodeRef(NodeType.ORGANIZATION, id);
    }
}
