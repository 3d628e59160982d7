package org.sabueso.network.web;

import java.util.List;
import java.util.UUID;

import org.sabueso.network.GraphView;
import org.sabueso.network.GroupedGraph;

/**
 * What the graph page's script draws: nodes, links with their words in the reader's language,
 * folded groups and their links, and whether the answer stopped at its limit (with the address
 * of the next, larger answer).
 */
record Drawing(List<Node> nodes, List<Edge> edges, List<Group> groups, List<GroupLink> groupLinks, boolean truncated,
               int limit, String more) {

    record Node(UUID id, String type, String label) {
    }

    /** {@code label} is the type and role in words; {@code period} the years it ran, when known. */
    record Edge(UUID id, UUID from, UUID to, String type, String label, String period) {
    }

    record Group(String id, UUID organisation, String label, int size) {
    }

    record GroupLink(String id, String from, String to, String type, String label, int count) {
    }

    static Drawing of(GroupedGraph grouped, LinkWords words, int limit, String more) {
        GraphView v = grouped.view();
        return new Drawing(
                v.nodes().stream().map(n -> new Node(n.id(), n.type().name(), n.label())).toList(),
                v.edges().stream().map(e -> new Edge(e.id(), e.from(), e.to(), e.type().name(),
                        words.link(e.type(), e.role()), period(e))).toList(),
                grouped.groups().stream().map(g -> new Group(g.id(), g.organisation(),
                        words.group(g.label(), g.members().size()), g.members().size())).toList(),
                grouped.links().stream().map(l -> new GroupLink(l.group() + "-" + l.node() + "-" + l.type().name(),
                        l.fromGroup() ? l.group() : l.node().toString(), l.fromGroup() ? l.node().toString() : l.group(),
                        l.type().name(), words.groupLink(l.type(), l.count()), l.count())).toList(),
                v.truncated(), limit, more);
    }

    static String period(GraphView.Edge e) {
        if (e.started() == null && e.ended() == null) {
            return "";
        }
        return (e.started() == null ? "" : e.started().toString()) + "–" + (e.ended() == null ? "" : e.ended().toString());
    }
}
