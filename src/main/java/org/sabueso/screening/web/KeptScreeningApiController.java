package org.sabueso.screening.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.KeptScreening;
import org.sabueso.screening.KeptScreeningRefusal;
import org.sabueso.screening.KeptScreenings;
import org.sabueso.shared.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A kept screening, for the agency that made it: what re-matching will screen again, and until when. */
@RestController
@Tag(name = "Screening")
class KeptScreeningApiController {

    private final KeptScreenings kept;

    KeptScreeningApiController(KeptScreenings kept) {
        this.kept = kept;
    }

    @GetMapping("/api/v1/screenings/{id}")
    @Operation(summary = "A screening as kept for re-matching, for the agency that made it",
            description = "The name as asked, birth date, nationality, documents (normalised), purpose, place, who and "
                    + "when, and keptUntil (screenedAt + sabueso.screening.retain). 404 for another agency, and once purged.")
    KeptScreening get(Viewer viewer, @PathVariable UUID id) {
        return kept.get(viewer, id).orElseThrow(() -> new DomainException.NotFound(KeptScreeningRefusal.NOT_FOUND, id));
    }
}
