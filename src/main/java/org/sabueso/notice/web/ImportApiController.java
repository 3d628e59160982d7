package org.sabueso.notice.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeImports;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Notices imported in bulk (FtM) wait under review; a second supervisor reviews the import as a whole")
class ImportApiController {

    /** The problem's code when a PUBLIC import is sent for review in bulk. */
    static final String PUBLIC_REVIEWED_ONE_BY_ONE = NoticeRefusal.PUBLIC_IMPORT.code();

    private final NoticeImports imports;

    ImportApiController(NoticeImports imports) {
        this.imports = imports;
    }

    record Summary(UUID importId, String scope, String issuingAgency, String importedBy, Instant importedAt,
                   Map<NoticeStatus, Long> counts) {
        static Summary of(NoticeImports.ImportSummary s) {
            return new Summary(s.importId(), s.scope().name(), s.issuingAgencyId(), s.importedBy(), s.importedAt(),
                    s.counts());
        }
    }

    record Reviewed(UUID importId, int activated, int returned) {
    }

    @GetMapping("/{importId}")
    @Operation(summary = "An import of the caller's agency with its notices counted by status")
    Summary read(Viewer viewer, @PathVariable UUID importId) {
        return Summary.of(imports.summary(viewer, importId));
    }

    @PostMapping("/{importId}/review")
    @Operation(summary = "Approve (activate) or return every notice of the import still under review, with the Article 3 checks",
            description = """
                    Only a supervisor of the importing agency who is not the importer. The body is a notice review's. \
                    Each notice gets its own review pointing to the import's. An import shared PUBLIC is refused \
                    (409, code import.public-reviewed-one-by-one): its notices are reviewed one by one with \
                    POST /api/v1/notices/{id}/review.""")
    ResponseEntity<?> review(Viewer viewer, @PathVariable UUID importId, @RequestBody NoticeJson.ReviewInput input) {
        if (!imports.summary(viewer, importId).reviewedInBulk()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "an import shared PUBLIC is reviewed notice by notice, not as a whole");
            p.setType(URI.create("about:blank"));
            p.setProperty("code", PUBLIC_REVIEWED_ONE_BY_ONE);
            p.setProperty("field", "importId");
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        NoticeImports.ImportReviewed r = imports.review(viewer, importId, NoticeJson.ReviewInput.checksOf(input),
                input.approve(), input.comment());
        return ResponseEntity.ok(new Reviewed(r.importId(), r.activated(), r.returned()));
    }
}
