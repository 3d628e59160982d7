package org.sabueso.network.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Viewer;
import org.sabueso.network.Chart;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.GraphView;
import org.sabueso.network.GroupedGraph;
import org.sabueso.network.Network;
import org.sabueso.network.NetworkGraph;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Graph", description = "Link analysis over the links the caller may see: neighbourhood, shortest path, "
        + "suggestions, charts and GraphML export")
class GraphApiController {

    static final String GRAPHML = "application/graphml+xml";
    /** Suggestions one request asks for: a list to read, not the graph. */
    private static final int MAX_SUGGESTIONS = 100;

    private final NetworkGraph graph;
    private final Network network;

    GraphApiController(NetworkGraph graph, Network network) {
        this.graph = graph;
        this.network = network;
    }

    @GetMapping("/graph/neighbourhood")
    @Operation(summary = "Nodes within depth links of a person (or any node), following only links you may see", description = """
            Answers `{"nodes":[{"id","type","label"}],"edges":[{"from","to","type"}],"truncated","limit","more",\
            "groups","groupLinks"}`; `type` of a node is PERSON, ORGANIZATION, PLACE or FACILITY. A person reached \
            through no link you may see is not found (404). `types` (comma-separated link types) and \
            `since`/`until` (YYYY-MM-DD: links in force at some time in between) filter the links followed. \
            The walk is breadth-first and stops at `limit` nodes (default 150, a chart an analyst can read; at \
            most 2,000): then `truncated` is true and `more` is this request with a limit 150 larger, whose \
            answer holds the same nodes first, then the next ones. With `group=true`, an organisation with more \
            than 12 rank-and-file members (not LEADER, LIEUTENANT or FINANCIER) in the answer has them folded \
            into one group `{"id","organisation","label","size","members"}`; their links to drawn nodes become \
            `groupLinks` `{"from","to","type","count"}` (one end the group's id); `open` (organisation ids) \
            keeps those organisations unfolded.""")
    NetworkJson.Neighbourhood neighbourhood(Viewer viewer, @RequestParam UUID personId,
                                            @RequestParam(defaultValue = "2") int depth,
                                            @Parameter(description = "link types, comma-separated; default all")
                                            @RequestParam(required = false) List<String> types,
                                            @RequestParam(required = false) String since,
                                            @RequestParam(required = false) String until,
                                            @Parameter(description = "most nodes in the answer, 1 to 2000; default 150")
                                            @RequestParam(required = false) Integer limit,
                                            @Parameter(description = "fold large organisations' rank and file")
                                            @RequestParam(defaultValue = "false") boolean group,
                                            @Parameter(description = "organisations kept unfolded, comma-separated ids")
                                            @RequestParam(required = false) List<String> open,
                                            HttpServletRequest request) {
        int bound = ShowMore.limit(limit);
        GraphView view = graph.neighbourhood(viewer, personId, depth, Inputs.filter(types, since, until), bound);
        GroupedGraph grouped = group
                ? GroupedGraph.fold(view, personId, open == null ? List.of() : Inputs.ids(open, "open"))
                : GroupedGraph.unfolded(view);
        return NetworkJson.Neighbourhood.of(grouped, bound, ShowMore.link(request, bound, view.truncated()));
    }

    @GetMapping("/graph/path")
    @Operation(summary = "A shortest chain of links you may see between two persons (or any two nodes)", description = """
            Same shape as the neighbourhood: the nodes of the chain in order and the links between them; both \
            empty when no chain of at most 8 visible links joins them.""")
    NetworkJson.Graph path(Viewer viewer, @RequestParam UUID from, @RequestParam UUID to,
                           @RequestParam(required = false) List<String> types,
                           @RequestParam(required = false) String since,
                           @RequestParam(required = false) String until) {
        return NetworkJson.Graph.of(graph.path(viewer, from, to, Inputs.filter(types, since, until)));
    }

    @GetMapping("/graph/suggestions")
    @Operation(summary = "Entities related to a chart: nodes not on it, most linked to it first")
    List<NetworkJson.Suggestion> suggestions(Viewer viewer, @RequestParam List<String> nodes,
                                             @RequestParam(required = false) List<String> types,
                                             @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new DomainException.InvalidInput("limit", NetworkRefusal.LIMIT_RANGE, MAX_SUGGESTIONS);
        }
        return graph.suggestions(viewer, Inputs.ids(nodes, "nodes"), Inputs.filter(types, null, null), limit).stream()
                .map(s -> new NetworkJson.Suggestion(NetworkJson.Node.of(s.node()), s.sharedLinks())).toList();
    }

    @GetMapping(value = "/graph/graphml", produces = GRAPHML)
    @Operation(summary = "The links you may see among the given nodes, as GraphML")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = GRAPHML))
    void graphMl(Viewer viewer, @RequestParam List<String> nodes, @RequestParam(required = false) List<String> types,
                 @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                 HttpServletResponse response) throws IOException {
        List<UUID> ids = Inputs.ids(nodes, "nodes");
        GraphFilter filter = Inputs.filter(types, since, until);
        writeGraphMl(viewer, ids, filter, "sabueso-chart.graphml", response);
    }

    @PostMapping("/charts")
    @Operation(summary = "Save a chart (its nodes and filters) as yours")
    ResponseEntity<NetworkJson.Created> saveChart(Viewer viewer, @RequestBody NetworkJson.ChartInput input) {
        if (input == null) {
            throw new DomainException.InvalidInput("name", NetworkRefusal.REQUIRED, "name");
        }
        UUID id = network.saveChart(viewer, input.name(), input.nodes(),
                Inputs.filter(input.types(), input.since(), input.until()));
        return ResponseEntity.created(URI.create("/api/v1/charts/" + id)).body(new NetworkJson.Created(id));
    }

    @GetMapping("/charts")
    @Operation(summary = "Your saved charts, newest first")
    List<NetworkJson.ChartJson> charts(Viewer viewer) {
        return network.charts(viewer).stream().map(GraphApiController::json).toList();
    }

    @GetMapping(value = "/charts/{id}/graphml", produces = GRAPHML)
    @Operation(summary = "A saved chart as GraphML, with only the links you may see today")
    void chartGraphMl(Viewer viewer, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        Chart c = network.chart(viewer, id).orElseThrow(() -> new DomainException.NotFound(NetworkRefusal.NO_CHART, id));
        writeGraphMl(viewer, c.nodeIds(), new GraphFilter(c.linkTypes(), c.since(), c.until()), "sabueso-chart.graphml",
                response);
    }

    private void writeGraphMl(Viewer viewer, List<UUID> ids, GraphFilter filter, String file,
                              HttpServletResponse response) throws IOException {
        if (ids.isEmpty()) {
            throw new DomainException.InvalidInput("nodes", NetworkRefusal.NODES_REQUIRED);
        }
        response.setContentType(GRAPHML);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        graph.writeGraphMl(viewer, ids, filter, out);
        out.flush();
    }

    static NetworkJson.ChartJson json(Chart c) {
        return new NetworkJson.ChartJson(c.id(), c.name(), c.nodeIds(),
                c.linkTypes().stream().map(Enum::name).sorted().toList(), c.since(), c.until());
    }
}
