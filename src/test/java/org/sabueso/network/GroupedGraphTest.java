package org.sabueso.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Folding an organisation's rank and file into one group: who folds, who stays, what the group's links say. */
class GroupedGraphTest {

    final UUID organisation = UUID.randomUUID();
    final UUID leader = UUID.randomUUID();
    final UUID outsider = UUID.randomUUID();

    /** An organisation with a leader and {@code n} rank-and-file members, each an associate of the outsider. */
    GraphView organisationWith(int n) {
        List<GraphView.Node> nodes = new ArrayList<>(List.of(new GraphView.Node(organisation, NodeType.ORGANIZATION, "Banda"),
                new GraphView.Node(leader, NodeType.PERSON, "Jefe"), new GraphView.Node(outsider, NodeType.PERSON, "Fuera")));
        List<GraphView.Edge> edges = new ArrayList<>(List.of(edge(leader, organisation, LinkType.MEMBER_OF, "LEADER")));
        UUID previous = null;
        for (int i = 0; i < n; i++) {
            UUID m = UUID.randomUUID();
            nodes.add(new GraphView.Node(m, NodeType.PERSON, "Miembro " + i));
            edges.add(edge(m, organisation, LinkType.MEMBER_OF, "MEMBER"));
            edges.add(edge(outsider, m, LinkType.ASSOCIATE, null));
            if (previous != null) {
                edges.add(edge(previous, m, LinkType.FAMILY, "SIBLING"));
            }
            previous = m;
        }
        return new GraphView(nodes, edges, false);
    }

    static GraphView.Edge edge(UUID from, UUID to, LinkType type, String role) {
        return new GraphView.Edge(UUID.randomUUID(), from, to, type, role, null, null);
    }

    @Test
    void more_than_twelve_rank_and_file_members_fold_into_one_group_and_the_leader_stays_drawn() {
        GroupedGraph g = GroupedGraph.fold(organisationWith(13), organisation, Set.of());
        assertThat(g.groups()).singleElement().satisfies(group -> {
            assertThat(group.id()).isEqualTo("group-" + organisation);
            assertThat(group.members()).hasSize(13);
            assertThat(group.label()).isEqualTo("Banda");
        });
        assertThat(g.view().nodes()).extracting(GraphView.Node::id).containsExactly(organisation, leader, outsider);
        assertThat(g.view().edges()).singleElement().extracting(GraphView.Edge::role).isEqualTo("LEADER");
        assertThat(g.links()).containsExactlyInAnyOrder(
                new GroupedGraph.GroupLink("group-" + organisation, organisation, LinkType.MEMBER_OF, true, 13),
                new GroupedGraph.GroupLink("group-" + organisation, outsider, LinkType.ASSOCIATE, false, 13));
    }

    @Test
    void twelve_members_an_opened_organisation_and_the_starting_person_are_never_folded() {
        assertThat(GroupedGraph.fold(organisationWith(12), organisation, Set.of()).groups()).isEmpty();
        assertThat(GroupedGraph.fold(organisationWith(40), organisation, Set.of(organisation)).groups()).isEmpty();
        GraphView view = organisationWith(13);
        UUID start = view.nodes().get(3).id();
        GroupedGraph g = GroupedGraph.fold(view, start, Set.of());
        assertThat(g.groups()).isEmpty();
        assertThat(g.view()).isEqualTo(view);
    }
}
