package org.sabueso.screening.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitRefusal;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import org.sabueso.screening.Hits;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.sabueso.web.RequestValues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Hits", description = "MATCHes sent to the issuing agency for confirmation, and their answers")
class HitApiController {

    private final Hits hits;

    HitApiController(Hits hits) {
        this.hits = hits;
    }

    @GetMapping("/api/v1/hits")
    @Operation(summary = "The caller's agency inbox: hits on its notices (box=inbox) or hits it opened (box=sent)",
            description = "Each hit has a kind: SCREENING (a screening met an open notice) or REMATCH (a notice that went "
                    + "ACTIVE met a screening kept from the retention period, sabueso.screening.retain), with the "
                    + "screening's screenedAt, purpose and place (null: the screening agency is the where).")
    Page<HitView> list(Viewer viewer, @RequestParam(defaultValue = "inbox") String box,
                       @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page) {
        requireAnswerer(viewer);
        return switch (box) {
            case "inbox" -> hits.inbox(viewer, status == null || status.isBlank() ? null
                    : RequestValues.choice("status", HitStatus.class, status), page);
            case "sent" -> hits.sent(viewer, page);
            default -> throw new DomainException.InvalidInput("box", HitRefusal.BOX, box);
        };
    }

    @GetMapping("/api/v1/hits/{id}")
    @Operation(summary = "One hit, for the issuing agency or the agency that screened")
    HitView get(Viewer viewer, @PathVariable UUID id) {
        return hits.get(viewer, id).orElseThrow(() -> new DomainException.NotFound(HitRefusal.NOT_FOUND, id));
    }

    @GetMapping("/api/v1/screenings/{id}/hits")
    @Operation(summary = "The hits a screening opened, with the issuing agencies' answers",
            description = "SCREENING hits opened as it was answered, and REMATCH hits opened later by notices that went "
                    + "ACTIVE within the retention period; seen by the agency that screened and each hit's issuing agency.")
    List<HitView> ofScreening(Viewer viewer, @PathVariable UUID id) {
        return hits.ofScreening(viewer, id);
    }

    record AnswerInput(Boolean confirmed, String action, String note) {
    }

    @PostMapping("/api/v1/hits/{id}/answer")
    @Operation(summary = "Confirm (with the action for the officer: ARREST, LOCATE, INFORM) or reject a hit")
    HitView answer(Viewer viewer, @PathVariable UUID id, @RequestBody AnswerInput input) {
        requireAnswerer(viewer);
        if (input == null || input.confirmed() == null) {
            throw new DomainException.InvalidInput("confirmed", HitRefusal.CONFIRMED_REQUIRED);
        }
        HitAction action = input.action() == null || input.action().isBlank() ? null
                : RequestValues.choice("action", HitAction.class, input.action());
        return hits.answer(viewer, id, input.confirmed(), action, input.note());
    }

    /**
     * The console's hit pages ask the same rule (Pages.analyst), and before anything is read or
     * checked: both boxes are the agency's casework, with other officers' travellers and purposes.
     */
    private static void requireAnswerer(Viewer viewer) {
        if (!Capability.ANSWER_HITS.allows(viewer)) {
            throw new DomainException.NotAllowed(HitRefusal.INBOX_NOT_ALLOWED);
        }
    }
}
