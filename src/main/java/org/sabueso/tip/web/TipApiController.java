package org.sabueso.tip.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.sabueso.tip.Confidence;
import org.sabueso.tip.NewTip;
import org.sabueso.tip.Sighting;
import org.sabueso.tip.TipRefusal;
import org.sabueso.tip.TipStatus;
import org.sabueso.tip.TipSummary;
import org.sabueso.tip.TipView;
import org.sabueso.tip.Tips;
import org.sabueso.tip.TipsterView;
import org.sabueso.web.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tip line's REST API: the public part (submit, follow up, reply, claim) without any
 * credentials, and the triage part for staff under HTTP Basic.
 */
@RestController
@Tag(name = "Tips", description = "Anonymous tips: the public tip line and the triage inbox of the receiving agencies")
class TipApiController {

    private final Tips tips;

    TipApiController(Tips tips) {
        this.tips = tips;
    }

    record TipInput(UUID noticeId, String agencyId, String what, String where, String when, String text) {
    }

    record ReceiptOutput(String codename) {
    }

    record CodenameInput(String codename, String text, UUID offerId) {
    }

    @PostMapping("/api/v1/public/tips")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send an anonymous tip (no credentials); the answer's codename is shown once and is the only way back")
    ReceiptOutput submit(@RequestBody TipInput input) {
        if (input == null) {
            throw new DomainException.InvalidInput("what", TipRefusal.REQUIRED);
        }
        return new ReceiptOutput(tips.submit(new NewTip(input.noticeId(), input.agencyId(), input.what(), input.where(),
                input.when(), input.text(), List.of())).codename());
    }

    @PostMapping("/api/v1/public/tips/follow-up")
    @Operation(summary = "With the codename: the tip's status, the messages both ways and the reward claims")
    TipsterView followUp(@RequestBody CodenameInput input) {
        return tips.followUp(input == null ? null : input.codename())
                .orElseThrow(() -> new DomainException.InvalidInput("codename", TipRefusal.CODENAME_UNKNOWN));
    }

    @PostMapping("/api/v1/public/tips/follow-up/reply")
    @Operation(summary = "With the codename: answer the agency")
    TipsterView reply(@RequestBody CodenameInput input) {
        String codename = input == null ? null : input.codename();
        tips.reply(codename, input == null ? null : input.text(), List.of());
        return tips.followUp(codename).orElseThrow();
    }

    @PostMapping("/api/v1/public/tips/follow-up/claim")
    @Operation(summary = "With the codename: claim a reward offered on the tip's notice, once the tip led to the capture")
    TipsterView claim(@RequestBody CodenameInput input) {
        String codename = input == null ? null : input.codename();
        tips.claim(codename, input == null ? null : input.offerId());
        return tips.followUp(codename).orElseThrow();
    }

    @GetMapping("/api/v1/tips")
    @Operation(summary = "The caller's agency inbox, newest first; status filters, mine=true for tips assigned to the caller")
    Page<TipSummary> inbox(Viewer viewer, @RequestParam(required = false) String status,
                           @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page) {
        return tips.inbox(viewer, status == null || status.isBlank() ? null : RequestValues.choice("status", TipStatus.class, status), mine,
                Math.max(0, page));
    }

    @GetMapping("/api/v1/tips/{id}")
    @Operation(summary = "One tip, decrypted for a receiving agency: report, messages, notes, sightings")
    TipView get(Viewer viewer, @PathVariable UUID id) {
        return tips.read(viewer, id, "api").orElseThrow(() -> new DomainException.NotFound(TipRefusal.NOT_FOUND, id));
    }

    record StatusInput(String status) {
    }

    @PostMapping("/api/v1/tips/{id}/status")
    @Operation(summary = "Triage: NEW, TRIAGED, ACTIONABLE, DUPLICATE, UNFOUNDED or LED_TO_CAPTURE")
    TipView status(Viewer viewer, @PathVariable UUID id, @RequestBody StatusInput input) {
        Capability.WORK_TIPS.require(viewer);
        if (input == null || input.status() == null) {
            throw new DomainException.InvalidInput("status", TipRefusal.STATUS_REQUIRED);
        }
        tips.changeStatus(viewer, id, RequestValues.choice("status", TipStatus.class, input.status()));
        return get(viewer, id);
    }

    record AssignInput(String assignedTo) {
    }

    @PostMapping("/api/v1/tips/{id}/assignment")
    @Operation(summary = "Assign to an analyst or supervisor of the caller's agency (blank: nobody)")
    TipView assign(Viewer viewer, @PathVariable UUID id, @RequestBody AssignInput input) {
        tips.assign(viewer, id, input == null ? null : input.assignedTo());
        return get(viewer, id);
    }

    record TextInput(String text) {
    }

    @PostMapping("/api/v1/tips/{id}/notes")
    @Operation(summary = "An internal note; the tipster never sees it")
    TipView note(Viewer viewer, @PathVariable UUID id, @RequestBody TextInput input) {
        tips.addNote(viewer, id, input == null ? null : input.text());
        return get(viewer, id);
    }

    @PostMapping("/api/v1/tips/{id}/messages")
    @Operation(summary = "A question or message the tipster reads with the codename")
    TipView message(Viewer viewer, @PathVariable UUID id, @RequestBody TextInput input) {
        tips.message(viewer, id, input == null ? null : input.text());
        return get(viewer, id);
    }

    record SightingInput(String place, String seenAt, String confidence) {
    }

    @PostMapping("/api/v1/tips/{id}/sightings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record where and when (ISO-8601 instant) the notice's subject was seen, with LOW, MEDIUM or HIGH confidence")
    Map<String, UUID> sighting(Viewer viewer, @PathVariable UUID id, @RequestBody SightingInput input) {
        Capability.WORK_TIPS.require(viewer);
        if (input == null) {
            throw new DomainException.InvalidInput("place", TipRefusal.REQUIRED);
        }
        Instant seenAt;
        try {
            seenAt = input.seenAt() == null || input.seenAt().isBlank() ? null : Instant.parse(input.seenAt().strip());
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidInput("seenAt", TipRefusal.SEEN_AT_INSTANT);
        }
        Confidence confidence = input.confidence() == null || input.confidence().isBlank() ? null
                : RequestValues.choice("confidence", Confidence.class, input.confidence());
        return Map.of("id", tips.recordSighting(viewer, id, input.place(), seenAt, confidence));
    }

    @GetMapping("/api/v1/notices/{id}/sightings")
    @Operation(summary = "The notice's sightings from tips the caller's agency received, most recent first")
    List<Sighting> sightings(Viewer viewer, @PathVariable UUID id) {
        return tips.sightings(viewer, id);
    }
}
