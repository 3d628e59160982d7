package org.sabueso.network.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.network.Chart;
import org.sabueso.network.GraphFilter;
import org.sabueso.network.NetworkEvents;
import org.sabueso.network.NetworkGraph;
import org.sabueso.network.NetworkRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Charts a staff member saves for themselves: nodes and filters, redrawn with what they may see then. */
@Service
class ChartService {

    /** The most nodes a chart keeps: what cytoscape.js still draws smoothly in the console. */
    static final int MAX_CHART_NODES = 2000;

    private final ChartRepository charts;
    private final NetworkGraph graph;
    private final ApplicationEventPublisher events;

    ChartService(ChartRepository charts, NetworkGraph graph, ApplicationEventPublisher events) {
        this.charts = charts;
        this.graph = graph;
        this.events = events;
    }

    @Transactional
    public UUID saveChart(Viewer viewer, String name, List<UUID> nodeIds, GraphFilter filter) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        Texts.check(errors, "name", name, NetworkRules.MAX_NAME, true);
        if (nodeIds == null || nodeIds.isEmpty()) {
            errors.put("nodes", Refusal.of(NetworkRefusal.CHART_NODES_REQUIRED));
        } else if (nodeIds.size() > MAX_CHART_NODES) {
            errors.put("nodes", Refusal.of(NetworkRefusal.CHART_TOO_MANY_NODES, MAX_CHART_NODES));
        }
        Texts.refuseAny(errors);
        // only what the owner may see now is kept
        List<UUID> kept = nodeIds.stream().distinct().filter(n -> graph.visible(viewer, n)).toList();
        if (kept.isEmpty()) {
            throw new DomainException.InvalidInput("nodes", NetworkRefusal.CHART_NONE_VISIBLE);
        }
        UUID id = UUID.randomUUID();
        charts.insertChart(id, viewer, name.strip(), kept, filter);
        events.publishEvent(new NetworkEvents.ChartSaved(id, kept.size(), viewer.username(), viewer.agencyId()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Chart> charts(Viewer viewer) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        return charts.charts(viewer.username());
    }

    @Transactional(readOnly = true)
    public Optional<Chart> chart(Viewer viewer, UUID id) {
        NetworkRules.onlyStaffMayReadTheNetwork(viewer);
        return charts.chart(viewer.username(), id);
    }
}
