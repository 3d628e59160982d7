package org.sabueso.network.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.sabueso.network.LinkType;
import org.sabueso.network.NodeType;
import org.sabueso.network.Share;
import org.sabueso.shared.PartialDate;

/**
 * The whole graph in memory, compact enough for millions of links: nodes are ints, each link's
 * attributes sit in primitive arrays indexed by link number, and adjacency is compressed sparse
 * rows (for each node, the slice of {@code adjNode}/{@code adjEdge} between two offsets) built once
 * at load. Links added later go to a small per-node overlay until the next rebuild; removed links
 * are marked in a bit set. A link's sharing (issuing agency, country, scope, partners) is one of a
 * few distinct classes, stored as a short per link, so that a query checks visibility with one
 * array lookup after asking the sharing policy once per class.
 *
 * <p>Readers hold the read lock for a whole query; changes take the write lock.
 */
final class GraphIndex {

    private static final LinkType[] TYPES = LinkType.values();
    private static final NodeType[] NODE_TYPES = NodeType.values();

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    // nodes
    private final Map<UUID, Integer> nodeIndex;
    private UUID[] nodeIds;
    private byte[] nodeTypes;
    private String[] labels;
    private int nodes;

    // links
    private int edges;
    private int[] from;
    private int[] to;
    private byte[] type;
    private short[] shareClass;
    private short[] role;
    private int[] startDay;
    private int[] endDay;
    private byte[] precision; // low nibble: start precision (0 none, 1 year, 2 month, 3 day); high: end
    private long[] idHi;
    private long[] idLo;
    private final BitSet removed = new BitSet();

    // compressed adjacency of the links below csrEdges, for nodes below csrNodes
    private int csrNodes;
    private int csrEdges;
    private int[] offsets = new int[1];
    private int[] adjNode = new int[0];
    private int[] adjEdge = new int[0];
    private final Map<Integer, int[]> overlay = new HashMap<>();

    private final Interned<Share> shares = new Interned<>();
    /** Role number 0 is "no role". */
    private final Interned<String> roles = new Interned<>();

    private final Scratch.Pool scratches = new Scratch.Pool();

    GraphIndex(int expectedNodes, int expectedEdges) {
        int n = Math.max(16, expectedNodes);
        int e = Math.max(16, expectedEdges);
        nodeIndex = new HashMap<>((int) (n / 0.75f) + 1);
        nodeIds = new UUID[n];
        nodeTypes = new byte[n];
        labels = new String[n];
        from = new int[e];
        to = new int[e];
        type = new byte[e];
        shareClass = new short[e];
        role = new short[e];
        startDay = new int[e];
        endDay = new int[e];
        precision = new byte[e];
        idHi = new long[e];
        idLo = new long[e];
        roles.number(null);
    }

    // ---------------------------------------------------------------- building

    /** Adds a node, or renames it if known; returns its number. Callers hold the write lock (or own the index). */
    int putNode(UUID id, NodeType nodeType, String label) {
        Integer known = nodeIndex.get(id);
        if (known != null) {
            labels[known] = label;
            return known;
        }
        if (nodes == nodeIds.length) {
            int grown = nodes + (nodes >> 1) + 16;
            nodeIds = Arrays.copyOf(nodeIds, grown);
            nodeTypes = Arrays.copyOf(nodeTypes, grown);
            labels = Arrays.copyOf(labels, grown);
        }
        nodeIds[nodes] = id;
        nodeTypes[nodes] = (byte) nodeType.ordinal();
        labels[nodes] = label;
        nodeIndex.put(id, nodes);
        return nodes++;
    }

    /** The number of a node, or -1. */
    int node(UUID id) {
        Integer n = nodeIndex.get(id);
        return n == null ? -1 : n;
    }

