package org.sabueso.custody.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyTypes;
import org.sabueso.custody.CustodyViews;
import org.sabueso.custody.Oversight;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.person.NewPerson;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.PartialDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Custody", description = "Prison facilities, roll calls, incidents, escapes and oversight indicators")
class CustodyApiController {

    private final Custody custody;
    private final Notices notices;

    CustodyApiController(Custody custody, Notices notices) {
        this.custody = custody;
        this.notices = notices;
    }

    record FacilityItem(UUID id, String name, int capacity, Integer population, Integer occupancyPercent,
                        boolean atRiskOfSelfRule) {
    }

    record FacilityList(List<FacilityItem> items) {
    }

    @GetMapping("/api/v1/facilities")
    @Operation(summary = "Facilities the caller may see, with population, occupancy and the self-rule warning")
    FacilityList list(Viewer viewer, @RequestParam(required = false) String country,
                      @RequestParam(required = false) LocalDate at) {
        return new FacilityList(custody.facilities(viewer, country, at).stream()
                .map(r -> new FacilityItem(r.facility().id(), r.facility().name(), r.facility().designCapacity(),
                        r.population(), r.occupancyPercent(), r.report().atRiskOfSelfRule())).toList());
    }

    @PostMapping("/api/v1/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registers a facility of the caller's country with its units (supervisors)")
    Map<String, UUID> register(Viewer viewer, @RequestBody CustodyInputs.NewFacility facility) {
        return Map.of("id", custody.registerFacility(viewer, required(facility)));
    }

    record FacilityDetail(CustodyViews.Facility facility, List<CustodyViews.Unit> units) {
    }

    @GetMapping("/api/v1/facilities/{id}")
    @Operation(summary = "One facility with its units")
    FacilityDetail get(Viewer viewer, @PathVariable UUID id) {
        CustodyViews.Facility f = custody.facility(viewer, id).orElseThrow(() -> new DomainException.NotFound("no facility " + id));
        return new FacilityDetail(f, custody.units(viewer, id));
    }

    record Flag(Oversight.Indicator indicator, Oversight.Level level, BigDecimal value, BigDecimal standard, String reason) {
    }

    record Indicators(LocalDate at, boolean atRiskOfSelfRule, List<Flag> flags) {
    }

