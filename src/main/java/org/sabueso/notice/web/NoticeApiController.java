package org.sabueso.notice.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.Offences;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.ValueRefusal;
import org.sabueso.web.RequestValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices", description = "Wanted notices: search, read, draft, review and lifecycle")
class NoticeApiController {

    private final Notices notices;
    private final NoticeReasons reasons;

    NoticeApiController(Notices notices, NoticeReasons reasons) {
        this.notices = notices;
        this.reasons = reasons;
    }

    @GetMapping
    @Operation(summary = "Search the notices the caller may see",
            description = "`q` finds by name, alias, offence (in Spanish or English), and whole numbers: notice "
                    + "reference (VE-2026-003001), warrant reference, document number (V-16.555.321, normalised as "
                    + "screening compares documents). `offence` filters by a code of GET /api/v1/offences.")
    NoticeJson.ListPage search(Viewer viewer, @RequestParam(required = false) String q,
                               @RequestParam(required = false) String status,
                               @RequestParam(required = false) String country,
                               @RequestParam(required = false) String agency,
                               @RequestParam(required = false) String offence,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "25") int size) {
        if (page < 0) {
            throw new DomainException.InvalidInput("page", NoticeRefusal.PAGE_NEGATIVE);
        }
        if (size < 1 || size > NoticeQuery.MAX_SIZE) {
            throw new DomainException.InvalidInput("size", NoticeRefusal.SIZE_RANGE, NoticeQuery.MAX_SIZE);
        }
        if (country != null && !country.isBlank() && !org.sabueso.shared.CountryCode.isValid(country)) {
            throw new DomainException.InvalidInput("country", ValueRefusal.COUNTRY_UNKNOWN, country);
        }
        if (offence != null && !offence.isBlank() && !Offences.isCode(offence.strip())) {
            throw new DomainException.InvalidInput("offence", NoticeRefusal.OFFENCE_UNKNOWN);
        }
        var result = notices.search(viewer, new NoticeQuery(q, parseStatus(status), country, agency, offence, null,
                page, size));
        return new NoticeJson.ListPage(result.items().stream().map(NoticeJson.Item::of).toList(), result.total(),
                result.page(), result.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one notice with its subject")
    NoticeJson.Detail read(Viewer viewer, @PathVariable UUID id) {
        return NoticeJson.Detail.of(found(notices.read(viewer, id, "api"), id));
    }

    @PostMapping
    @Operation(summary = "Draft a notice of the caller's agency")
    ResponseEntity<NoticeJson.Created> draft(Viewer viewer, @RequestBody Inputs.DraftInput input) {
        UUID id = notices.draft(viewer, Inputs.toDraft(input));
        NoticeDetail n = notices.peek(viewer, id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/notices/" + id))
                .body(new NoticeJson.Created(id, n.reference(), n.status().name()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft; send the version read to detect concurrent edits")
    NoticeJson.Detail revise(Viewer viewer, @PathVariable UUID id, @RequestParam int version,
                             @RequestBody Inputs.DraftInput input) {
        notices.revise(viewer, id, Inputs.toDraft(input), version);
        return NoticeJson.Detail.of(found(notices.peek(viewer, id), id));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for legal review")
    NoticeJson.Detail submit(Viewer viewer, @PathVariable UUID id,
                             @RequestBody(required = false) NoticeJson.ReasonInput input) {
        notices.submitForReview(viewer, id, input == null ? null : input.reason());
        return NoticeJson.Detail.of(found(notices.peek(viewer, id), id));
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Approve (activate) or return a notice under review, with the Article 3 checks")
    NoticeJson.Detail review(Viewer viewer, @PathVariable UUID id, @RequestBody NoticeJson.ReviewInput input) {
        notices.review(viewer, id, NoticeJson.ReviewInput.checksOf(input), input.approve(), input.comment());
        return NoticeJson.Detail.of(found(notices.peek(viewer, id), id));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move a notice to LOCATED, ARRESTED, CANCELLED, or back to ACTIVE from LOCATED")
    NoticeJson.Detail transition(Viewer viewer, @PathVariable UUID id, @RequestBody NoticeJson.TransitionInput input) {
        if (input == null || input.status() == null) {
            throw new DomainException.InvalidInput("status", NoticeRefusal.STATUS_REQUIRED);
        }
        NoticeStatus target = parseStatus(input.status());
        notices.transition(viewer, id, target, input.reason());
        return NoticeJson.Detail.of(found(notices.peek(viewer, id), id));
    }

    @PostMapping("/{id}/renew")
    @Operation(summary = "Extend the review-by date of an open notice")
    NoticeJson.Detail renew(Viewer viewer, @PathVariable UUID id, @RequestBody NoticeJson.RenewInput input) {
        if (input == null) {
            throw new DomainException.InvalidInput("reviewBy", NoticeRefusal.REVIEW_BY_REQUIRED);
        }
        notices.renew(viewer, id, Inputs.requiredDate(input.reviewBy(), "reviewBy"), input.reason());
        return NoticeJson.Detail.of(found(notices.peek(viewer, id), id));
    }

    @PostMapping("/{id}/scope")
    @Operation(summary = "Share a released notice anew (a supervisor of the issuing agency, with a reason): "
            + "a narrower scope withdraws it from the nodes and agencies that may no longer see it")
    NoticeJson.Detail reshare(Viewer viewer, @PathVariable UUID id, @RequestBody NoticeJson.ScopeInput input) {
        if (input == null || input.sharingScope() == null || input.sharingScope().isBlank()) {
            throw new DomainException.InvalidInput("sharingScope", NoticeRefusal.SCOPE_REQUIRED);
        }
        SharingScope scope = RequestValues.choice("sharingScope", SharingScope.class, input.sharingScope());
        notices.reshare(viewer, id, scope, input.partnerAgencyIds() == null ? java.util.Set.of() : input.partnerAgencyIds(),
                input.reason());
        return NoticeJson.Detail.of(found(notices.peek(viewer, id), id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every transition of the notice: who, when, from, to, why")
    List<NoticeJson.Step> history(Viewer viewer, @PathVariable UUID id) {
        // reading a notice's history is reading the notice: audited like GET /{id}
        found(notices.read(viewer, id, "api history"), id);
        return notices.history(viewer, id).stream().map(t -> NoticeJson.Step.of(t, reasons.apiText(t))).toList();
    }

    private static NoticeStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return RequestValues.choice("status", NoticeStatus.class, status);
    }

    private static NoticeDetail found(java.util.Optional<NoticeDetail> n, UUID id) {
        return n.orElseThrow(() -> new DomainException.NotFound(NoticeRefusal.NOT_FOUND, id));
    }
}
