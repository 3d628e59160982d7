package org.sabueso.custody.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyViews;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operations in the API: raids, retakings and mass transfers, whose headcounts must reconcile. */
@RestController
@Tag(name = "Custody", description = "Prison facilities, roll calls, incidents, escapes and oversight indicators")
class OperationApi {

    private final Custody custody;

    OperationApi(Custody custody) {
        this.custody = custody;
    }

    @PostMapping("/api/v1/facilities/{id}/operations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a raid, retaking or mass transfer; the headcounts must reconcile")
    Map<String, UUID> operation(Viewer viewer, @PathVariable UUID id, @RequestBody CustodyInputs.OperationReport in) {
        return Map.of("id", custody.recordOperation(viewer, id, FormValues.body(in)));
    }

    @GetMapping("/api/v1/facilities/{id}/operations")
    @Operation(summary = "The facility's operations, newest first")
    List<CustodyViews.Operation> operations(Viewer viewer, @PathVariable UUID id) {
        return custody.operations(viewer, id);
    }
}
