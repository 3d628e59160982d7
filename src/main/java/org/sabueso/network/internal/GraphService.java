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
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.GraphView;
import org.sabueso.network.LinkView;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.NetworkGraph;
import org.sabueso.network.NodeType;
import org.sabueso.network.OrganisationDetail;
import org.sabueso.network.ReleasedWhenRecorded;
import org.sabueso.network.Share;
import org.sabueso.network.Suggestion;
import org.sabueso.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The graph kept current from the database: loaded once at start (before the web server takes
 * requests), then changed by this module's own events after each commit. Answers only ever follow
 * links the sharing policy lets the viewer see: the policy is asked once per sharing class, and
 * each link is checked by its class.
 */
@Service
class GraphService implements NetworkGraph, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GraphService.class);

    private final DataSource dataSource;
    private final NetworkRepository repository;
    private final ApplicationEventPublisher events;
    private final boolean commandMode;

    private volatile GraphIndex index;
    /** Links changed before the graph was loaded; applied (idempotently) once it is. */
    private final List<Runnable> early = new ArrayList<>();

    GraphService(DataSource dataSource, NetworkRepository repository, ApplicationEventPublisher events,
                 @Value("${sabueso.command-mode:false}") boolean commandMode) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.events = events;
        this.commandMode = commandMode;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (commandMode) {
            return;
        }
        long started = System.nanoTime();
        try {
            GraphIndex loaded = new GraphLoader(dataSource).load();
            synchronized (early) {
                index = loaded;
                early.forEach(Runnable::run);
                early.clear();
            }
            log.info("Network graph loaded: {} nodes, {} links in {} ms", loaded.nodeCount(), loaded.edgeCount(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the network graph could not be loaded", e);
        }
    }

    // ---------------------------------------------------------------- keeping current

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NetworkEvents.LinkRecorded e) {
        change(() -> repository.link(e.linkId()).ifPresent(this::add));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NetworkEvents.LinkRemoved e) {
        change(() -> {
            GraphIndex g = index;
            int a = g.node(e.from());
            if (a >= 0) {
                int edge = g.findEdge(a, e.linkId());
                if (edge >= 0) {
                    g.removeEdge(edge);
                }
            }
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NetworkEvents.NodeRecorded e) {
        change(() -> index.putNode(e.id(), e.type(), e.name()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(LinksImported e) {
        change(() -> repository.links(e.linkIds()).forEach(this::add));
    }

    /** Runs a change under the write lock, or keeps it for after the load. */
    private void change(Runnable change) {
        synchronized (early) {
            if (index == null) {
                early.add(change);
                return;
            }
        }
        GraphIndex g = index;
        g.lock.writeLock().lock();
        try {
            change.run();
            if (g.overlayIsLarge()) {
                g.build();
            }
        } finally {
            g.lock.writeLock().unlock();
        }
    }

    /** Adds a link and its ends unless the graph has it already (it may have been loaded with it). */
    private void add(LinkView l) {
        GraphIndex g = index;
        int a = g.node(l.from().id());
        if (a < 0) {
            a = g.putNode(l.from().id(), l.from().type(), l.fromLabel());
        } else if (g.findEdge(a, l.id()) >= 0) {
            return;
        }
        int b = g.node(l.to().id());
        if (b < 0) {
            b = g.putNode(l.to().id(), l.to().type(), l.toLabel());
        }
        short share = g.shareClassOf(new Share(l.issuingAgencyId(), l.issuingCountry(), l.sharingScope(),
                l.partnerAgencyIds()));
        g.addEdge(l.id(), a, b, l.type(), l.role(), share, l.started(), l.ended());
    }

    // ---------------------------------------------------------------- questions

    /** A sharing class as the sharing policy sees a link of that class. */
    record SharedAs(Share share) implements ReleasedWhenRecorded {
        public String issuingAgencyId() { return share.issuingAgencyId(); }
        public String issuingCountry() { return share.issuingCountry(); }
        public SharingScope sharingScope() { return share.scope(); }
        public Set<String> partnerAgencyIds() { return share.partnerAgencyIds(); }
    }

    static GraphQueries queries(GraphIndex g, Viewer viewer, GraphFilter filter) {
        return new GraphQueries(g, share -> SharingPolicy.mayView(viewer, new SharedAs(share)), filter);
    }

    private <T> T read(Function<GraphIndex, T> question) {
        GraphIndex g = index;
        if (g == null) {
            throw new IllegalStateException("the network graph is still loading");
        }
        g.lock.readLock().lock();
        try {
            return question.apply(g);
        } finally {
            g.lock.readLock().unlock();
        }
    }

    private static void staffOnly(Viewer viewer) {
        if (viewer.isPublic()) {
            throw new DomainException.NotAllowed("only staff may query the network");
        }
    }

    @Override
    public GraphView neighbourhood(Viewer viewer, UUID start, int depth, GraphFilter filter) {
        staffOnly(viewer);
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new DomainException.InvalidInput("depth", "depth must be between 1 and " + MAX_DEPTH);
        }
        GraphView view = read(g -> {
            GraphQueries q = queries(g, viewer, filter);
            int n = g.node(start);
            if (!q.inGraph(n)) {
                throw new DomainException.NotFound("no node " + start + " in your graph");
            }
            return view(g, q.neighbourhood(n, depth));
        });
        audit(viewer, "graph.neighbourhood", start.toString(), view.nodes().size());
        return view;
    }

    @Override
    public GraphView path(Viewer viewer, UUID from, UUID to, GraphFilter filter) {
        staffOnly(viewer);
        GraphView view = read(g -> {
            GraphQueries q = queries(g, viewer, filter);
            int a = g.node(from);
            if (!q.inGraph(a)) {
                throw new DomainException.InvalidInput("from", "no node " + from + " in your graph");
            }
            int b = g.node(to);
            if (!q.inGraph(b)) {
                throw new DomainException.InvalidInput("to", "no node " + to + " in your graph");
            }
            return view(g, q.path(a, b));
        });
        audit(viewer, "graph.path", from + "→" + to, view.edges().size());
        return view;
    }

    @Override
    public List<Suggestion> suggestions(Viewer viewer, Collection<UUID> chart, GraphFilter filter, int limit) {
        staffOnly(viewer);
        List<Suggestion> suggested = read(g -> {
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
        GraphView view = read(g -> {
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
        if (viewer.isPublic() || index == null) {
            return false;
        }
        return read(g -> queries(g, viewer, GraphFilter.ALL).inGraph(g.node(node)));
    }

    @Override
    public long[] size() {
        GraphIndex g = index;
        return g == null ? new long[]{0, 0} : read(x -> new long[]{x.nodeCount(), x.edgeCount()});
    }

    /**
     * Key players and communities of an organisation within the viewer's graph two links around
     * it: betweenness centrality and PageRank (JGraphT) over the links between the persons found
     * there, and label-propagation communities of two or more persons.
     */
    Analysis analyse(Viewer viewer, UUID organisation) {
        return read(g -> {
            GraphQueries q = queries(g, viewer, GraphFilter.ALL);
            int n = g.node(organisation);
            if (n < 0) {
                return new Analysis(List.of(), List.of());
            }
            GraphQueries.Found found = q.neighbourhood(n, 2);
            // among persons only: the organisation and its places join every member to every other
            // and would hide who actually brokers between them
            Graph<Integer, DefaultEdge> sub = new SimpleGraph<>(DefaultEdge.class);
            found.nodes().stream().filter(v -> g.nodeType(v) == NodeType.PERSON).forEach(sub::addVertex);
            for (int e : found.edges()) {
                int a = g.from(e);
                int b = g.to(e);
                if (a != b && sub.containsVertex(a) && sub.containsVertex(b) && !sub.containsEdge(a, b)) {
                    sub.addEdge(a, b);
                }
            }
            Map<Integer, Double> betweenness = new BetweennessCentrality<>(sub, true).getScores();
            Map<Integer, Double> rank = new PageRank<>(sub).getScores();
            List<OrganisationDetail.KeyPlayer> players = found.nodes().stream()
                    .filter(v -> g.nodeType(v) == NodeType.PERSON)
                    .sorted(Comparator.comparingDouble((Integer v) -> -betweenness.getOrDefault(v, 0.0))
                            .thenComparingDouble(v -> -rank.getOrDefault(v, 0.0)))
                    .limit(10)
                    .map(v -> new OrganisationDetail.KeyPlayer(node(g, v), betweenness.getOrDefault(v, 0.0),
                            rank.getOrDefault(v, 0.0)))
                    .toList();
            List<List<GraphView.Node>> communities = new ArrayList<>();
            for (Set<Integer> cluster : new LabelPropagationClustering<>(sub, 50, new Random(2014)).getClustering()
                    .getClusters()) {
                List<GraphView.Node> persons = cluster.stream().filter(v -> g.nodeType(v) == NodeType.PERSON)
                        .map(v -> node(g, v)).sorted(Comparator.comparing(GraphView.Node::label,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList();
                if (persons.size() >= 2) {
                    communities.add(persons);
                }
            }
            communities.sort(Comparator.comparingInt((List<GraphView.Node> c) -> -c.size()));
            return new Analysis(players, communities.size() > 10 ? communities.subList(0, 10) : communities);
        });
    }

    record Analysis(List<OrganisationDetail.KeyPlayer> keyPlayers, List<List<GraphView.Node>> communities) {
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

    private static GraphView.Node node(GraphIndex g, int n) {
        return new GraphView.Node(g.nodeId(n), g.nodeType(n), g.label(n));
    }

    private void audit(Viewer viewer, String what, String target, long results) {
        events.publishEvent(new NetworkEvents.NetworkRead(what, target, viewer.username(), viewer.agencyId(), "graph",
                results));
    }

    /** Imported links in bulk (one event for the batch); the graph loads them after commit. */
    record LinksImported(List<UUID> linkIds, String actor, String actorAgency, int count)
            implements org.sabueso.shared.Auditable {
        public String action() { return "network.import"; }
        public String targetType() { return "network_link"; }
        public String targetId() { return null; }
        public String detail() { return count + " links"; }
    }
}
