package org.sabueso.screening.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.LinkRefusal;
import org.sabueso.screening.LinkStatus;
import org.sabueso.screening.LinkView;
import org.sabueso.screening.Links;
import org.sabueso.shared.DomainException;
import org.sabueso.web.RequestValues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Links", description = "Notices of different agencies on the same person")
class LinkApiController {

    private final Links links;

    LinkApiController(Links links) {
        this.links = links;
    }

    @GetMapping("/links")
    @Operation(summary = "Link proposals (or decided links) involving the caller's agency")
    List<LinkView> queue(Viewer viewer, @RequestParam(defaultValue = "PROPOSED") String status) {
        return links.queue(viewer, RequestValues.choice("status", LinkStatus.class, status));
    }

    record Decision(Boolean accept) {
    }

    @PostMapping("/links/{id}/decision")
    @Operation(summary = "Accept or reject a proposed link")
    LinkView decide(Viewer viewer, @PathVariable UUID id, @RequestBody Decision decision) {
        // refused before the body is checked, as the console's link queue refuses (Pages.analyst)
        if (!Capability.ANSWER_HITS.allows(viewer)) {
            throw new DomainException.NotAllowed(LinkRefusal.NOT_ALLOWED);
        }
        if (decision == null || decision.accept() == null) {
            throw new DomainException.InvalidInput("accept", LinkRefusal.ACCEPT_REQUIRED);
        }
        return links.decide(viewer, id, decision.accept());
    }

    @GetMapping("/notices/{id}/links")
    @Operation(summary = "Accepted links of a notice that the caller may see")
    List<LinkView> linked(Viewer viewer, @PathVariable UUID id) {
        return links.linkedTo(viewer, id);
    }
}
