package org.sabueso.agency.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Hotline;
import org.sabueso.agency.Hotlines;
import org.sabueso.agency.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each agency's public tip line: the list the portal shows, and a supervisor setting their own
 * agency's. Without this an agency's number could only be changed in the database.
 */
@RestController
@Tag(name = "Agencies", description = "Agencies' public tip lines")
class HotlineApiController {

    private final Hotlines hotlines;

    HotlineApiController(Hotlines hotlines) {
        this.hotlines = hotlines;
    }

    record HotlineInput(String number) {
    }

    record HotlineJson(String agencyId, String country, String agencyName, String number) {
        static HotlineJson of(Hotline h) {
            return new HotlineJson(h.agencyId(), h.country().value(), h.agencyName(), h.number());
        }
    }

    @GetMapping("/api/v1/hotlines")
    @Operation(summary = "Every agency's public tip line, by country (the portal lists the same)")
    List<HotlineJson> all() {
        return hotlines.all().stream().map(HotlineJson::of).toList();
    }

    @PutMapping("/api/v1/hotline")
    @Operation(summary = "A supervisor sets their agency's public tip line (null or blank removes it)", description = """
            Printed on the agency's posters, shown on its public notices and listed on the portal. At most \
            60 characters, no control characters (400 `agency.hotline.invalid`); only supervisors of the \
            agency (403 `capability.set-hotline`). Audited as `agency.hotline.change`.""")
    HotlineJson set(Viewer viewer, @RequestBody(required = false) HotlineInput input) {
        hotlines.set(viewer, input == null ? null : input.number());
        return hotlines.of(viewer.agencyId()).map(HotlineJson::of)
                .orElse(new HotlineJson(viewer.agencyId(), viewer.country(), null, null));
    }
}
