package org.sabueso.custody.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyTypes;
import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.FacilityRow;
import org.sabueso.custody.CustodyViews.Incident;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.custody.CustodyViews.RollCall;
import org.sabueso.custody.CustodyViews.SeriesPoint;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.custody.Oversight;
import org.sabueso.notice.Notices;
import org.sabueso.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The custody console: the country dashboard (sortable without JavaScript, by query parameter),
 * a facility's page with its oversight indicators and charts, the roll call at a wing gate (made
 * for a tablet), incidents with their Rule 71 report and the notices of an escape, prisoner files,
 * and the CSV import.
 */
@Controller
@RequestMapping("/console/custody")
class CustodyPages {

    static final String DASHBOARD = "custody/dashboard";
    static final String FACILITY = "custody/facility";
    static final String ROLL_CALL = "custody/rollcall";
    static final String INCIDENT = "custody/incident";
    static final String PRISONER = "custody/prisoner";
    static final String IMPORT = "custody/import";

    /** Columns the dashboard sorts by. */
    enum Sort { RISK, NAME, REGION, CAPACITY, POPULATION, OCCUPANCY, STATUS }

    private final Custody custody;
    private final Notices notices;
    private final Agencies agencies;
    private final Clock clock;

    CustodyPages(Custody custody, Notices notices, Agencies agencies, Clock clock) {
        this.custody = custody;
        this.notices = notices;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** A dashboard row: the facility, its figures, and the links that sort by each column. */
    record Row(FacilityRow row, long redFlags, Oversight.Level worst) {
    }

    @GetMapping
    String dashboard(Viewer viewer, @RequestParam(required = false) String country, @RequestParam(required = false) String at,
                     @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        staffOnly(viewer);
        String cc = country == null ? viewer.country() : country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (cc != null && !cc.matches("[A-Z]{2}")) {
            cc = viewer.country();
        }
        LocalDate day = date(at);
        Sort by = choice(Sort.class, sort, Sort.RISK);
        boolean descending = dir == null ? by == Sort.RISK || by == Sort.OCCUPANCY || by == Sort.POPULATION : "desc".equalsIgnoreCase(dir);
        Comparator<Row> order = switch (by) {
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

    @GetMapping("/facilities/{id}")
    String facility(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String at, Model model) {
        staffOnly(viewer);
        Facility f = custody.facility(viewer, uuid(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return facilityPage(viewer, f, date(at), Map.of(), null, model);
    }

    private String facilityPage(Viewer viewer, Facility f, LocalDate at, Map<String, String> errors, String form, Model model) {
        boolean mayRecord = custody.mayRecord(viewer, f);
        boolean mayReadFiles = custody.mayReadPrisonerFiles(viewer, f);
        Oversight.Report report = custody.indicators(viewer, f.id(), at);
        List<Unit> units = custody.units(viewer, f.id());
        List<SeriesPoint> series = custody.series(viewer, f.id());
        model.addAttribute("f", f);
        model.addAttribute("agency", agencies.find(f.agencyId()).map(AgencyView::name).orElse(f.agencyId()));
        model.addAttribute("at", at);
        model.addAttribute("report", report);
        model.addAttribute("units", units);
        model.addAttribute("countedUnits", units.stream().filter(u -> units.stream().noneMatch(c -> u.id().equals(c.parentId()))).toList());
        model.addAttribute("unitPaths", unitPaths(units));
        model.addAttribute("series", series);
        model.addAttribute("latest", series.stream().filter(p -> !p.on().isAfter(at)).reduce((a, b) -> b).orElse(null));
        model.addAttribute("rollCalls", custody.rollCalls(viewer, f.id(), 20));
        model.addAttribute("incidents", custody.incidents(viewer, f.id(), 30));
        model.addAttribute("operations", custody.operations(viewer, f.id()));
        model.addAttribute("prisoners", mayReadFiles ? units.stream().flatMap(u -> custody.inUnit(viewer, u.id()).stream()).toList() : List.of());
        model.addAttribute("mayRecord", mayRecord);
        model.addAttribute("mayReadFiles", mayReadFiles);
        model.addAttribute("now", clock.instant());
        model.addAttribute("countDueAfter", clock.instant().minus(java.time.Duration.ofHours(12)));
        model.addAttribute("incidentTypes", java.util.Arrays.stream(CustodyTypes.IncidentType.values())
                .filter(t -> t != CustodyTypes.IncidentType.ESCAPE).toList());
        model.addAttribute("severities", CustodyTypes.Severity.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return FACILITY;
    }

    /** Each unit named with the units it sits in: "Pabellón 2 › Celda 7". */
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

    /** The facility's history for its charts, read by static/js/custody-charts.js. */
    @GetMapping(value = "/facilities/{id}/series.json", produces = "application/json")
    @ResponseBody
    Map<String, Object> series(Viewer viewer, @PathVariable String id) {
        staffOnly(viewer);
        List<SeriesPoint> points = custody.series(viewer, uuid(id));
        return Map.of("labels", points.stream().map(p -> p.on().toString()).toList(),
                "occupancy", points.stream().map(SeriesPoint::occupancyPercent).toList(),
                "prisonersPerOfficer", points.stream().map(SeriesPoint::prisonersPerOfficer).toList(),
                "incidents", points.stream().map(SeriesPoint::incidents).toList());
    }

    // roll calls

    @GetMapping("/units/{id}/roll-call")
    String rollCallForm(Viewer viewer, @PathVariable String id, Model model) {
        return rollCallPage(viewer, uuid(id), null, null, Set.of(), null, Map.of(), model);
    }

    private String rollCallPage(Viewer viewer, UUID unitId, RollCall last, String counted, Set<UUID> missing, String note,
                                Map<String, String> errors, Model model) {
        staffOnly(viewer);
        Unit unit = unitOf(viewer, unitId);
        Facility f = custody.facility(viewer, unit.facilityId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!custody.mayRecord(viewer, f)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<PrisonerFile> prisoners = custody.inUnit(viewer, unitId);
        model.addAttribute("f", f);
        model.addAttribute("unit", unit);
        model.addAttribute("prisoners", prisoners);
        model.addAttribute("counted", counted == null ? String.valueOf(prisoners.size()) : counted);
        model.addAttribute("missing", missing);
        model.addAttribute("note", note);
        model.addAttribute("last", last);
        model.addAttribute("errors", errors);
        return ROLL_CALL;
    }

    /** Refused before the form is checked, as the API refuses before the body is read. */
    private void requireRecorder(Viewer viewer, Facility f) {
        if (!custody.mayRecord(viewer, f)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private Unit unitOf(Viewer viewer, UUID unitId) {
        return custody.unit(viewer, unitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/units/{id}/roll-call")
    String rollCall(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String counted,
                    @RequestParam(required = false) List<String> absent, @RequestParam(required = false) String note,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UUID unitId = uuid(id);
        Set<UUID> missing = new LinkedHashSet<>();
        if (absent != null) {
            absent.forEach(a -> missing.add(uuid(a)));
        }
        Unit unit = unitOf(viewer, unitId);
        try {
            int n = parseCount(counted);
            RollCall r = custody.recordRollCall(viewer, unit.facilityId(), new CustodyInputs.RollCallEntry(unitId, n, missing, note));
            redirect.addFlashAttribute("done", r.discrepancy() ? "custody.flash.discrepancy" : "custody.flash.rollCall");
            redirect.addFlashAttribute("recorded", r.id());
            return "redirect:/console/custody/facilities/" + unit.facilityId() + "#roll-calls";
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return rollCallPage(viewer, unitId, null, counted, missing, note, e.texts(), model);
        } catch (DomainException.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static int parseCount(String counted) {
        try {
            return Integer.parseInt(counted == null ? "" : counted.strip());
        } catch (NumberFormatException e) {
            throw new DomainException.InvalidInput("counted", "must be between 0 and 100000");
        }
    }

    @PostMapping("/roll-calls/{id}/resolve")
    String resolve(Viewer viewer, @PathVariable String id, @RequestParam String facility,
                   @RequestParam(required = false) String explanation, RedirectAttributes redirect) {
        act(redirect, () -> custody.resolveDiscrepancy(viewer, uuid(id), explanation), "custody.flash.resolved");
        return "redirect:/console/custody/facilities/" + uuid(facility) + "#roll-calls";
    }

    /** Runs the deadline check now: shortfalls past their deadline become escape incidents. */
    @PostMapping("/escalations")
    String escalate(Viewer viewer, @RequestParam String facility, RedirectAttributes redirect) {
        UUID facilityId = uuid(facility);
        Facility f = custody.facility(viewer, facilityId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requireRecorder(viewer, f);
        List<UUID> opened = custody.escalateOverdueDiscrepancies(clock.instant());
        List<UUID> here = opened.stream().filter(i -> custody.incident(viewer, i).map(x -> x.facilityId().equals(facilityId)).orElse(false)).toList();
        redirect.addFlashAttribute("done", here.isEmpty() ? "custody.flash.noneOverdue" : "custody.flash.escapesOpened");
        redirect.addFlashAttribute("opened", here);
        return "redirect:/console/custody/facilities/" + facilityId + "#incidents";
    }

    // incidents and escapes

    @PostMapping("/facilities/{id}/incidents")
    String recordIncident(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String type,
                          @RequestParam(required = false) String severity, @RequestParam(required = false) String occurredAt,
                          @RequestParam(required = false) String unitId, @RequestParam(required = false) String description,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UUID facilityId = uuid(id);
        Facility f = custody.facility(viewer, facilityId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requireRecorder(viewer, f);
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            CustodyTypes.IncidentType t = field(errors, "type", () -> CustodyApiController.parse(CustodyTypes.IncidentType.class, type, "type"));
            CustodyTypes.Severity s = field(errors, "severity", () -> CustodyApiController.parse(CustodyTypes.Severity.class, severity, "severity"));
            Instant when = field(errors, "occurredAt", () -> moment(occurredAt));
            if (!errors.isEmpty()) {
                throw DomainException.InvalidInput.sentences(errors);
            }
            UUID incident = custody.recordIncident(viewer, facilityId, new CustodyInputs.NewIncident(
                    unitId == null || unitId.isBlank() ? null : uuid(unitId), t, s, when, description, List.of()));
            redirect.addFlashAttribute("done", "custody.flash.incident");
            return "redirect:/console/custody/incidents/" + incident;
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return facilityPage(viewer, f, LocalDate.now(clock), e.texts(), "incident", model);
        } catch (DomainException.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @PostMapping("/facilities/{id}/escapes")
    String reportEscape(Viewer viewer, @PathVariable String id, @RequestParam(required = false) List<String> escapee,
                        @RequestParam(required = false) String method, @RequestParam(required = false) String occurredAt,
                        @RequestParam(required = false) String description, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        UUID facilityId = uuid(id);
        Facility f = custody.facility(viewer, facilityId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requireRecorder(viewer, f);
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            Instant when = field(errors, "occurredAt", () -> moment(occurredAt));
            if (!errors.isEmpty()) {
                throw DomainException.InvalidInput.sentences(errors);
            }
            UUID incident = custody.reportEscape(viewer, facilityId, new CustodyInputs.EscapeReport(
                    escapee == null ? List.of() : escapee.stream().map(CustodyPages::uuid).toList(), method, when, description));
            redirect.addFlashAttribute("done", "custody.flash.escape");
            return "redirect:/console/custody/incidents/" + incident;
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return facilityPage(viewer, f, LocalDate.now(clock), e.texts(), "escape", model);
        } catch (DomainException.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @GetMapping("/incidents/{id}")
    String incident(Viewer viewer, @PathVariable String id, Model model) {
        staffOnly(viewer);
        Incident i = custody.incident(viewer, uuid(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Facility f = custody.facility(viewer, i.facilityId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("i", i);
        model.addAttribute("f", f);
        model.addAttribute("notices", notices.inCase(viewer, i.caseReference()));
        model.addAttribute("mayRecord", custody.mayRecord(viewer, f));
        model.addAttribute("overdue", i.rule71Overdue(clock.instant()));
        return INCIDENT;
    }

    @PostMapping("/incidents/{id}/status")
    String moveIncident(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String status,
                        RedirectAttributes redirect) {
        UUID incident = uuid(id);
        act(redirect, () -> custody.moveIncident(viewer, incident, CustodyApiController.parse(IncidentStatus.class, status, "status")),
                "custody.flash.incidentMoved");
        return "redirect:/console/custody/incidents/" + incident;
    }

    @PostMapping("/incidents/{id}/rule71")
    String rule71(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String report,
                  RedirectAttributes redirect) {
        UUID incident = uuid(id);
        act(redirect, () -> custody.fileRule71Report(viewer, incident, report), "custody.flash.rule71");
        return "redirect:/console/custody/incidents/" + incident;
    }

    // prisoner files

    @GetMapping("/prisoners/{id}")
    String prisoner(Viewer viewer, @PathVariable String id, Model model) {
        staffOnly(viewer);
        UUID fileId = uuid(id);
        PrisonerFile file = custody.prisonerFile(viewer, fileId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Facility f = custody.facility(viewer, file.facilityId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("p", file);
        model.addAttribute("f", f);
        model.addAttribute("history", custody.history(viewer, fileId));
        model.addAttribute("mayRecord", custody.mayRecord(viewer, f));
        model.addAttribute("kinds", List.of(CustodyTypes.EntryKind.CLASSIFICATION, CustodyTypes.EntryKind.COURT_DATE,
                CustodyTypes.EntryKind.UNIT_CHANGE, CustodyTypes.EntryKind.TRANSFER, CustodyTypes.EntryKind.RELEASE,
                CustodyTypes.EntryKind.RETURN, CustodyTypes.EntryKind.NOTE, CustodyTypes.EntryKind.DEATH));
        model.addAttribute("today", LocalDate.now(clock));
        return PRISONER;
    }

    @PostMapping("/prisoners/{id}/entries")
    String entry(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String onDate, @RequestParam(required = false) String detail,
                 RedirectAttributes redirect) {
        UUID fileId = uuid(id);
        act(redirect, () -> custody.addEntry(viewer, fileId, CustodyApiController.parse(CustodyTypes.EntryKind.class, kind, "kind"),
                parseDay(onDate), detail), "custody.flash.entry");
        return "redirect:/console/custody/prisoners/" + fileId;
    }

    // import

    @GetMapping("/import")
    String importForm(Viewer viewer, Model model) {
        importer(viewer);
        model.addAttribute("errors", Map.of());
        return IMPORT;
    }

    @PostMapping("/import")
    String importCsv(Viewer viewer, @RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
                     @RequestParam(required = false) String csv, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) throws IOException {
        importer(viewer);
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
        try {
            int n = "population".equals(kind) ? custody.importPopulation(viewer, text) : custody.importFacilities(viewer, text);
            redirect.addFlashAttribute("done", "population".equals(kind) ? "custody.flash.importedPopulation" : "custody.flash.importedFacilities");
            redirect.addFlashAttribute("imported", n);
            return "redirect:/console/custody";
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errors", e.errors());
            model.addAttribute("kind", kind);
            model.addAttribute("csv", file != null && !file.isEmpty() ? null : csv);
            return IMPORT;
        }
    }

    private static void importer(Viewer viewer) {
        if (viewer.agencyId() == null || !viewer.has(Role.SUPERVISOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    // helpers

    private static void act(RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (DomainException.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
    }

    private static <T> T field(Map<String, String> errors, String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException.InvalidInput e) {
            errors.put(name, e.getMessage());
            return null;
        }
    }

    /** A moment typed into a datetime-local field, in the platform's time zone. */
    private Instant moment(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput("occurredAt", "is required");
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidInput("occurredAt", "not a date and time");
        }
    }

    private static LocalDate parseDay(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidInput("onDate", "not a date in the form YYYY-MM-DD");
        }
    }

    private LocalDate date(String at) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            LocalDate d = LocalDate.parse(at.strip());
            return d.isBefore(LocalDate.of(1900, 1, 1)) || d.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : d;
        } catch (DateTimeParseException e) {
            return LocalDate.now(clock);
        }
    }

    private static void staffOnly(Viewer viewer) {
        if (viewer.isPublic()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
    }

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, E otherwise) {
        try {
            return value == null ? otherwise : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
