package org.sabueso.custody.web;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.custody.CustodyViews.RollCall;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.custody.internal.CustodyRefusal;
import org.sabueso.shared.DomainException;
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
 * The roll call at a wing gate (made for a tablet), the explanation of a discrepancy, and the
 * deadline check that turns unexplained shortfalls into escapes.
 */
@Controller
@RequestMapping("/console/custody")
class RollCallPages {

    static final String ROLL_CALL = "custody/rollcall";

    private final Custody custody;
    private final Clock clock;

    RollCallPages(Custody custody, Clock clock) {
        this.custody = custody;
        this.clock = clock;
    }

    @GetMapping("/units/{id}/roll-call")
    String form(Viewer viewer, @PathVariable String id, Model model) {
        return page(viewer, RequestValues.pathId(id), null, Set.of(), null, Map.of(), model);
    }

    private String page(Viewer viewer, UUID unitId, String counted, Set<UUID> missing, String note, Map<String, ?> errors,
                        Model model) {
        ConsoleForms.staffOnly(viewer);
        Unit unit = unitOf(viewer, unitId);
        Facility f = custody.facility(viewer, unit.facilityId()).orElseThrow(ConsoleForms::notFound);
        if (!custody.mayRecord(viewer, f)) {
            throw ConsoleForms.forbidden();
        }
        List<PrisonerFile> prisoners = custody.inUnit(viewer, unitId);
        model.addAttribute("f", f);
        model.addAttribute("unit", unit);
        model.addAttribute("prisoners", prisoners);
        String proposal = String.valueOf(Math.max(0, prisoners.size() - missing.size()));
        model.addAttribute("counted", counted == null ? proposal : counted);
        model.addAttribute("suggested", proposal);
        model.addAttribute("missing", missing);
        model.addAttribute("note", note);
        model.addAttribute("last", null);
        model.addAttribute("errors", errors);
        return ROLL_CALL;
    }

    private Unit unitOf(Viewer viewer, UUID unitId) {
        return custody.unit(viewer, unitId).orElseThrow(ConsoleForms::notFound);
    }

    @PostMapping("/units/{id}/roll-call")
    String record(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String counted,
                  @RequestParam(required = false) String suggested,
                  @RequestParam(required = false) List<String> absent, @RequestParam(required = false) String note,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UUID unitId = RequestValues.pathId(id);
        Set<UUID> missing = new LinkedHashSet<>();
        if (absent != null) {
            // a box of the form names a file; one that is not an id names nothing, as a path would
            absent.forEach(a -> missing.add(RequestValues.pathId(a)));
        }
        Unit unit = unitOf(viewer, unitId);
        try {
            int n = followsTheMarks(counted, suggested)
                    ? Math.max(0, custody.inUnit(viewer, unitId).size() - missing.size()) : count(counted);
            RollCall r = custody.recordRollCall(viewer, unit.facilityId(), new CustodyInputs.RollCallEntry(unitId, n, missing, note));
            redirect.addFlashAttribute("done", r.discrepancy() ? "custody.flash.discrepancy" : "custody.flash.rollCall");
            redirect.addFlashAttribute("recorded", r.id());
            return "redirect:/console/custody/facilities/" + unit.facilityId() + "#roll-calls";
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(viewer, unitId, counted, missing, note, e.errors(), model);
        } catch (DomainException.NotAllowed e) {
            throw ConsoleForms.forbidden();
        }
    }

    /**
     * A count left empty, or as the page proposed it, follows the absent marks: the files in the
     * unit less those marked absent. Without JavaScript the page cannot change the proposal as boxes
     * are ticked, so the server does; with it, the script keeps both fields in step.
     */
    static boolean followsTheMarks(String counted, String suggested) {
        return counted == null || counted.isBlank() || (suggested != null && counted.strip().equals(suggested.strip()));
    }

    /** The count typed at the gate; the service checks its range, this only that it is a number. */
    private static int count(String counted) {
        try {
            return Integer.parseInt(counted == null ? "" : counted.strip());
        } catch (NumberFormatException e) {
            throw new DomainException.InvalidInput("counted", CustodyRefusal.BETWEEN, 0, 100_000);
        }
    }

    @PostMapping("/roll-calls/{id}/resolve")
    String resolve(Viewer viewer, @PathVariable String id, @RequestParam String facility,
                   @RequestParam(required = false) String explanation, RedirectAttributes redirect) {
        UUID rollCall = RequestValues.pathId(id);
        UUID facilityId = RequestValues.pathId(facility);
        ConsoleForms.act(redirect, () -> custody.resolveDiscrepancy(viewer, rollCall, explanation), "custody.flash.resolved");
        return "redirect:/console/custody/facilities/" + facilityId + "#roll-calls";
    }

    /** Runs the deadline check now: shortfalls past their deadline become escape incidents. */
    @PostMapping("/escalations")
    String escalate(Viewer viewer, @RequestParam String facility, RedirectAttributes redirect) {
        UUID facilityId = RequestValues.pathId(facility);
        Facility f = custody.facility(viewer, facilityId).orElseThrow(ConsoleForms::notFound);
        if (!custody.mayRecord(viewer, f)) {
            throw ConsoleForms.forbidden();
        }
        List<UUID> opened = custody.escalateOverdueDiscrepancies(clock.instant());
        List<UUID> here = opened.stream()
                .filter(i -> custody.incident(viewer, i).map(x -> x.facilityId().equals(facilityId)).orElse(false)).toList();
        redirect.addFlashAttribute("done", here.isEmpty() ? "custody.flash.noneOverdue" : "custody.flash.escapesOpened");
        redirect.addFlashAttribute("opened", here);
        return "redirect:/console/custody/facilities/" + facilityId + "#incidents";
    }
}