    @GetMapping("/api/v1/facilities/{id}/indicators")
    @Operation(summary = "The oversight flags (AMBER, RED, CRITICAL) of a facility on a day, and whether it is at risk of self-rule")
    Indicators indicators(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) LocalDate at) {
        Oversight.Report report = custody.indicators(viewer, id, at);
        return new Indicators(report.at(), report.atRiskOfSelfRule(), report.flags().stream()
                .map(r -> new Flag(r.indicator(), r.level(), r.value(), r.standard(), r.reason())).toList());
    }

    @GetMapping("/api/v1/facilities/{id}/series")
    @Operation(summary = "Population, occupancy, prisoners per officer and incidents at each population figure")
    List<CustodyViews.SeriesPoint> series(Viewer viewer, @PathVariable UUID id) {
        return custody.series(viewer, id);
    }

    @PostMapping("/api/v1/facilities/{id}/figures")
    @Operation(summary = "A day's figures: population, officers per shift, state meals, families' share, water, visitors")
    Map<String, String> figures(Viewer viewer, @PathVariable UUID id, @RequestBody CustodyInputs.DailyFigures figures) {
        custody.recordFigures(viewer, id, required(figures));
        return Map.of("recorded", String.valueOf(figures.date()));
    }

    @PostMapping(value = "/api/v1/facilities/import", consumes = "text/csv")
    @Operation(summary = "Imports facilities from CSV: name,region,design_capacity,operational_capacity,status,oversight_scope")
    Map<String, Integer> importFacilities(Viewer viewer, @RequestBody(required = false) String csv) {
        return Map.of("imported", custody.importFacilities(viewer, csv));
    }

    @PostMapping(value = "/api/v1/population-figures/import", consumes = "text/csv")
    @Operation(summary = "Imports population figures from CSV: facility,date,population")
    Map<String, Integer> importPopulation(Viewer viewer, @RequestBody(required = false) String csv) {
        return Map.of("imported", custody.importPopulation(viewer, csv));
    }

    // roll calls

    record RollCallInput(UUID unitId, Integer counted, Set<UUID> missingFileIds, String note) {
    }

    @PostMapping("/api/v1/facilities/{id}/roll-calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a roll call in a unit: the expected count comes from the files in custody there")
    CustodyViews.RollCall rollCall(Viewer viewer, @PathVariable UUID id, @RequestBody RollCallInput in) {
        requireRecorder(viewer, id);
        if (in == null || in.counted() == null) {
            throw new DomainException.InvalidInput("counted", "is required");
        }
        return custody.recordRollCall(viewer, id, new CustodyInputs.RollCallEntry(in.unitId(), in.counted(),
                in.missingFileIds(), in.note()));
    }

    @GetMapping("/api/v1/facilities/{id}/roll-calls")
    @Operation(summary = "The facility's latest roll calls, newest first")
    List<CustodyViews.RollCall> rollCalls(Viewer viewer, @PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return custody.rollCalls(viewer, id, limit);
    }

    record Explanation(String explanation) {
    }

    @PostMapping("/api/v1/roll-calls/{id}/resolve")
    @Operation(summary = "Explains a discrepancy (the prisoner was in the infirmary), so no escape is opened")
    Map<String, UUID> resolve(Viewer viewer, @PathVariable UUID id, @RequestBody Explanation in) {
        custody.resolveDiscrepancy(viewer, id, in == null ? null : in.explanation());
        return Map.of("resolved", id);
    }

    @PostMapping("/api/v1/roll-calls/escalations")
    @Operation(summary = "Opens escape incidents for shortfalls past their deadline now (it also runs every minute)")
    Map<String, List<UUID>> escalate(Viewer viewer) {
        requirePrisonStaff(viewer);
        return Map.of("opened", custody.escalateOverdueDiscrepancies(Instant.now()));
    }

    // incidents and escapes

    record IncidentInput(UUID unitId, String type, String severity, Instant occurredAt, String description,
                         List<CustodyInputs.Person> people) {
    }

    @PostMapping("/api/v1/facilities/{id}/incidents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records an incident as DRAFT; a death or disappearance gets its Rule 71 report due within 24 h")
    Map<String, UUID> incident(Viewer viewer, @PathVariable UUID id, @RequestBody IncidentInput in) {
        requireRecorder(viewer, id);
        required(in);
        return Map.of("id", custody.recordIncident(viewer, id, new CustodyInputs.NewIncident(in.unitId(),
                parse(CustodyTypes.IncidentType.class, in.type(), "type"),
                parse(CustodyTypes.Severity.class, in.severity(), "severity"), in.occurredAt(), in.description(), in.people())));
    }

    @GetMapping("/api/v1/facilities/{id}/incidents")
    @Operation(summary = "The facility's incidents, newest first (names only for the country's prison staff)")
    List<CustodyViews.Incident> incidents(Viewer viewer, @PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return custody.incidents(viewer, id, limit);
    }

    record IncidentDetail(CustodyViews.Incident incident, boolean rule71Overdue, List<NoticeSummary> notices) {
    }

    @GetMapping("/api/v1/incidents/{id}")
    @Operation(summary = "One incident, with the notices of its case that the caller may see")
    IncidentDetail incident(Viewer viewer, @PathVariable UUID id) {
        CustodyViews.Incident i = custody.incident(viewer, id).orElseThrow(() -> new DomainException.NotFound("no incident " + id));
        return new IncidentDetail(i, i.rule71Overdue(Instant.now()), notices.inCase(viewer, i.caseReference()));
    }

    record StatusInput(String status) {
    }

    @PostMapping("/api/v1/incidents/{id}/status")
    @Operation(summary = "DRAFT → REPORTED → CLOSED")
    Map<String, String> move(Viewer viewer, @PathVariable UUID id, @RequestBody StatusInput in) {
        CustodyTypes.IncidentStatus target = parse(CustodyTypes.IncidentStatus.class, in == null ? null : in.status(), "status");
        custody.moveIncident(viewer, id, target);
        return Map.of("status", target.name());
    }

    record ReportInput(String report) {
    }

    @PostMapping("/api/v1/incidents/{id}/rule71")
    @Operation(summary = "Files the Rule 71 report of a death or disappearance")
    Map<String, String> rule71(Viewer viewer, @PathVariable UUID id, @RequestBody ReportInput in) {
        custody.fileRule71Report(viewer, id, in == null ? null : in.report());
        return Map.of("filed", "true");
    }

    record EscapeAnswer(UUID incidentId, String caseReference, List<NoticeSummary> notices) {
    }

    @PostMapping("/api/v1/facilities/{id}/escapes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reports an escape: each escapee's notice is drafted from the file and sent for review, in one case")
    EscapeAnswer escape(Viewer viewer, @PathVariable UUID id, @RequestBody CustodyInputs.EscapeReport in) {
        requireRecorder(viewer, id);
        UUID incident = custody.reportEscape(viewer, id, required(in));
        CustodyViews.Incident i = custody.incident(viewer, incident).orElseThrow();
        return new EscapeAnswer(incident, i.caseReference(), notices.inCase(viewer, i.caseReference()));
    }

    // prisoner files

    record PersonInput(String name, String birthDate, String nationality, String sex) {
    }

    record AdmissionInput(UUID unitId, UUID personId, PersonInput person, String fileNumber, LocalDate admittedOn,
                          String commitmentAuthority, String commitmentReason, LocalDate commitmentDate,
                          String commitmentReference, String injuriesAtAdmission, String complaintsAtAdmission,
                          String property, String familyContact, String emergencyContact, String classification) {
    }

    @PostMapping("/api/v1/facilities/{id}/prisoners")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admits a prisoner on a commitment order (authority, reason, date, reference)")
    Map<String, UUID> admit(Viewer viewer, @PathVariable UUID id, @RequestBody AdmissionInput in) {
        required(in);
        NewPerson person = null;
        if (in.person() != null) {
            PersonInput p = in.person();
            if (p.name() == null || p.name().isBlank()) {
                throw new DomainException.InvalidInput("person.name", "the subject's name is required");
            }
            person = new NewPerson(p.name(), null, List.of(), p.birthDate() == null || p.birthDate().isBlank() ? null
                    : PartialDate.parse(p.birthDate()), p.nationality() == null || p.nationality().isBlank() ? Set.of()
                    : Set.of(new CountryCode(p.nationality().strip().toUpperCase(Locale.ROOT))),
                    List.of(), p.sex() == null ? null : parse(Sex.class, p.sex(), "person.sex"), null, null);
        }
        return Map.of("id", custody.admit(viewer, id, new CustodyInputs.Admission(in.unitId(), in.personId(), person,
                in.fileNumber(), in.admittedOn(), in.commitmentAuthority(), in.commitmentReason(), in.commitmentDate(),
                in.commitmentReference(), in.injuriesAtAdmission(), in.complaintsAtAdmission(), in.property(),
                in.familyContact(), in.emergencyContact(), in.classification())));
    }

    record FileDetail(CustodyViews.PrisonerFile file, List<CustodyViews.FileEntry> history) {
    }

    @GetMapping("/api/v1/prisoners/{id}")
    @Operation(summary = "A prisoner file with its append-only history (the country's prison staff and analysts)")
    FileDetail file(Viewer viewer, @PathVariable UUID id) {
        CustodyViews.PrisonerFile f = custody.prisonerFile(viewer, id)
                .orElseThrow(() -> new DomainException.NotFound("no prisoner file " + id));
        return new FileDetail(f, custody.history(viewer, id));
    }

    record EntryInput(String kind, LocalDate onDate, String detail) {
    }

    @PostMapping("/api/v1/prisoners/{id}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appends to a file's history: classification, court date, transfer, release, return, note, death")
    Map<String, String> entry(Viewer viewer, @PathVariable UUID id, @RequestBody EntryInput in) {
        required(in);
        custody.addEntry(viewer, id, parse(CustodyTypes.EntryKind.class, in.kind(), "kind"), in.onDate(), in.detail());
        return Map.of("recorded", in.kind());
    }

    // operations

    @PostMapping("/api/v1/facilities/{id}/operations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a raid, retaking or mass transfer; the headcounts must reconcile")
    Map<String, UUID> operation(Viewer viewer, @PathVariable UUID id, @RequestBody CustodyInputs.OperationReport in) {
        return Map.of("id", custody.recordOperation(viewer, id, required(in)));
    }

    @GetMapping("/api/v1/facilities/{id}/operations")
    @Operation(summary = "The facility's operations, newest first")
    List<CustodyViews.Operation> operations(Viewer viewer, @PathVariable UUID id) {
        return custody.operations(viewer, id);
    }

    /**
     * As the console's forms refuse, before the body is read: a facility the caller may not see
     * is not found, one it may not record in is forbidden (the service's own rule, Custody.mayRecord).
     */
    private void requireRecorder(Viewer viewer, UUID facilityId) {
        CustodyViews.Facility f = custody.facility(viewer, facilityId)
                .orElseThrow(() -> new DomainException.NotFound("no facility " + facilityId));
        if (!custody.mayRecord(viewer, f)) {
            throw new DomainException.NotAllowed("only prison officers and supervisors of " + f.country()
                    + " may record in its facilities");
        }
    }

    static void requirePrisonStaff(Viewer viewer) {
        if (viewer.agencyId() == null || !(viewer.has(Role.PRISON_OFFICER) || viewer.has(Role.SUPERVISOR))) {
            throw new DomainException.NotAllowed("only prison officers and supervisors may run the deadline check");
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new DomainException.InvalidInput("body", "is required");
        }
        return body;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException.InvalidInput(field, "is required");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidInput(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
