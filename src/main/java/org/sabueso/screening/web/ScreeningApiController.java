package org.sabueso.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.CompareRequest;
import org.sabueso.screening.CompareResult;
import org.sabueso.screening.Comparisons;
import org.sabueso.screening.Screening;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.ScreeningResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screening", description = "Is this person wanted anywhere? Explainable matching against visible notices")
class ScreeningApiController {

    private final Screening screening;
    private final Comparisons comparisons;

    ScreeningApiController(Screening screening, Comparisons comparisons) {
        this.screening = screening;
        this.comparisons = comparisons;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Screen one person; hits at or above POSSIBLE, best first, each with its explanation",
            description = "`threshold` (optional) sets the lowest score listed instead of the configured POSSIBLE: "
                    + "anyone may raise it to narrow the list; only analysts and supervisors may lower it, down to 0.3 "
                    + "(below that the name no longer decides). A border or prison officer asking below POSSIBLE gets "
                    + "400 `screening.thresholdRole`; outside 0.3..1, 400 `screening.thresholdRange`. Hits between the "
                    + "threshold and POSSIBLE are POSSIBLE; MATCH stays at the configured MATCH threshold. The answer's "
                    + "`threshold` is the one used, the configured POSSIBLE when none was asked.")
    ScreeningResult screen(Viewer viewer, @RequestBody ScreeningRequest request) {
        return screening.screen(viewer, request);
    }

    @PostMapping(path = "/compare", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare two people: are they one person? Score, decision (MATCH, POSSIBLE or NO_MATCH) "
            + "and explanation, with the screening's scorer and thresholds",
            description = "`a` is read as the query (as an officer types it), `b` as the record (as a notice holds "
                    + "it); each has `name`, and when known `birthDate` (YYYY, YYYY-MM or YYYY-MM-DD), `nationality` "
                    + "and `documents` [{type, number, country}], checked as a screening's fields are (errors name "
                    + "`a.name`, `b.birthDate`…). The pair is also scored the other way round (b as the query, a as "
                    + "the record) and the higher score is the answer, so swapping a and b changes neither score nor "
                    + "decision; `query` says which side the explanation reads as the query. `decision` is MATCH at or "
                    + "above the configured MATCH threshold (`matchThreshold`), POSSIBLE at or above the configured "
                    + "POSSIBLE (`threshold`), NO_MATCH below; a name alone that others may bear stays below MATCH, "
                    + "as in a screening. `purpose` is required and audited with who asked and when (the names are "
                    + "not); `compareId` names the audit entry. For analysts, supervisors and border officers (403 "
                    + "`screening.compareNotAllowed` otherwise).")
    CompareResult compare(Viewer viewer, @RequestBody CompareRequest request) {
        return comparisons.compare(viewer, request);
    }
}
