package org.sabueso.network.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.sabueso.network.GraphFilter;
import org.sabueso.network.LinkType;
import org.sabueso.network.NodeType;
import org.sabueso.network.Share;

/**
 * Breadth-first questions over a {@link GraphIndex}, following only links whose sharing class the
 * caller may see and that the filter admits. Plain arrays and generation marks, no per-edge
 * allocation: a 2-hop neighbourhood in a graph of millions of links touches only its own nodes.
 * Callers hold the index's read lock.
 */
final class GraphQueries {

    /** Results stop growing at this many nodes; the answer then says it was truncated. */
    static final int MAX_NODES = org.sabueso.network.NetworkGraph.MAX_NODES;
    /** A path search gives up after visiting this many nodes (the two may simply not be connected). */
    static final int MAX_PATH_VISITS = 400_000;
    static final int MAX_PATH_LENGTH = 8;

    private final GraphIndex g;
    private final boolean[] visibleClass;
    private final int typeMask;
    private final int since;
    private final int until;

    /** {@code mayView} is the sharing policy's answer for one sharing class. */
    GraphQueries(GraphIndex g, Predicate<Share> mayView, GraphFilter filter) {
        this.g = g;
        List<Share> shares = g.shares();
        this.visibleClass = new boolean[shares.size()];
        for (int i = 0; i < visibleClass.length; i++) {
            visibleClass[i] = mayView.test(shares.get(i));
        }
        int mask = 0;
        for (LinkType t : filter.types()) {
            mask |= 1 << t.ordinal();
        }
        this.typeMask = mask == 0 ? -1 : mask;
        this.since = filter.since() == null ? Days.NO_DAY : (int) filter.since().toEpochDay();
        this.until = filter.until() == null ? Integer.MAX_VALUE : (int) filter.until().toEpochDay();
    }

    /** The caller may see the link, whatever the filter. */
    boolean visible(int e) {
        return visibleClass[g.shareClass(e)];
    }

    /** The caller may see the link and the filter admits it. */
    boolean follows(int e) {
        if (!visibleClass[g.shareClass(e)] || (typeMask & (1 << g.typeOrdinal(e))) == 0) {
            return false;
        }
        if (since != Days.NO_DAY) {
            int end = g.endDay(e);
            if (end != Days.NO_DAY && end < since) {
                return false;
            }
        }
        if (until != Integer.MAX_VALUE) {
            int start = g.startDay(e);
            return start == Days.NO_DAY || start <= until;
        }
        return true;
    }

    /**
     * Whether the node is in the caller's graph: organisations, places and facilities are reference
     * facts every staff member sees; a person only through at least one visible link.
     */
    boolean inGraph(int node) {
        if (node < 0) {
            return false;
        }
        if (g.nodeType(node) != NodeType.PERSON) {
            return true;
        }
        boolean[] seen = {false};
        g.forEachHalfEdge(node, (other, e) -> {
            if (!seen[0] && visible(e)) {
                seen[0] = true;
            }
        });
        return seen[0];
    }

    /** Nodes and links found by a breadth-first walk to {@code depth}. */
    record Found(List<Integer> nodes, List<Integer> edges, boolean truncated) {
    }

    Found neighbourhood(int start, int depth) {
        return neighbourhood(start, depth, MAX_NODES);
    }

    /**
     * The same walk, stopping at {@code limit} nodes (at most {@link #MAX_NODES}). Nodes come in
     * breadth-first order over a stable adjacency, so a larger limit answers the smaller one's
     * nodes and then more: that is how a chart asks to "show more".
     */
    Found neighbourhood(int start, int depth, int limit) {
        int bound = Math.max(1, Math.min(limit, MAX_NODES));
        Scratch s = g.borrow();
        try {
            int gen = s.next();
            int[] mark = s.markA;
            int[] dist = s.valueA;
            List<Integer> nodes = new ArrayList<>();
            List<Integer> edges = new ArrayList<>();
            boolean[] truncated = {false};
            mark[start] = gen;
            dist[start] = 0;
            nodes.add(start);
            int levelStart = 0;
            for (int d = 0; d < depth; d++) {
                int levelEnd = nodes.size();
                for (int i = levelStart; i < levelEnd; i++) {
                    int u = nodes.get(i);
                    int du = dist[u];
                    g.forEachHalfEdge(u, (v, e) -> {
                        if (!follows(e)) {
                            return;
                        }
                        if (mark[v] != gen) {
                            if (nodes.size() >= bound) {
                                truncated[0] = true;
                                return;
                            }
                            mark[v] = gen;
                            dist[v] = du + 1;
                            nodes.add(v);
                            edges.add(e);
                        } else if (dist[v] > du || (dist[v] == du && u < v)) {
                            // each link once: from its nearer end, or from the smaller of two ends at the same depth
                            edges.add(e);
                        }
                    });
                }
                levelStart = levelEnd;
                if (levelStart == nodes.size()) {
                    break;
                }
            }
            return new Found(nodes, edges, truncated[0]);
        } finally {
            g.giveBack(s);
        }
    }

