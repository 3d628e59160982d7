package org.sabueso.network.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.shared.Page;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Chart;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.GraphView;
import org.sabueso.network.GroupedGraph;
import org.sabueso.network.LinkType;
import org.sabueso.network.Network;
import org.sabueso.network.NetworkGraph;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.network.NodeRef;
import org.sabueso.network.NodeType;
import org.sabueso.network.OrganisationDetail;
import org.sabueso.network.TimelineEntry;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.sabueso.web.RequestValues;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's network pages: organisations, the organisation page, the graph explorer (a table
 * of nodes and links that works without JavaScript; cytoscape.js draws it when scripts run),
 * shortest paths, timelines and saved charts. The JSON the script reads comes from here too, with
 * the session of the page, and is filtered by the same sharing policy as the API.
 */
@Controller
@RequestMapping("/console/network")
class NetworkPages {

    static final String ORGANISATIONS = "network/organisations";
    static final String ORGANISATION = "network/organisation";
    static final String GRAPH = "network/graph";
    static final String PATH = "network/path";
    static final String TIMELINE = "network/timeline";
    static final String CHARTS = "network/charts";

    private final Network network;
    private final NetworkGraph graph;
    private final MessageSource messages;

    NetworkPages(Network network, NetworkGraph graph, MessageSource messages) {
        this.network = network;
        this.graph = graph;
        this.messages = messages;
    }

    @GetMapping
    String organisations(Viewer viewer, @RequestParam(required = false) String q,
                         @RequestParam(required = false) String page, Model model) {
        model.addAttribute("q", q);
        try {
            model.addAttribute("page", Page.within(RequestValues.pageFromZero(page),
                    n -> network.searchOrganisations(viewer, q, n, 25)));
        } catch (DomainException.InvalidInput e) {
            model.addAttribute("problem", e.refusal());
            model.addAttribute("page", network.searchOrganisations(viewer, null, 0, 25));
        }
        return ORGANISATIONS;
    }

    /** Members of one role, for the page's table. */
    record RoleGroup(String role, List<OrganisationDetail.Member> members) {
    }

