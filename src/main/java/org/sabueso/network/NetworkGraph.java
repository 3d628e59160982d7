package org.sabueso.network;

import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.sabueso.agency.Viewer;

/**
 * Graph questions over the links the caller may see, answered from the in-memory graph. A node
 * the caller reaches through no visible link is not found.
 */
public interface NetworkGraph {

    int MAX_DEPTH = 4;

    /** Nodes within {@code depth} visible links of {@code start}, following links the filter admits; audited. */
    GraphView neighbourhood(Viewer viewer, UUID start, int depth, GraphFilter filter);

    /** A shortest chain of visible links between two nodes, or an empty view when there is none; audited. */
    GraphView path(Viewer viewer, UUID from, UUID to, GraphFilter filter);

    /** Nodes not in {@code chart} most linked to it, best first. */
    List<Suggestion> suggestions(Viewer viewer, Collection<UUID> chart, GraphFilter filter, int limit);

    /** The visible links among the given nodes. */
    GraphView among(Viewer viewer, Collection<UUID> nodes, GraphFilter filter);

    /** Writes the visible links among the given nodes as GraphML; audited as an export. */
    void writeGraphMl(Viewer viewer, Collection<UUID> nodes, GraphFilter filter, Writer out);

    /** Whether a node exists in the caller's graph. */
    boolean visible(Viewer viewer, UUID node);

    /** How many nodes and links the graph holds (all, before visibility). */
    long[] size();
}
