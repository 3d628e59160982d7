package org.sabueso.federation.internal;

import java.util.Set;

/**
 * One node of the directory. A national node ({@code parent} null) holds the records of
 * {@code agencyIds}; a border post ({@code parent} its national node) holds a copy of what its one
 * agency may see and screens with it. {@code country} is the ISO code the node speaks for.
 */
public record NodeEntry(String id, String country, String parent, Set<String> agencyIds) {

    public NodeEntry {
        agencyIds = Set.copyOf(agencyIds);
    }

    public boolean isPost() {
        return parent != null;
    }

    /** The Kafka topic this node reads, and only it. */
    public String topic() {
        return Topics.inbox(id);
    }
}
