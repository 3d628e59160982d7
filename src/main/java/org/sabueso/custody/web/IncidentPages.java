package org.sabueso.custody.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyTypes.Severity;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.Incident;
import org.sabueso.notice.Notices;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.sabueso.web.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Incidents in the console: recorded and escapes reported from the facility's page (shown again
 * with their refusals), an incident with its Rule 71 report and the notices of an escape.
 */
@Controller
@RequestMapping("/console/custody")
class IncidentPages {

    static final String INCIDENT = "custody/incident";

    private final Custody custody;
    private final FacilityPage facilityPage;
    private final Notices notices;
    private final Clock clock;

    IncidentPages(Custody custody, FacilityPage facilityPage, Notices notices, Clock clock) {
        this.custody = custody;
        this.facilityPage = facilityPage;
        this.notices = notices;
        this.clock = clock;
    }

    /** Refused before the form is checked, as the API refuses before the body is read. */
    private Facility recordable(Viewer viewer, UUID facilityId) {
        Facility f = custody.facility(viewer, facilityId).orElseThrow(ConsoleForms::notFound);
        if (!custody.mayRecord(viewer, f)) {
            throw ConsoleForms.forbidden();
        }
        return f;
    }

    @PostMapping("/facilities/{id}/incidents")
    String record(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String severity, @RequestParam(required = false) String occurredAt,
                  @RequestParam(required = false) String unitId, @RequestParam(required = false) String description,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UUID facilityId = RequestValues.pathId(id);
        Facility f = recordable(viewer, facilityId);
        try {
            Map<String, Refusal> errors = new LinkedHashMap<>();
            IncidentType t = ConsoleForms.field(errors, "type", () -> FormValues.choice("type", IncidentType.class, type));
            Severity s = ConsoleForms.field(errors, "severity", () -> FormValues.choice("severity", Severity.class, severity));
            Instant when = ConsoleForms.field(errors, "occurredAt", () -> ConsoleForms.moment(clock, occurredAt));
            if (!errors.isEmpty()) {
                throw new DomainException.InvalidInput(errors);
            }
            UUID incident = custody.recordIncident(viewer, facilityId, new CustodyInputs.NewIncident(
                    unitId == null || unitId.isBlank() ? null : RequestValues.pathId(unitId), t, s, when, description, List.of()));
            redirect.addFlashAttribute("done", "custody.flash.incident");
            return "redirect:/console/custody/incidents/" + incident;
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return facilityPage.render(viewer, f, LocalDate.now(clock), e.errors(), "incident", model);
        } catch (DomainException.NotAllowed e) {
            throw ConsoleForms.forbidden();
        }
    }

    @PostMapping("/facilities/{id}/escapes")
    String reportEscape(Viewer viewer, @PathVariable String id, @RequestParam(required = false) List<String> escapee,
                        @RequestParam(required = false) String method, @RequestParam(required = false) String occurredAt,
                        @RequestParam(required = false) String description, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        UUID facilityId = RequestValues.pathId(id);
        Facility f = recordable(viewer, facilityId);
        try {
            Instant when = ConsoleForms.moment(clock, occurredAt);
            UUID incident = custody.reportEscape(viewer, facilityId, new CustodyInputs.EscapeReport(
                    escapee == null ? List.of() : escapee.stream().map(RequestValues::pathId).toList(), method, when, description));
            redirect.addFlashAttribute("done", "custody.flash.escape");
            return "redirect:/console/custody/incidents/" + incident;
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return facilityPage.render(viewer, f, LocalDate.now(clock), e.errors(), "escape", model);
        } catch (DomainException.NotAllowed e) {
            throw ConsoleForms.forbidden();
        }
    }

    @GetMapping("/incidents/{id}")
    String incident(Viewer viewer, @PathVariable String id, Model model) {
        ConsoleForms.staffOnly(viewer);
        Incident i = custody.incident(viewer, RequestValues.pathId(id)).orElseThrow(ConsoleForms::notFound);
        Facility f = custody.facility(viewer, i.facilityId()).orElseThrow(ConsoleForms::notFound);
        model.addAttribute("i", i);
        model.addAttribute("f", f);
        model.addAttribute("notices", notices.inCase(viewer, i.caseReference()));
        model.addAttribute("mayRecord", custody.mayRecord(viewer, f));
        model.addAttribute("overdue", i.rule71Overdue(clock.instant()));
        return INCIDENT;
    }

    @PostMapping("/incidents/{id}/status")
    String move(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String status,
                RedirectAttributes redirect) {
        UUID incident = RequestValues.pathId(id);
        ConsoleForms.act(redirect, () -> custody.moveIncident(viewer, incident,
                FormValues.choice("status", IncidentStatus.class, status)), "custody.flash.incidentMoved");
        return "redirect:/console/custody/incidents/" + incident;
    }

    @PostMapping("/incidents/{id}/rule71")
    String rule71(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String report,
                  RedirectAttributes redirect) {
        UUID incident = RequestValues.pathId(id);
        ConsoleForms.act(redirect, () -> custody.fileRule71Report(viewer, incident, report), "custody.flash.rule71");
        return "redirect:/console/custody/incidents/" + incident;
    }
}