    short shareClassOf(Share share) {
        short s = shares.number(share);
        if (s < 0) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " distinct sharings");
        }
        return s;
    }

    /** A role's number; a role beyond the table's room reads as none (roles are a handful of words in practice). */
    private short roleOf(String r) {
        return r == null ? 0 : (short) Math.max(0, roles.number(r));
    }

    /**
     * Appends a link between two known nodes. During a bulk load ({@link #build} not yet called)
     * it only records the link; afterwards it also goes to the overlay adjacency.
     */
    int addEdge(UUID linkId, int a, int b, LinkType linkType, String linkRole, short share, PartialDate started,
                PartialDate ended) {
        return addEdge(linkId.getMostSignificantBits(), linkId.getLeastSignificantBits(), a, b, linkType, linkRole, share,
                started == null ? Days.NO_DAY : (int) Days.firstDay(started).toEpochDay(), Days.precisionOf(started),
                ended == null ? Days.NO_DAY : (int) Days.lastDay(ended).toEpochDay(), Days.precisionOf(ended));
    }

    int addEdge(long hi, long lo, int a, int b, LinkType linkType, String linkRole, short share, int start,
                byte startPrecision, int end, byte endPrecision) {
        if (edges == from.length) {
            int grown = edges + (edges >> 1) + 16;
            from = Arrays.copyOf(from, grown);
            to = Arrays.copyOf(to, grown);
            type = Arrays.copyOf(type, grown);
            shareClass = Arrays.copyOf(shareClass, grown);
            role = Arrays.copyOf(role, grown);
            startDay = Arrays.copyOf(startDay, grown);
            endDay = Arrays.copyOf(endDay, grown);
            precision = Arrays.copyOf(precision, grown);
            idHi = Arrays.copyOf(idHi, grown);
            idLo = Arrays.copyOf(idLo, grown);
        }
        int e = edges++;
        from[e] = a;
        to[e] = b;
        type[e] = (byte) linkType.ordinal();
        shareClass[e] = share;
        role[e] = roleOf(linkRole);
        startDay[e] = start;
        endDay[e] = end;
        precision[e] = (byte) ((startPrecision & 0x0f) | (endPrecision << 4));
        idHi[e] = hi;
        idLo[e] = lo;
        if (built) {
            appendOverlay(a, e);
            appendOverlay(b, e);
        }
        return e;
    }

    private boolean built;

    private void appendOverlay(int node, int e) {
        int[] list = overlay.get(node);
        if (list == null) {
            list = new int[]{1, e, -1, -1};
        } else {
            if (list[0] + 1 == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
            }
            list[list[0] + 1] = e;
            list[0]++;
        }
        overlay.put(node, list);
    }

    /** Builds the compressed adjacency of every link so far (a counting sort by node); empties the overlay. */
    void build() {
        int n = nodes;
        int[] off = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            if (!removed.get(e)) {
                off[from[e] + 1]++;
                off[to[e] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            off[i + 1] += off[i];
        }
        int[] fill = Arrays.copyOf(off, n);
        int[] nodesOut = new int[off[n]];
        int[] edgesOut = new int[off[n]];
        for (int e = 0; e < edges; e++) {
            if (removed.get(e)) {
                continue;
            }
            int a = from[e];
            int b = to[e];
            nodesOut[fill[a]] = b;
            edgesOut[fill[a]++] = e;
            nodesOut[fill[b]] = a;
            edgesOut[fill[b]++] = e;
        }
        offsets = off;
        adjNode = nodesOut;
        adjEdge = edgesOut;
        csrNodes = n;
        csrEdges = edges;
        overlay.clear();
        built = true;
    }

    /** Whether enough links arrived since the last build that rebuilding pays. */
    boolean overlayIsLarge() {
        return edges - csrEdges > Math.max(50_000, csrEdges / 20);
    }

    /** Finds a live link by id among the links of {@code node}; -1 if none. */
    int findEdge(int node, UUID linkId) {
        long hi = linkId.getMostSignificantBits();
        long lo = linkId.getLeastSignificantBits();
        int[] found = {-1};
        forEachHalfEdge(node, (other, e) -> {
            if (idHi[e] == hi && idLo[e] == lo) {
                found[0] = e;
            }
        });
        return found[0];
    }

    void removeEdge(int e) {
        removed.set(e);
    }

    // ---------------------------------------------------------------- reading

    interface HalfEdgeVisitor {
        void visit(int other, int edge);
    }

    /** Every live link of the node, with the node at its other end. */
    void forEachHalfEdge(int node, HalfEdgeVisitor visitor) {
        if (node < csrNodes) {
            for (int i = offsets[node], end = offsets[node + 1]; i < end; i++) {
                int e = adjEdge[i];
                if (!removed.get(e)) {
                    visitor.visit(adjNode[i], e);
                }
            }
        }
        int[] extra = overlay.get(node);
        if (extra != null) {
            for (int i = 1; i <= extra[0]; i++) {
                int e = extra[i];
                if (!removed.get(e)) {
                    visitor.visit(from[e] == node ? to[e] : from[e], e);
                }
            }
        }
    }

    int nodeCount() {
        return nodes;
    }

    int edgeCount() {
        return edges - removed.cardinality();
    }

    UUID nodeId(int n) {
        return nodeIds[n];
    }

    NodeType nodeType(int n) {
        return NODE_TYPES[nodeTypes[n]];
    }

    String label(int n) {
        return labels[n];
    }

    int from(int e) {
        return from[e];
    }

    int to(int e) {
        return to[e];
    }

    LinkType type(int e) {
        return TYPES[type[e]];
    }

    int typeOrdinal(int e) {
        return type[e];
    }

    String role(int e) {
        return roles.value(role[e]);
    }

    UUID linkId(int e) {
        return new UUID(idHi[e], idLo[e]);
    }

    short shareClass(int e) {
        return shareClass[e];
    }

    List<Share> shares() {
        return shares.values();
    }

    int startDay(int e) {
        return startDay[e];
    }

    int endDay(int e) {
        return endDay[e];
    }

    PartialDate started(int e) {
        return Days.partial(startDay[e], precision[e] & 0x0f);
    }

    PartialDate ended(int e) {
        return Days.partial(endDay[e], (precision[e] >> 4) & 0x0f);
    }

    // ---------------------------------------------------------------- scratch space for queries

    /** Marks sized for this graph, from a pool so that concurrent queries never share and never reallocate. */
    Scratch borrow() {
        return scratches.borrow(nodes);
    }

    void giveBack(Scratch s) {
        scratches.giveBack(s);
    }
}
