package org.sabueso.network.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.sabueso.agency.Viewer;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.NodeType;
import org.springframework.modulith.NamedInterface;

/**
 * The in-memory graph as the service loads it at start, for {@code bench graph}
 * ({@code org.sabueso.tools.network}): the one type of the graph a tool may touch.
 *
 * <p>Why a probe and not the bench here: the bench is a tool (a generated network written with
 * COPY, a report) and lives with the tools; what it times is the load and the walks the service
 * runs, whose classes stay package-private. This type, a named interface of its own, runs that
 * very code without opening the rest of the module to other modules.
 */
@NamedInterface("bench")
public final class GraphProbe {

    private final GraphIndex graph;

    private GraphProbe(GraphIndex graph) {
        this.graph = graph;
    }

    /** Loads every node and link from PostgreSQL, as the service does at start. */
    public static GraphProbe load(DataSource dataSource) throws SQLException {
        return new GraphProbe(new GraphLoader(dataSource).load());
    }

    public int nodeCount() {
        return graph.nodeCount();
    }

    public int edgeCount() {
        return graph.edgeCount();
    }

    /** Whether node number {@code n} is a person (walks start and end at persons). */
    public boolean isPerson(int n) {
        return graph.nodeType(n) == NodeType.PERSON;
    }

    /** Walks as this viewer, every link type, with the sharing policy applied to every link. */
    public Walks walks(Viewer viewer) {
        return new Walks(GraphService.queries(graph, viewer, GraphFilter.ALL));
    }

    /** The two questions the bench times, each answered as far as the view the API returns. */
    public final class Walks {

        private final GraphQueries queries;

        private Walks(GraphQueries queries) {
            this.queries = queries;
        }

        /** The 2-hop neighbourhood of node {@code start}; returns how many nodes it holds. */
        public int neighbourhood(int start) {
            GraphQueries.Found found = queries.neighbourhood(start, 2);
            GraphService.view(graph, found);
            return found.nodes().size();
        }

        /** A shortest visible path between two nodes; returns its number of links, 0 when none. */
        public int path(int from, int to) {
            GraphQueries.Found found = queries.path(from, to);
            GraphService.view(graph, found);
            return found.edges().size();
        }
    }
}
