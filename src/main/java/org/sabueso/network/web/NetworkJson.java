package org.sabueso.network.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sabueso.network.Designation;
import org.sabueso.network.GraphView;
import org.sabueso.network.GroupedGraph;
import org.sabueso.network.LinkView;
import org.sabueso.network.OrganisationDetail;
import org.sabueso.network.OrganisationSummary;
import org.sabueso.network.TimelineEntry;
import org.sabueso.shared.CountryCode;

/** The JSON shapes of the network API. */
final class NetworkJson {

    private NetworkJson() {
    }

    /** {@code {"nodes":[{"id","type","label"}],"edges":[{"from","to","type"}]}}, as the graph endpoints answer. */
    record Graph(List<Node> nodes, List<Edge> edges) {
        static Graph of(GraphView v) {
            return new Graph(v.nodes().stream().map(n -> new Node(n.id(), n.type().name(), n.label())).toList(),
                    v.edges().stream().map(e -> new Edge(e.from(), e.to(), e.type().name())).toList());
        }
    }

    /** A neighbourhood: the graph, whether it stopped at its limit, and the folded groups when asked for. */
    record Neighbourhood(List<Node> nodes, List<Edge> edges, boolean truncated, int limit, String more,
                         List<Group> groups, List<GroupLink> groupLinks) {
        static Neighbourhood of(GroupedGraph g, int limit, String more) {
            Graph graph = Graph.of(g.view());
            return new Neighbourhood(graph.nodes(), graph.edges(), g.view().truncated(), limit, more,
                    g.groups().stream().map(x -> new Group(x.id(), x.organisation(), x.label(), x.members().size(),
                            x.members())).toList(),
                    g.links().stream().map(l -> new GroupLink(l.fromGroup() ? l.group() : l.node().toString(),
                            l.fromGroup() ? l.node().toString() : l.group(), l.type().name(), l.count())).toList());
        }
    }

    record Group(String id, UUID organisation, String label, int size, List<UUID> members) {
    }

    record GroupLink(String from, String to, String type, int count) {
    }

    record Node(UUID id, String type, String label) {
        static Node of(GraphView.Node n) {
            return new Node(n.id(), n.type().name(), n.label());
        }
    }

    record Edge(UUID from, UUID to, String type) {
    }

    record Organisation(UUID id, String name, List<String> aliases, String kind, String founded, List<String> countries,
                        List<String> activities, String summary) {
        static Organisation of(OrganisationSummary o) {
            return new Organisation(o.id(), o.name(), o.aliases(), o.kind().name(),
                    o.founded() == null ? null : o.founded().toString(),
                    o.countries().stream().map(CountryCode::value).sorted().toList(), o.activities(), o.summary());
        }
    }

    record OrganisationPage(List<Organisation> items, long total, int page, int size) {
    }

    record Member(UUID personId, String name, String role, String since, String until, String confidence, UUID linkId) {
    }

    record PlaceLink(UUID placeId, String name, String type, String kind, UUID linkId) {
    }

    record DesignationJson(String authority, String program, LocalDate designatedOn, String source) {
        static DesignationJson of(Designation d) {
            return new DesignationJson(d.authority(), d.program(), d.designatedOn(), d.source());
        }
    }

    record Event(UUID id, String occurred, String kind, String title, String description, String source,
                 String origin, List<Node> subjects) {
        static Event of(TimelineEntry e) {
            return new Event(e.id(), e.occurred().toString(), e.kind().name(), e.title(), e.description(), e.source(),
                    e.origin(), e.subjects().stream().map(s -> new Node(s.node().id(), s.node().type().name(),
                            s.label())).toList());
        }
    }

    record KeyPlayer(UUID id, String label, double betweenness, double pageRank) {
    }

    record OrganisationDetailJson(Organisation organisation, List<Member> members, List<PlaceLink> places,
                                  List<DesignationJson> designations, List<Event> timeline, List<KeyPlayer> keyPlayers,
                                  List<List<Node>> communities) {
        static OrganisationDetailJson of(OrganisationDetail d) {
            return new OrganisationDetailJson(Organisation.of(d.organisation()),
                    d.members().stream().map(m -> new Member(m.link().from().id(), m.link().fromLabel(), m.role(),
                            text(m.link().started()), text(m.link().ended()), m.link().confidence().name(),
                            m.link().id())).toList(),
                    d.places().stream().map(p -> new PlaceLink(p.to().id(), p.toLabel(), p.type().name(),
                            p.to().type().name(), p.id())).toList(),
                    d.designations().stream().map(DesignationJson::of).toList(),
                    d.timeline().stream().map(Event::of).toList(),
                    d.keyPlayers().stream().map(k -> new KeyPlayer(k.node().id(), k.node().label(), k.betweenness(),
                            k.pageRank())).toList(),
                    d.communities().stream().map(c -> c.stream().map(Node::of).toList()).toList());
        }
    }

    record Link(UUID id, String type, Node from, Node to, String role, String started, String ended, String source,
                String confidence, String issuingAgency, String sharingScope) {
        static Link of(LinkView l) {
            return new Link(l.id(), l.type().name(), new Node(l.from().id(), l.from().type().name(), l.fromLabel()),
                    new Node(l.to().id(), l.to().type().name(), l.toLabel()), l.role(), text(l.started()),
                    text(l.ended()), l.source(), l.confidence().name(), l.issuingAgencyId(), l.sharingScope().name());
        }
    }

    record Created(UUID id) {
    }

    record Suggestion(Node node, int sharedLinks) {
    }

    record ChartJson(UUID id, String name, List<UUID> nodes, List<String> types, LocalDate since, LocalDate until) {
    }

    // inputs

    record OrganisationInput(String name, List<String> aliases, String kind, String founded, List<String> countries,
                             List<String> activities, String summary) {
    }

    record DesignationInput(String authority, String program, String designatedOn, String source) {
    }

    record PlaceInput(String name, String kind, String country, String locality, String address) {
    }

    record End(String type, UUID id) {
    }

    record LinkInput(String type, End from, End to, String role, String started, String ended, String source,
                     String confidence, String scope, List<String> partners) {
    }

    record EventInput(String occurred, String kind, String title, String description, String source, List<End> subjects,
                      String scope, List<String> partners) {
    }

    record ChartInput(String name, List<UUID> nodes, List<String> types, String since, String until) {
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
