package org.sabueso.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
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

    ScreeningApiController(Screening screening) {
        this.screening = screening;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Screen one person; hits at or above POSSIBLE, best first, each with its explanation")
    ScreeningResult screen(Viewer viewer, @RequestBody ScreeningRequest request) {
        return screening.screen(viewer, request);
    }
}
