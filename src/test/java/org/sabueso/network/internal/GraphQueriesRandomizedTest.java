package org.sabueso.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.SharingScope;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.LinkType;
import org.sabueso.network.NodeType;
import org.sabueso.network.Share;

/**
 * The compact graph's walks agree with a plain breadth-first search over lists of visible links,
 * on random graphs (seed printed), before and after links are added to the overlay and removed.
 */
class GraphQueriesRandomizedTest {

    record Link(int a, int b, LinkType type, short share) {
    }

    @Test
    void neighbourhoods_and_paths_match_a_plain_search_over_visible_links() {
        long seed = System.nanoTime();
        System.out.println("GraphQueriesRandomizedTest seed=" + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            int n = 50 + random.nextInt(300);
            GraphIndex g = new GraphIndex(n, n * 3);
            for (int i = 0; i < n; i++) {
                g.putNode(new UUID(round, i), NodeType.PERSON, "p" + i);
            }
            short[] shares = {
                    g.shareClassOf(new Share("A", "VE", SharingScope.ALL_MEMBERS, Set.of())),
                    g.shareClassOf(new Share("B", "CO", SharingScope.AGENCY, Set.of())),
                    g.shareClassOf(new Share("C", "PE", SharingScope.PARTNERS, Set.of("A")))};
            List<Link> links = new ArrayList<>();
            Map<Integer, Link> byEdge = new HashMap<>();
            int m = n * (1 + random.nextInt(3));
            for (int i = 0; i < m; i++) {
                addRandom(g, random, n, shares, links, byEdge, i);
            }
            g.build();
            // then some more through the overlay, and some removed
            for (int i = m; i < m + n / 2; i++) {
                addRandom(g, random, n, shares, links, byEdge, i);
            }
            for (int i = 0; i < m / 10; i++) {
                int e = random.nextInt(links.size());
                if (byEdge.containsKey(e)) {
                    g.removeEdge(e);
                    byEdge.remove(e);
                }
            }
            Set<LinkType> types = random.nextBoolean() ? Set.of() : Set.of(LinkType.ASSOCIATE, LinkType.FAMILY);
            // the viewer of agency A sees classes 0 and 2, never 1
            GraphQueries q = new GraphQueries(g, s -> !s.scope().equals(SharingScope.AGENCY),
                    new GraphFilter(types, null, null));
            Map<Integer, List<int[]>> adjacency = new HashMap<>();
            byEdge.forEach((e, l) -> {
                if (l.share() != shares[1] && (types.isEmpty() || types.contains(l.type()))) {
                    adjacency.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(new int[]{l.b(), e});
                    adjacency.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(new int[]{l.a(), e});
                }
            });
            for (int t = 0; t < 20; t++) {
                int start = random.nextInt(n);
                int depth = 1 + random.nextInt(3);
                Map<Integer, Integer> expected = distances(adjacency, start, depth);
                GraphQueries.Found found = q.neighbourhood(start, depth);
                assertThat(found.truncated()).isFalse();
                assertThat(new HashSet<>(found.nodes())).as("seed %d round %d", seed, round).isEqualTo(expected.keySet());
                assertThat(new HashSet<>(found.edges())).hasSameSizeAs(found.edges());
                for (int e : found.edges()) {
                    assertThat(byEdge).containsKey(e);
                    assertThat(byEdge.get(e).share()).isNotEqualTo(shares[1]);
                    assertThat(expected).containsKeys(g.from(e), g.to(e));
                }
                int target = random.nextInt(n);
                Map<Integer, Integer> all = distances(adjacency, start, GraphQueries.MAX_PATH_LENGTH);
                GraphQueries.Found path = q.path(start, target);
                if (!all.containsKey(target)) {
                    assertThat(path.edges()).isEmpty();
                } else {
                    assertThat(path.edges()).as("seed %d", seed).hasSize(all.get(target));
                    assertThat(path.nodes().getFirst()).isEqualTo(start);
                    assertThat(path.nodes().getLast()).isEqualTo(target);
                    for (int i = 0; i < path.edges().size(); i++) {
                        int e = path.edges().get(i);
                        assertThat(Set.of(g.from(e), g.to(e))).containsExactlyInAnyOrder(path.nodes().get(i),
                                path.nodes().get(i + 1));
                        assertThat(q.follows(e)).isTrue();
                    }
                }
            }
        }
    }

    private static void addRandom(GraphIndex g, Random random, int n, short[] shares, List<Link> links,
                                  Map<Integer, Link> byEdge, int i) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        if (a == b) {
            b = (b + 1) % n;
        }
        LinkType type = LinkType.values()[random.nextInt(4)];
        short share = shares[random.nextInt(shares.length)];
        int e = g.addEdge(new UUID(7, i), a, b, type, null, share, null, null);
        Link l = new Link(a, b, type, share);
        links.add(l);
        byEdge.put(e, l);
    }

    private static Map<Integer, Integer> distances(Map<Integer, List<int[]>> adjacency, int start, int depth) {
        Map<Integer, Integer> dist = new HashMap<>();
        dist.put(start, 0);
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            int u = queue.poll();
            if (dist.get(u) == depth) {
                continue;
            }
            for (int[] next : adjacency.getOrDefault(u, List.of())) {
                if (!dist.containsKey(next[0])) {
                    dist.put(next[0], dist.get(u) + 1);
                    queue.add(next[0]);
                }
            }
        }
        return dist;
    }
}
