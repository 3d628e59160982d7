package org.sabueso.custody.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.FacilityRow;
import org.sabueso.custody.CustodyViews.SeriesPoint;
import org.sabueso.custody.Oversight;
import org.sabueso.web.RequestValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The custody console's country dashboard (sortable without JavaScript, by query parameter), a
 * facility's page with its oversight indicators, and the history its charts read.
 */
@Controller
@RequestMapping("/console/custody")
class FacilityPages {

    static final String DASHBOARD = "custody/dashboard";

    /** Columns the dashboard sorts by. */
    enum Sort { RISK, NAME, REGION, CAPACITY, POPULATION, OCCUPANCY, STATUS }

    private final Custody custody;
    private final FacilityPage page;
    private final Agencies agencies;
    private final Clock clock;

    FacilityPages(Custody custody, FacilityPage page, Agencies agencies, Clock clock) {
        this.custody = custody;
        this.page = page;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** A dashboard row: the facility, its figures, how many red flags and the worst level. */
    record Row(FacilityRow row, long redFlags, Oversight.Level worst) {
    }

    @GetMapping
    String dashboard(Viewer viewer, @RequestParam(required = false) String country, @RequestParam(required = false) String at,
                     @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        ConsoleForms.staffOnly(viewer);
        String cc = country == null ? viewer.country() : country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (cc != null && !cc.matches("[A-Z]{2}")) {
            cc = viewer.country();
        }
        LocalDate day = ConsoleForms.viewedDay(clock, at);
        Sort by = RequestValues.choiceOr(Sort.class, sort, Sort.RISK);
        boolean descending = dir == null ? by == Sort.RISK || by == Sort.OCCUPANCY || by == Sort.POPULATION : "desc".equalsIgnoreCase(dir);
        Comparator<Row> order = order(by);
        if (descending) {
            order = order.reversed();
        }
        List<Row> rows = custody.facilities(viewer, cc, day).stream()
                .map(r -> new Row(r, r.report().redFlags().size(), r.report().worst())).sorted(order).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("country", cc);
        model.addAttribute("countries", agencies.all().stream().map(a -> a.country().value()).distinct().sorted().toList());
        model.addAttribute("at", day);
        model.addAttribute("atParam", at == null || day.equals(LocalDate.now(clock)) ? null : day.toString());
        model.addAttribute("sort", by.name().toLowerCase(Locale.ROOT));
        model.addAttribute("descending", descending);
        model.addAttribute("atRisk", rows.stream().filter(r -> r.row().report().atRiskOfSelfRule()).count());
        model.addAttribute("mayImport", viewer.has(Role.SUPERVISOR) && viewer.agencyId() != null);
        return DASHBOARD;
    }

    private static Comparator<Row> order(Sort by) {
        return switch (by) {
            case RISK -> Comparator.<Row>comparingLong(r -> r.redFlags()).thenComparing(r -> r.worst())
                    .thenComparing(r -> r.row().occupancyPercent() == null ? -1 : r.row().occupancyPercent());
            case NAME -> Comparator.comparing(r -> r.row().facility().name(), String.CASE_INSENSITIVE_ORDER);
            case REGION -> Comparator.comparing(r -> r.row().facility().region() == null ? "" : r.row().facility().region(),
                    String.CASE_INSENSITIVE_ORDER);
            case CAPACITY -> Comparator.comparingInt(r -> r.row().facility().designCapacity());
            case POPULATION -> Comparator.comparingInt(r -> r.row().population() == null ? -1 : r.row().population());
            case OCCUPANCY -> Comparator.comparingInt(r -> r.row().occupancyPercent() == null ? -1 : r.row().occupancyPercent());
            case STATUS -> Comparator.comparing(r -> r.row().facility().status());
        };
    }

    @GetMapping("/facilities/{id}")
    String facility(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String at, Model model) {
        ConsoleForms.staffOnly(viewer);
        Facility f = custody.facility(viewer, RequestValues.pathId(id)).orElseThrow(ConsoleForms::notFound);
        return page.render(viewer, f, ConsoleForms.viewedDay(clock, at), Map.of(), null, model);
    }

    /** The facility's history for its charts, read by static/js/custody-charts.js. */
    @GetMapping(value = "/facilities/{id}/series.json", produces = "application/json")
    @ResponseBody
    Map<String, Object> series(Viewer viewer, @PathVariable String id) {
        ConsoleForms.staffOnly(viewer);
        List<SeriesPoint> points = custody.series(viewer, RequestValues.pathId(id));
        return Map.of("labels", points.stream().map(p -> p.on().toString()).toList(),
                "occupancy", points.stream().map(SeriesPoint::occupancyPercent).toList(),
                "prisonersPerOfficer", points.stream().map(SeriesPoint::prisonersPerOfficer).toList(),
                "incidents", points.stream().map(SeriesPoint::incidents).toList());
    }
}