    @GetMapping("/organisations/{id}")
    String organisation(Viewer viewer, @PathVariable String id, Model model) {
        OrganisationDetail d = network.organisation(viewer, id(id), "web").orElseThrow(NetworkPages::notFound);
        Map<String, List<OrganisationDetail.Member>> byRole = new LinkedHashMap<>();
        for (String role : List.of("LEADER", "LIEUTENANT", "FINANCIER", "MEMBER")) {
            byRole.put(role, new ArrayList<>());
        }
        d.members().forEach(m -> byRole.computeIfAbsent(m.role(), k -> new ArrayList<>()).add(m));
        model.addAttribute("detail", d);
        model.addAttribute("o", d.organisation());
        model.addAttribute("roles", byRole.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new RoleGroup(e.getKey(), e.getValue())).toList());
        return ORGANISATION;
    }

    @GetMapping("/graph")
    String graphPage(Viewer viewer, @RequestParam(required = false) String node,
                     @RequestParam(defaultValue = "2") int depth,
                     @RequestParam(required = false) List<String> types,
                     @RequestParam(required = false) String since,
                     @RequestParam(required = false) String until,
                     @RequestParam(required = false) String q,
                     @RequestParam(required = false) Integer limit,
                     @RequestParam(required = false) List<String> open,
                     HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("linkTypes", LinkType.values());
        model.addAttribute("nodeTypes", NodeType.values());
        model.addAttribute("q", q);
        model.addAttribute("depth", Math.max(1, Math.min(depth, NetworkGraph.MAX_DEPTH)));
        model.addAttribute("since", since);
        model.addAttribute("until", until);
        model.addAttribute("types", types == null ? List.of() : Inputs.linkTypes(types).stream().map(Enum::name).toList());
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("found", network.findNodes(viewer, q, 20));
            } catch (DomainException.InvalidInput e) {
                model.addAttribute("problem", e.refusal());
            }
        }
        if (node == null || node.isBlank()) {
            return GRAPH;
        }
        UUID start = id(node);
        GraphFilter filter;
        GraphView view;
        int bound = ShowMore.limit(limit);
        List<UUID> opened;
        try {
            filter = Inputs.filter(types, since, until);
            opened = open == null ? List.of() : Inputs.ids(open, "open");
            view = graph.neighbourhood(viewer, start, Math.max(1, Math.min(depth, NetworkGraph.MAX_DEPTH)), filter, bound);
        } catch (DomainException.NotFound e) {
            throw notFound();
        } catch (DomainException.InvalidInput e) {
            model.addAttribute("problem", e.refusal());
            return GRAPH;
        }
        GroupedGraph grouped = GroupedGraph.fold(view, start, opened);
        addView(model, grouped.view(), start);
        // a path may start or end at a folded member too: the choice lists everyone in the answer
        model.addAttribute("people", people(view));
        model.addAttribute("limit", bound);
        model.addAttribute("open", opened.stream().map(UUID::toString).collect(Collectors.joining(",")));
        model.addAttribute("more", ShowMore.link(request, bound, view.truncated()));
        model.addAttribute("moreCount", ShowMore.next(bound, view.truncated()));
        model.addAttribute("groups", GroupRows.of(grouped, new LinkWords(messages, locale), request));
        model.addAttribute("suggestions", graph.suggestions(viewer, view.nodes().stream().map(GraphView.Node::id).toList(),
                filter, 8));
        return GRAPH;
    }

    /** Nodes and links of a view as the page's tables and the script's data need them. */
    private static void addView(Model model, GraphView view, UUID start) {
        Map<UUID, String> labels = view.nodes().stream()
                .collect(Collectors.toMap(GraphView.Node::id, n -> n.label() == null ? "" : n.label(), (a, b) -> a));
        model.addAttribute("start", start);
        model.addAttribute("view", view);
        model.addAttribute("labels", labels);
        model.addAttribute("nodeIds", view.nodes().stream().map(n -> n.id().toString()).collect(Collectors.joining(",")));
        model.addAttribute("people", people(view));
    }

    /** The persons of a view by name, for the path form's choices. */
    private static List<GraphView.Node> people(GraphView view) {
        return view.nodes().stream().filter(n -> n.type() == NodeType.PERSON)
                .sorted(Comparator.comparing(GraphView.Node::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @GetMapping("/path")
    String path(Viewer viewer, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String back, Model model) {
        model.addAttribute("back", back == null ? null : id(back));
        model.addAttribute("linkTypes", LinkType.values());
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            model.addAttribute("problem", Refusal.of(NetworkRefusal.PATH_ENDS_REQUIRED));
            return PATH;
        }
        try {
            GraphView view = graph.path(viewer, id(from), id(to), GraphFilter.ALL);
            addView(model, view, id(from));
            model.addAttribute("from", id(from));
            model.addAttribute("to", id(to));
        } catch (DomainException.InvalidInput e) {
            model.addAttribute("problem", e.refusal());
        }
        return PATH;
    }

    @GetMapping("/timeline")
    String timeline(Viewer viewer, @RequestParam String node, Model model) {
        UUID id = id(node);
        List<TimelineEntry> entries;
        String title;
        var organisation = network.organisation(viewer, id, "timeline");
        if (organisation.isPresent()) {
            entries = organisation.get().timeline();
            title = organisation.get().organisation().name();
        } else {
            if (!graph.visible(viewer, id)) {
                throw notFound();
            }
            entries = network.timeline(viewer, List.of(NodeRef.person(id)));
            title = network.linksOf(viewer, NodeRef.person(id)).stream().findFirst()
                    .map(l -> l.from().id().equals(id) ? l.fromLabel() : l.toLabel())
                    .orElseGet(() -> network.place(viewer, id).map(p -> p.name()).orElse(""));
        }
        model.addAttribute("node", id);
        // not "title": the layout's fragment takes the page's <title> under that name, and the
        // heading then printed the template's own source
        model.addAttribute("subject", title);
        model.addAttribute("entries", entries);
        model.addAttribute("years", entries.stream().collect(Collectors.groupingBy(e -> e.day().getYear(),
                java.util.TreeMap::new, Collectors.toList())));
        return TIMELINE;
    }

    // ---------------------------------------------------------------- charts

    @PostMapping("/charts")
    String saveChart(Viewer viewer, @RequestParam(required = false) String name,
                     @RequestParam(required = false) String nodes,
                     @RequestParam(required = false) List<String> types,
                     @RequestParam(required = false) String since,
                     @RequestParam(required = false) String until,
                     @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            UUID id = network.saveChart(viewer, name, Inputs.ids(nodes == null ? List.of() : List.of(nodes), "nodes"),
                    Inputs.filter(types, since, until));
            redirect.addFlashAttribute("done", "network.chart.saved");
            return "redirect:/console/network/charts/" + id;
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.refusal());
            return back == null ? "redirect:/console/network/charts" : "redirect:/console/network/graph?node=" + id(back);
        }
    }

    @GetMapping("/charts")
    String charts(Viewer viewer, Model model) {
        model.addAttribute("charts", network.charts(viewer));
        return CHARTS;
    }

    @GetMapping("/charts/{id}")
    String chart(Viewer viewer, @PathVariable String id, Model model) {
        Chart c = network.chart(viewer, id(id)).orElseThrow(NetworkPages::notFound);
        GraphFilter filter = new GraphFilter(c.linkTypes(), c.since(), c.until());
        GraphView view = graph.among(viewer, c.nodeIds(), filter);
        model.addAttribute("chart", c);
        model.addAttribute("linkTypes", LinkType.values());
        model.addAttribute("nodeTypes", NodeType.values());
        model.addAttribute("depth", 1);
        model.addAttribute("types", c.linkTypes().stream().map(Enum::name).toList());
        addView(model, view, view.nodes().isEmpty() ? null : view.nodes().getFirst().id());
        model.addAttribute("suggestions", graph.suggestions(viewer, c.nodeIds(), filter, 8));
        return GRAPH;
    }

    @GetMapping("/charts/{id}/graphml")
    void chartGraphMl(Viewer viewer, @PathVariable String id, HttpServletResponse response) throws IOException {
        Chart c = network.chart(viewer, id(id)).orElseThrow(NetworkPages::notFound);
        graphMl(viewer, c.nodeIds(), new GraphFilter(c.linkTypes(), c.since(), c.until()), response);
    }

    @GetMapping("/graph.graphml")
    void graphMl(Viewer viewer, @RequestParam String nodes, @RequestParam(required = false) List<String> types,
                 HttpServletResponse response) throws IOException {
        graphMl(viewer, Inputs.ids(List.of(nodes), "nodes"), Inputs.filter(types, null, null), response);
    }

    private void graphMl(Viewer viewer, List<UUID> ids, GraphFilter filter, HttpServletResponse response)
            throws IOException {
        response.setContentType(GraphApiController.GRAPHML);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sabueso-chart.graphml\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        graph.writeGraphMl(viewer, ids, filter, out);
        out.flush();
    }

    // ---------------------------------------------------------------- data for the script

    /**
     * A neighbourhood as the script draws it: large organisations' rank and file folded (except
     * those in {@code open}), words in the reader's language, and the address of "show more".
     */
    @GetMapping(value = "/graph.json", produces = "application/json")
    @ResponseBody
    Drawing graphJson(Viewer viewer, @RequestParam String node, @RequestParam(defaultValue = "1") int depth,
                      @RequestParam(required = false) List<String> types,
                      @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                      @RequestParam(required = false) Integer limit, @RequestParam(required = false) List<String> open,
                      HttpServletRequest request, Locale locale) {
        int bound = ShowMore.limit(limit);
        UUID start = id(node);
        try {
            GraphView view = graph.neighbourhood(viewer, start, depth, Inputs.filter(types, since, until), bound);
            GroupedGraph grouped = GroupedGraph.fold(view, start, open == null ? List.of() : Inputs.ids(open, "open"));
            return Drawing.of(grouped, new LinkWords(messages, locale), bound,
                    ShowMore.link(request, bound, view.truncated()));
        } catch (DomainException.NotFound e) {
            throw notFound();
        }
    }

    @GetMapping(value = "/among.json", produces = "application/json")
    @ResponseBody
    Drawing amongJson(Viewer viewer, @RequestParam String nodes, @RequestParam(required = false) List<String> types,
                      @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                      Locale locale) {
        GraphView view = graph.among(viewer, Inputs.ids(List.of(nodes), "nodes"), Inputs.filter(types, since, until));
        return Drawing.of(GroupedGraph.unfolded(view), new LinkWords(messages, locale), view.nodes().size(), null);
    }

    @GetMapping(value = "/suggestions.json", produces = "application/json")
    @ResponseBody
    List<org.sabueso.network.Suggestion> suggestionsJson(Viewer viewer, @RequestParam String nodes,
                                                        @RequestParam(required = false) List<String> types) {
        return graph.suggestions(viewer, Inputs.ids(List.of(nodes), "nodes"), Inputs.filter(types, null, null), 8);
    }

    /** An id the page's address names: anything else names no page (404), as an unknown id does. */
    private static UUID id(String raw) {
        return RequestValues.pathId(raw == null ? null : raw.strip());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
