package org.sabueso.network.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.sabueso.agency.Viewer;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.GraphView;
import org.sabueso.network.NodeType;
import org.sabueso.network.OrganisationDetail;
import org.springframework.stereotype.Component;

/**
 * Key players and communities of an organisation within the viewer's graph two links around it:
 * betweenness centrality and PageRank (JGraphT) over the links between the persons found there,
 * and label-propagation communities of two or more persons.
 */
@Component
class GraphAnalysis {

    /** Two links: the organisation's members and whom they are linked to, not the whole graph. */
    private static final int AROUND = 2;
    /** Ten key players and ten communities: what the organisation's page shows. */
    private static final int SHOWN = 10;
    /** Label propagation's rounds: it settles in far fewer on the demo's organisations. */
    private static final int MAX_ROUNDS = 50;
    /** A fixed seed, so that the same graph gives the same communities on every page load. */
    private static final long SEED = 2014;

    private final LiveGraph live;

    GraphAnalysis(LiveGraph live) {
        this.live = live;
    }

    record Analysis(List<OrganisationDetail.KeyPlayer> keyPlayers, List<List<GraphView.Node>> communities) {
    }

    Analysis analyse(Viewer viewer, UUID organisation) {
        return live.read(g -> {
            GraphQueries q = GraphService.queries(g, viewer, GraphFilter.ALL);
            int n = g.node(organisation);
            if (n < 0) {
                return new Analysis(List.of(), List.of());
            }
            GraphQueries.Found found = q.neighbourhood(n, AROUND);
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
                    .limit(SHOWN)
                    .map(v -> new OrganisationDetail.KeyPlayer(GraphService.node(g, v), betweenness.getOrDefault(v, 0.0),
                            rank.getOrDefault(v, 0.0)))
                    .toList();
            List<List<GraphView.Node>> communities = new ArrayList<>();
            for (Set<Integer> cluster : new LabelPropagationClustering<>(sub, MAX_ROUNDS, new Random(SEED)).getClustering()
                    .getClusters()) {
                List<GraphView.Node> persons = cluster.stream().filter(v -> g.nodeType(v) == NodeType.PERSON)
                        .map(v -> GraphService.node(g, v)).sorted(Comparator.comparing(GraphView.Node::label,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList();
                if (persons.size() >= 2) {
                    communities.add(persons);
                }
            }
            communities.sort(Comparator.comparingInt((List<GraphView.Node> c) -> -c.size()));
            return new Analysis(players, communities.size() > SHOWN ? communities.subList(0, SHOWN) : communities);
        });
    }
}
