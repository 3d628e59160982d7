package org.sabueso.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A graph answer with the rank and file of large organisations folded into one group node each,
 * as i2 and Maltego fold them: a chart of an organisation with forty members reads as the
 * organisation, its leaders and "30 members", and the analyst opens the group when they need the
 * names. Folded members' links to the rest of the chart become one link per (group, node, type)
 * with a count; links among members of one group are inside it.
 *
 * @param view   the nodes and links drawn one by one (folded members and their links left out)
 * @param groups the folded groups
 * @param links  links between a group and a drawn node, each standing for {@code count} links
 */
public record GroupedGraph(GraphView view, List<Group> groups, List<GroupLink> links) {

    /**
     * Folding starts above this many rank-and-file members of one organisation in an answer: a
     * dozen is about as many names as one can read around a single node before its ring of
     * labels overlaps on a 1280-pixel chart, and small cells stay drawn one by one.
     */
    public static final int FOLD_ABOVE = 12;

    /** Member roles that stay drawn one by one: the people an analyst charts an organisation for. */
    public static final Set<String> KEY_ROLES = Set.of("LEADER", "LIEUTENANT", "FINANCIER");

    /**
     * One organisation's folded members.
     *
     * @param id           {@code group-} and the organisation's id, the group node's id in a drawing
     * @param organisation the organisation the members belong to
     * @param label        the organisation's name
     * @param members      the folded members, in the answer's order
     */
    public record Group(String id, UUID organisation, String label, List<UUID> members) {
    }

    /** Links of {@code type} between a group and a drawn node; {@code fromGroup} when the members are their first end. */
    public record GroupLink(String group, UUID node, LinkType type, boolean fromGroup, int count) {
    }

    public static String groupId(UUID organisation) {
        return "group-" + organisation;
    }

    /** The answer as drawn one by one, nothing folded. */
    public static GroupedGraph unfolded(GraphView view) {
        return new GroupedGraph(view, List.of(), List.of());
    }

    /**
     * Folds the rank-and-file members of each organisation that has more than {@link #FOLD_ABOVE}
     * of them in {@code view}, except organisations in {@code open} (the analyst opened them) and
     * except {@code start}, which is always drawn. A person in several folded organisations goes
     * into the first one the answer reaches.
     */
    public static GroupedGraph fold(GraphView view, UUID start, Collection<UUID> open) {
        Map<UUID, GraphView.Node> nodes = new LinkedHashMap<>();
        view.nodes().forEach(n -> nodes.put(n.id(), n));
        Map<UUID, List<UUID>> rankAndFile = new LinkedHashMap<>();
        view.nodes().stream().filter(n -> n.type() == NodeType.ORGANIZATION && !open.contains(n.id()))
                .forEach(n -> rankAndFile.put(n.id(), new ArrayList<>()));
        for (GraphView.Edge e : view.edges()) {
            List<UUID> members = rankAndFile.get(e.to());
            if (e.type() == LinkType.MEMBER_OF && members != null && !e.from().equals(start)
                    && !KEY_ROLES.contains(e.role()) && !members.contains(e.from())) {
                members.add(e.from());
            }
        }
        Map<UUID, Group> groupOf = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        rankAndFile.forEach((organisation, members) -> {
            List<UUID> free = members.stream().filter(m -> !groupOf.containsKey(m)).toList();
            if (free.size() > FOLD_ABOVE) {
                Group group = new Group(groupId(organisation), organisation, nodes.get(organisation).label(), free);
                groups.add(group);
                free.forEach(m -> groupOf.put(m, group));
            }
        });
        if (groups.isEmpty()) {
            return unfolded(view);
        }
        List<GraphView.Edge> edges = new ArrayList<>();
        Map<GroupLink, Integer> counts = new LinkedHashMap<>();
        for (GraphView.Edge e : view.edges()) {
            Group a = groupOf.get(e.from());
            Group b = groupOf.get(e.to());
            if (a == null && b == null) {
                edges.add(e);
            } else if (a != null && b != null) {
                // inside one group; between two groups only when a person of one organisation is
                // linked to the rank and file of another, which the groups' own links already say
                continue;
            } else {
                GroupLink key = a != null ? new GroupLink(a.id(), e.to(), e.type(), true, 0)
                        : new GroupLink(b.id(), e.from(), e.type(), false, 0);
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<GroupLink> links = counts.entrySet().stream()
                .map(c -> new GroupLink(c.getKey().group(), c.getKey().node(), c.getKey().type(), c.getKey().fromGroup(),
                        c.getValue()))
                .toList();
        List<GraphView.Node> drawn = view.nodes().stream().filter(n -> !groupOf.containsKey(n.id())).toList();
        return new GroupedGraph(new GraphView(drawn, edges, view.truncated()), groups, links);
    }
}
