package org.sabueso.custody.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyViews;
import org.sabueso.custody.internal.CustodyRefusal;
import org.sabueso.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Roll calls in the API: recorded, listed, their discrepancies explained, and the deadline check run. */
@RestController
@Tag(name = "Custody", description = "Prison facilities, roll calls, incidents, escapes and oversight indicators")
class RollCallApi {

    private final Custody custody;

    RollCallApi(Custody custody) {
        this.custody = custody;
    }

    record RollCallInput(UUID unitId, Integer counted, Set<UUID> missingFileIds, String note) {
    }

    @PostMapping("/api/v1/facilities/{id}/roll-calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a roll call in a unit: the expected count comes from the files in custody there")
    CustodyViews.RollCall rollCall(Viewer viewer, @PathVariable UUID id, @RequestBody RollCallInput in) {
        ApiGuards.requireRecorder(custody, viewer, id);
        if (in == null || in.counted() == null) {
            throw new DomainException.InvalidInput("counted", CustodyRefusal.REQUIRED);
        }
        return custody.recordRollCall(viewer, id, new CustodyInputs.RollCallEntry(in.unitId(), in.counted(),
                in.missingFileIds(), in.note()));
    }

    @GetMapping("/api/v1/facilities/{id}/roll-calls")
    @Operation(summary = "The facility's latest roll calls, newest first")
    List<CustodyViews.RollCall> rollCalls(Viewer viewer, @PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return custody.rollCalls(viewer, id, limit);
    }

    record Explanation(String explanation) {
    }

    @PostMapping("/api/v1/roll-calls/{id}/resolve")
    @Operation(summary = "Explains a discrepancy (the prisoner was in the infirmary), so no escape is opened")
    Map<String, UUID> resolve(Viewer viewer, @PathVariable UUID id, @RequestBody Explanation in) {
        custody.resolveDiscrepancy(viewer, id, in == null ? null : in.explanation());
        return Map.of("resolved", id);
    }

    @PostMapping("/api/v1/roll-calls/escalations")
    @Operation(summary = "Opens escape incidents for shortfalls past their deadline now (it also runs every minute)")
    Map<String, List<UUID>> escalate(Viewer viewer) {
        ApiGuards.requirePrisonStaff(viewer);
        return Map.of("opened", custody.escalateOverdueDiscrepancies(Instant.now()));
    }
}
