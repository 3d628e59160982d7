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

    /**
     * Nodes a chart shows at first, and how many more each "show more" adds. Aleph's guidance is
     * 50 to 150 entities per chart: past that a drawing is a tangle an analyst no longer reads, so
     * a chart starts at the top of that range and grows only when asked.
     */
    int CHART_NODES = 150;

    /** Most nodes one answer holds, whatever the limit asked for. */
    int MAX_NODES = 2_000;

    /** Nodes within {@code depth} visible links of {@code start}, following links the filter admits; audited. */
    default GraphView neighbourhood(Viewer viewer, UUID start, int depth, GraphFilter filter) {
        return neighbourhood(viewer, start, depth, filter, MAX_NODES);
    }

    /**
     * The same, stopping at {@code limit} nodes (1 to {@link #MAX_NODES}); the view says when it
     * stopped early. A larger limit answers the same nodes first, then more.
     */
    GraphView neighbourhood(Viewer viewer, UUID start, int depth, GraphFilter filter, int limit);

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