    /**
     * A shortest chain of followed links between two nodes: breadth-first from both ends, always
     * widening the smaller frontier, one whole level at a time; of the meetings in the level where
     * the two searches first meet, the shortest chain wins.
     */
    Found path(int source, int target) {
        if (source == target) {
            return new Found(List.of(source), List.of(), false);
        }
        Scratch s = g.borrow();
        try {
            int gen = s.next();
            int[] markF = s.markA;
            int[] markB = s.markB;
            int[] parentF = s.valueA; // link by which the forward search reached the node
            int[] parentB = s.valueB;
            markF[source] = gen;
            parentF[source] = -1;
            markB[target] = gen;
            parentB[target] = -1;
            List<Integer> frontF = new ArrayList<>(List.of(source));
            List<Integer> frontB = new ArrayList<>(List.of(target));
            int visits = 2;
            for (int length = 0; length < MAX_PATH_LENGTH && !frontF.isEmpty() && !frontB.isEmpty(); length++) {
                boolean forward = frontF.size() <= frontB.size();
                List<Integer> front = forward ? frontF : frontB;
                int[] mark = forward ? markF : markB;
                int[] parent = forward ? parentF : parentB;
                int[] otherMark = forward ? markB : markF;
                List<Integer> next = new ArrayList<>();
                List<Integer> meetings = new ArrayList<>();
                for (int u : front) {
                    int[] v0 = {0};
                    g.forEachHalfEdge(u, (v, e) -> {
                        if (mark[v] == gen || !follows(e)) {
                            return;
                        }
                        mark[v] = gen;
                        parent[v] = e;
                        next.add(v);
                        v0[0]++;
                        if (otherMark[v] == gen) {
                            meetings.add(v);
                        }
                    });
                    visits += v0[0];
                }
                if (!meetings.isEmpty()) {
                    Found best = null;
                    for (int meet : meetings) {
                        Found chain = chain(meet, parentF, parentB, source, target);
                        if (best == null || chain.edges().size() < best.edges().size()) {
                            best = chain;
                        }
                    }
                    return best;
                }
                if (visits > MAX_PATH_VISITS) {
                    return new Found(List.of(), List.of(), true);
                }
                if (forward) {
                    frontF = next;
                } else {
                    frontB = next;
                }
            }
            return new Found(List.of(), List.of(), false);
        } finally {
            g.giveBack(s);
        }
    }

    private Found chain(int meet, int[] parentF, int[] parentB, int source, int target) {
        List<Integer> left = new ArrayList<>();
        List<Integer> leftEdges = new ArrayList<>();
        int n = meet;
        while (n != source) {
            int e = parentF[n];
            leftEdges.add(e);
            n = g.from(e) == n ? g.to(e) : g.from(e);
            left.add(n);
        }
        List<Integer> nodes = new ArrayList<>(left.reversed());
        List<Integer> edges = new ArrayList<>(leftEdges.reversed());
        nodes.add(meet);
        n = meet;
        while (n != target) {
            int e = parentB[n];
            edges.add(e);
            n = g.from(e) == n ? g.to(e) : g.from(e);
            nodes.add(n);
        }
        return new Found(nodes, edges, false);
    }

    /** The followed links among the given nodes, each once. */
    Found among(Collection<Integer> wanted) {
        Set<Integer> set = new HashSet<>(wanted);
        Set<Integer> edges = new LinkedHashSet<>();
        List<Integer> nodes = new ArrayList<>();
        for (int u : new LinkedHashSet<>(wanted)) {
            if (!inGraph(u)) {
                continue;
            }
            nodes.add(u);
            g.forEachHalfEdge(u, (v, e) -> {
                if (set.contains(v) && follows(e)) {
                    edges.add(e);
                }
            });
        }
        return new Found(nodes, new ArrayList<>(edges), false);
    }

    /** Nodes outside the chart, with how many of the chart's nodes each is linked to. */
    Map<Integer, Integer> linkedToChart(Collection<Integer> chart) {
        Set<Integer> on = new HashSet<>(chart);
        Map<Integer, Set<Integer>> byNode = new HashMap<>();
        for (int u : on) {
            g.forEachHalfEdge(u, (v, e) -> {
                if (!on.contains(v) && follows(e)) {
                    byNode.computeIfAbsent(v, k -> new HashSet<>()).add(u);
                }
            });
        }
        Map<Integer, Integer> counts = new HashMap<>();
        byNode.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    static int day(LocalDate d) {
        return (int) d.toEpochDay();
    }
}
