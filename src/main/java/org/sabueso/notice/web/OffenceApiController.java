package org.sabueso.notice.web;

import java.util.List;

import org.sabueso.notice.Offences;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The coded list of offences, for API clients: the codes notices carry, with their labels. */
@RestController
@RequestMapping("/api/v1/offences")
@Tag(name = "Notices")
class OffenceApiController {

    @GetMapping
    @Operation(summary = "The coded list of offences with Spanish and English labels")
    List<NoticeJson.Offence> offences() {
        return NoticeJson.Offence.of(Offences.codes());
    }
}
