package org.sabueso.custody.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyTypes;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.SeriesPoint;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.custody.Oversight;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A facility's page: its oversight indicators and charts, units, roll calls, incidents,
 * operations, prisoners (for those who may read their files), and the incident and escape forms,
 * shown again with their refusals when a form is refused.
 */
@Component
class FacilityPage {

    static final String VIEW = "custody/facility";

    /** A unit not counted for this long missed its count: two counts a day. */
    static final Duration COUNT_DUE_EVERY = Duration.ofHours(12);

    private final Custody custody;
    private final Agencies agencies;
    private final Clock clock;

    FacilityPage(Custody custody, Agencies agencies, Clock clock) {
        this.custody = custody;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** {@code form} names the form whose {@code errors} are shown (incident, escape), or null. */
    String render(Viewer viewer, Facility f, LocalDate at, Map<String, ?> errors, String form, Model model) {
        boolean mayReadFiles = custody.mayReadPrisonerFiles(viewer, f);
        Oversight.Report report = custody.indicators(viewer, f.id(), at);
        List<Unit> units = custody.units(viewer, f.id());
        List<SeriesPoint> series = custody.series(viewer, f.id());
        model.addAttribute("f", f);
        model.addAttribute("agency", agencies.find(f.agencyId()).map(AgencyView::name).orElse(f.agencyId()));
        model.addAttribute("at", at);
        model.addAttribute("report", report);
        // the files in custody are known today only: set against today's figure, whatever day the page reads
        model.addAttribute("headcount", custody.headcount(viewer, f.id()));
        model.addAttribute("units", units);
        model.addAttribute("countedUnits", units.stream().filter(u -> units.stream().noneMatch(c -> u.id().equals(c.parentId()))).toList());
        model.addAttribute("unitPaths", unitPaths(units));
        model.addAttribute("series", series);
        model.addAttribute("latest", series.stream().filter(p -> !p.on().isAfter(at)).reduce((a, b) -> b).orElse(null));
        model.addAttribute("rollCalls", custody.rollCalls(viewer, f.id(), 20));
        model.addAttribute("incidents", custody.incidents(viewer, f.id(), 30));
        model.addAttribute("operations", custody.operations(viewer, f.id()));
        model.addAttribute("prisoners", mayReadFiles ? units.stream().flatMap(u -> custody.inUnit(viewer, u.id()).stream()).toList() : List.of());
        model.addAttribute("mayRecord", custody.mayRecord(viewer, f));
        model.addAttribute("mayReadFiles", mayReadFiles);
        model.addAttribute("now", clock.instant());
        model.addAttribute("countDueAfter", clock.instant().minus(COUNT_DUE_EVERY));
        model.addAttribute("incidentTypes", Arrays.stream(CustodyTypes.IncidentType.values())
                .filter(t -> t != CustodyTypes.IncidentType.ESCAPE).toList());
        model.addAttribute("severities", CustodyTypes.Severity.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return VIEW;
    }

    /** Each unit named with the units it sits in: "Pabellón 2 › Celda 7" (ten levels at most, against a loop). */
    static Map<UUID, String> unitPaths(List<Unit> units) {
        Map<UUID, Unit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<UUID, String> paths = new LinkedHashMap<>();
        for (Unit u : units) {
            StringBuilder path = new StringBuilder(u.name());
            Unit at = u;
            for (int depth = 0; at.parentId() != null && byId.containsKey(at.parentId()) && depth < 10; depth++) {
                at = byId.get(at.parentId());
                path.insert(0, at.name() + " › ");
            }
            paths.put(u.id(), path.toString());
        }
        return paths;
    }
}
