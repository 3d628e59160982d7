package org.sabueso.screening.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.ScreeningIndexStatus;
import org.sabueso.screening.ScreeningIndexes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screening", description = "Is this person wanted anywhere? Explainable matching against visible notices")
class ScreeningIndexApiController {

    private final ScreeningIndexes indexes;

    ScreeningIndexApiController(ScreeningIndexes indexes) {
        this.indexes = indexes;
    }

    /** The answer: exactly these three names. */
    record IndexJson(int notices, long pending, Instant lastChange) {
        static IndexJson of(ScreeningIndexStatus s) {
            return new IndexJson(s.notices(), s.pending(), s.lastChange());
        }
    }

    @GetMapping("/index")
    @Operation(summary = "How far the screening index has caught up with the notices", description = """
            `notices`: screenable notices in the index now (open notices of every agency, before the \
            sharing policy narrows what a caller sees). `pending`: notice changes committed but not yet in \
            the index (activations, status changes): a screening does not see them yet. `lastChange`: when \
            the index last changed (ISO-8601 instant). After an import's review activates its notices, \
            `pending` stays above 0 until every one of them is screenable, then is 0. For staff who may \
            screen (analysts, supervisors, border and prison officers); others get 403.""")
    @ApiResponse(responseCode = "200", description = "The index's status")
    @ApiResponse(responseCode = "403", description = "The caller may not screen")
    IndexJson status(Viewer viewer) {
        return IndexJson.of(indexes.status(viewer));
    }
}
