package org.sabueso.tip.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.shared.Page;
import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.sabueso.tip.Confidence;
import org.sabueso.tip.TipRefusal;
import org.sabueso.tip.TipStatus;
import org.sabueso.tip.TipView;
import org.sabueso.tip.Tips;
import org.sabueso.web.RequestValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage inbox of the viewer's agency and each tip's page: the report and messages
 * decrypted, photos, status, assignment, internal notes, questions to the tipster, sightings.
 */
@Controller
@RequestMapping("/console/tips")
class TipConsolePages {

    static final String INBOX = "tip/inbox";
    static final String DETAIL = "tip/detail";

    private final Tips tips;
    private final ZoneId zone;

    TipConsolePages(Tips tips, @Value("${sabueso.time-zone:}") String zone) {
        this.tips = tips;
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    @GetMapping
    String inbox(Viewer viewer, @RequestParam(required = false) String status, @RequestParam(required = false) String mine,
                 @RequestParam(required = false) String page, Model model) {
        require(viewer);
        TipStatus chosen = choice(status);
        model.addAttribute("status", chosen);
        model.addAttribute("mine", mine != null);
        model.addAttribute("statuses", TipStatus.values());
        model.addAttribute("page", Page.within(RequestValues.pageFromZero(page), n -> tips.inbox(viewer, chosen, mine != null, n)));
        return INBOX;
    }

    @GetMapping("/{id}")
    String detail(Viewer viewer, @PathVariable String id, Model model) {
        return detailPage(viewer, RequestValues.pathId(id), Map.of(), Map.of(), model);
    }

    private String detailPage(Viewer viewer, UUID id, Map<String, Refusal> errors, Map<String, String> typed, Model model) {
        require(viewer);
        TipView tip = tips.read(viewer, id, "web").orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tip", tip);
        model.addAttribute("statuses", TipStatus.values());
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return DETAIL;
    }

    @GetMapping("/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(Viewer viewer, @PathVariable String id, @PathVariable String photo) {
        require(viewer);
        Tips.StoredPhoto p = tips.photo(viewer, RequestValues.pathId(id), RequestValues.pathId(photo))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(p.bytes());
    }

    @PostMapping("/{id}/status")
    String status(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String status, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        UUID tipId = RequestValues.pathId(id);
        return act(viewer, tipId, model, response, redirect, Map.of(), "tip.flash.status",
                () -> tips.changeStatus(viewer, tipId, choice(status)));
    }

    @PostMapping("/{id}/assignment")
    String assign(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String assignedTo, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        UUID tipId = RequestValues.pathId(id);
        return act(viewer, tipId, model, response, redirect, typed("assignedTo", assignedTo), "tip.flash.assigned",
                () -> tips.assign(viewer, tipId, assignedTo));
    }

    @PostMapping("/{id}/notes")
    String note(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String text, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        UUID tipId = RequestValues.pathId(id);
        return act(viewer, tipId, model, response, redirect, typed("note", text), "tip.flash.note",
                () -> tips.addNote(viewer, tipId, text));
    }

    @PostMapping("/{id}/messages")
    String message(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String text, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        UUID tipId = RequestValues.pathId(id);
        return act(viewer, tipId, model, response, redirect, typed("message", text), "tip.flash.message",
                () -> tips.message(viewer, tipId, text));
    }

    @PostMapping("/{id}/sightings")
    String sighting(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String place,
                    @RequestParam(required = false) String seenAt, @RequestParam(required = false) String confidence,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UUID tipId = RequestValues.pathId(id);
        return act(viewer, tipId, model, response, redirect, Map.of("place", place == null ? "" : place,
                        "seenAt", seenAt == null ? "" : seenAt, "confidence", confidence == null ? "" : confidence),
                "tip.flash.sighting", () -> tips.recordSighting(viewer, tipId, place, localTime(seenAt),
                        RequestValues.choiceOr(Confidence.class, confidence, null)));
    }

    private String act(Viewer viewer, UUID tipId, Model model, HttpServletResponse response, RedirectAttributes redirect,
                       Map<String, String> typed, String done, Runnable action) {
        require(viewer);
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return detailPage(viewer, tipId, e.errors(), typed, model);
        } catch (DomainException.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/console/tips/" + tipId;
    }

    /** A datetime-local field (2023-10-01T14:30), in the platform's time zone. */
    private Instant localTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidInput("seenAt", TipRefusal.SEEN_AT_FORMAT);
        }
    }

    private static Map<String, String> typed(String key, String value) {
        return Map.of(key, value == null ? "" : value);
    }

    private static void require(Viewer viewer) {
        if (!Capability.WORK_TIPS.allows(viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** A status filter or choice; an unknown one is none (the filter shows all, a change is refused as unchosen). */
    private static TipStatus choice(String value) {
        return RequestValues.choiceOr(TipStatus.class, value, null);
    }
}
