package org.sabueso.network.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.GraphView;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.NetworkGraph;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.ReleasedWhenRecorded;
import org.sabueso.network.Share;
import org.sabueso.network.Suggestion;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Graph questions answered from the {@link LiveGraph}. Answers only ever follow links the sharing
 * policy lets the viewer see: the policy is asked once per sharing class, and each link is checked
 * by its class.
 */
@Service
class GraphService implements NetworkGraph {

    private final LiveGraph live;
    private final ApplicationEventPublisher events;

    GraphService(LiveGraph live, ApplicationEventPublisher events) {
        this.live = live;
        this.events = events;
    }

    /** A sharing class as the sharing policy sees a link of that class. */
    record SharedAs(Share share) implements ReleasedWhenRecorded {
        public String issuingAgencyId() { return share.issuingAgencyId(); }
        public String issuingCountry() { return share.issuingCountry(); }
        public SharingScope sharingScope() { return share.scope(); }
        public Set<String> partnerAgencyIds() { return share.partnerAgencyIds(); }
    }

    /** The questions one viewer may ask of the graph (also used by the graph benchmark). */
    static GraphQueries queries(GraphIndex g, Viewer viewer, GraphFilter filter) {
        return new GraphQueries(g, share -> SharingPolicy.mayView(viewer, new SharedAs(share)), filter);
    }

    private static void staffOnly(Viewer viewer) {
        if (viewer.isPublic()) {
            throw new DomainException.NotAllowed(NetworkRefusal.GRAPH_STAFF_ONLY);
        }
    }

    @Override
    public GraphView neighbourhood(Viewer viewer, UUID start, int depth, GraphFilter filter, int limit) {
        staffOnly(viewer);
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new DomainException.InvalidInput("depth", NetworkRefusal.DEPTH_RANGE, MAX_DEPTH);
        }
        if (limit < 1 || limit > NetworkGraph.MAX_NODES) {
            throw new DomainException.InvalidInput("limit", NetworkRefusal.LIMIT_RANGE, NetworkGraph.MAX_NODES);
        }
        GraphView view = live.read(g -> {
            GraphQueries q = queries(g, viewer, filter);
            int n = g.node(start);
            if (!q.inGraph(n)) {
                throw new DomainException.NotFound(NetworkRefusal.NOT_IN_GRAPH, start);
            }
            return view(g, q.neighbourhood(n, depth, limit));
        });
        audit(viewer, "graph.neighbourhood", start.toString(), view.nodes().size());
        return view;
    }

    @Override
    public GraphView path(Viewer viewer, UUID from, UUID to, GraphFilter filter) {
        staffOnly(viewer);
        GraphView view = live.read(g -> {
            GraphQueries q = queries(g, viewer, filter);
            int a = g.node(from);
            if (!q.inGraph(a)) {
                throw new DomainException.InvalidInput("from", NetworkRefusal.NOT_IN_GRAPH, from);
            }
            int b = g.node(to);
            if (!q.inGraph(b)) {
                throw new DomainException.InvalidInput("to", NetworkRefusal.NOT_IN_GRAPH, to);
            }
            return view(g, q.path(a, b));
        });
        audit(viewer, "graph.path", from + "→" + to, view.edges().size());
        return view;
    }

    @Override
    public List<Suggestion> suggestions(Viewer viewer, Collection<UUID> chart, GraphFilter filter, int limit) {
        staffOnly(viewer);
        List<Suggestion> suggested = live.read(g -> {
            GraphQueries q = queries(g, viewer, filter);
            List<Integer> on = nodesInGraph(g, q, chart);
            List<Suggestion> out = new ArrayList<>();
            q.linkedToChart(on).entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                            .thenComparing(en -> g.label(en.getKey()), Comparator.nullsLast(Comparator.naturalOrder())))
                    .limit(Math.max(1, limit))
                    .forEach(en -> out.add(new Suggestion(node(g, en.getKey()), en.getValue())));
            return out;
        });
        audit(viewer, "graph.suggestions", null, suggested.size());
        return suggested;
    }

    @Override
    public GraphView among(Viewer viewer, Collection<UUID> nodes, GraphFilter filter) {
        staffOnly(viewer);
        GraphView view = live.read(g -> {
            GraphQueries q = queries(g, viewer, filter);
            return view(g, q.among(nodesInGraph(g, q, nodes)));
        });
        audit(viewer, "graph.chart", null, view.edges().size());
        return view;
    }

    @Override
    public void writeGraphMl(Viewer viewer, Collection<UUID> nodes, GraphFilter filter, Writer out) {
        GraphView view = among(viewer, nodes, filter);
        try {
            GraphMl.write(view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit(viewer, "graph.export", "graphml", view.nodes().size());
    }

    @Override
    public boolean visible(Viewer viewer, UUID node) {
        if (viewer.isPublic() || !live.isLoaded()) {
            return false;
        }
        return live.read(g -> queries(g, viewer, GraphFilter.ALL).inGraph(g.node(node)));
    }

    @Override
    public long[] size() {
        return !live.isLoaded() ? new long[]{0, 0} : live.read(x -> new long[]{x.nodeCount(), x.edgeCount()});
    }

    private static List<Integer> nodesInGraph(GraphIndex g, GraphQueries q, Collection<UUID> ids) {
        List<Integer> out = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            int n = g.node(id);
            if (q.inGraph(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** What a query found, as the API's view (also used by the graph benchmark). */
    static GraphView view(GraphIndex g, GraphQueries.Found found) {
        List<GraphView.Node> nodes = new ArrayList<>(found.nodes().size());
        for (int n : found.nodes()) {
            nodes.add(node(g, n));
        }
        List<GraphView.Edge> edges = new ArrayList<>(found.edges().size());
        for (int e : found.edges()) {
            edges.add(new GraphView.Edge(g.linkId(e), g.nodeId(g.from(e)), g.nodeId(g.to(e)), g.type(e), g.role(e),
                    g.started(e), g.ended(e)));
        }
        return new GraphView(nodes, edges, found.truncated());
    }

    static GraphView.Node node(GraphIndex g, int n) {
        return new GraphView.Node(g.nodeId(n), g.nodeType(n), g.label(n));
    }

    private void audit(Viewer viewer, String what, String target, long results) {
        events.publishEvent(new NetworkEvents.NetworkRead(what, target, viewer.username(), viewer.agencyId(), "graph",
                results));
    }
}
