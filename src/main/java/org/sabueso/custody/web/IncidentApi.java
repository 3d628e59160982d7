package org.sabueso.custody.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyTypes;
import org.sabueso.custody.CustodyViews;
import org.sabueso.custody.internal.CustodyRefusal;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Incidents and escapes in the API; an escape answers with the notices drafted for its escapees. */
@RestController
@Tag(name = "Custody", description = "Prison facilities, roll calls, incidents, escapes and oversight indicators")
class IncidentApi {

    private final Custody custody;
    private final Notices notices;

    IncidentApi(Custody custody, Notices notices) {
        this.custody = custody;
        this.notices = notices;
    }

    record IncidentInput(UUID unitId, String type, String severity, Instant occurredAt, String description,
                         List<CustodyInputs.Person> people) {
    }

    @PostMapping("/api/v1/facilities/{id}/incidents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records an incident as DRAFT; a death or disappearance gets its Rule 71 report due within 24 h")
    Map<String, UUID> incident(Viewer viewer, @PathVariable UUID id, @RequestBody IncidentInput in) {
        ApiGuards.requireRecorder(custody, viewer, id);
        FormValues.body(in);
        return Map.of("id", custody.recordIncident(viewer, id, new CustodyInputs.NewIncident(in.unitId(),
                FormValues.choice("type", CustodyTypes.IncidentType.class, in.type()),
                FormValues.choice("severity", CustodyTypes.Severity.class, in.severity()), in.occurredAt(), in.description(),
                in.people())));
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
        CustodyViews.Incident i = custody.incident(viewer, id).orElseThrow(() -> new DomainException.NotFound(CustodyRefusal.NO_INCIDENT, id));
        return new IncidentDetail(i, i.rule71Overdue(Instant.now()), notices.inCase(viewer, i.caseReference()));
    }

    record StatusInput(String status) {
    }

    @PostMapping("/api/v1/incidents/{id}/status")
    @Operation(summary = "DRAFT → REPORTED → CLOSED")
    Map<String, String> move(Viewer viewer, @PathVariable UUID id, @RequestBody StatusInput in) {
        CustodyTypes.IncidentStatus target = FormValues.choice("status", CustodyTypes.IncidentStatus.class,
                in == null ? null : in.status());
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
        ApiGuards.requireRecorder(custody, viewer, id);
        UUID incident = custody.reportEscape(viewer, id, FormValues.body(in));
        CustodyViews.Incident i = custody.incident(viewer, incident).orElseThrow();
        return new EscapeAnswer(incident, i.caseReference(), notices.inCase(viewer, i.caseReference()));
    }
}
