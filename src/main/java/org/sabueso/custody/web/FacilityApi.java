package org.sabueso.custody.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyViews;
import org.sabueso.custody.CustodyTypes;
import org.sabueso.custody.Headcount;
import org.sabueso.custody.Oversight;
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

/** Facilities in the API: listed with their indicators, registered, their figures recorded and imported from CSV. */
@RestController
@Tag(name = "Custody", description = "Prison facilities, roll calls, incidents, escapes and oversight indicators")
class FacilityApi {

    private final Custody custody;

    FacilityApi(Custody custody) {
        this.custody = custody;
    }

    /**
     * {@code level}: the worst reading, NO_FIGURES when no population figure was reported by the day;
     * {@code filesInCustody} against {@code population}, {@code headcountDiffers} when they are not equal.
     */
    record FacilityItem(UUID id, String name, int capacity, Integer population, Integer occupancyPercent,
                        boolean atRiskOfSelfRule, Oversight.Level level, CustodyTypes.FacilityStatus status,
                        LocalDate statusSince, int filesInCustody, boolean headcountDiffers) {
    }

    record FacilityList(List<FacilityItem> items) {
    }

    @GetMapping("/api/v1/facilities")
    @Operation(summary = "Facilities the caller may see, with population, occupancy and the self-rule warning")
    FacilityList list(Viewer viewer, @RequestParam(required = false) String country,
                      @RequestParam(required = false) LocalDate at) {
        return new FacilityList(custody.facilities(viewer, country, at).stream()
                .map(r -> new FacilityItem(r.facility().id(), r.facility().name(), r.facility().designCapacity(),
                        r.population(), r.occupancyPercent(), r.report().atRiskOfSelfRule(), r.report().worst(),
                        r.facility().status(), r.facility().statusSince(), r.headcount().filesInCustody(),
                        r.headcount().differs())).toList());
    }

    @PostMapping("/api/v1/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registers a facility of the caller's country with its units (supervisors)")
    Map<String, UUID> register(Viewer viewer, @RequestBody CustodyInputs.NewFacility facility) {
        return Map.of("id", custody.registerFacility(viewer, FormValues.body(facility)));
    }

    record FacilityDetail(CustodyViews.Facility facility, List<CustodyViews.Unit> units) {
    }

    @GetMapping("/api/v1/facilities/{id}")
    @Operation(summary = "One facility with its units")
    FacilityDetail get(Viewer viewer, @PathVariable UUID id) {
        CustodyViews.Facility f = custody.facility(viewer, id).orElseThrow(() -> new DomainException.NotFound(CustodyRefusal.NO_FACILITY, id));
        return new FacilityDetail(f, custody.units(viewer, id));
    }

    record Flag(Oversight.Indicator indicator, Oversight.Level level, BigDecimal value, BigDecimal standard, String reason) {
    }

    /** {@code hasFigures}: a population figure was known on the day; {@code level} is NO_FIGURES when not. */
    record Indicators(LocalDate at, boolean atRiskOfSelfRule, boolean hasFigures, Oversight.Level level, List<Flag> flags) {
    }

    @GetMapping("/api/v1/facilities/{id}/indicators")
    @Operation(summary = "The oversight flags (AMBER, RED, CRITICAL) of a facility on a day, and whether it is at risk of self-rule")
    Indicators indicators(Viewer viewer, @PathVariable UUID id, @RequestParam(required = false) LocalDate at) {
        Oversight.Report report = custody.indicators(viewer, id, at);
        return new Indicators(report.at(), report.atRiskOfSelfRule(), report.hasFigures(), report.worst(), report.flags().stream()
                .map(r -> new Flag(r.indicator(), r.level(), r.value(), r.standard(), r.reason())).toList());
    }

    @GetMapping("/api/v1/facilities/{id}/headcount")
    @Operation(summary = "The prisoner files in custody now against the population last reported; differs when they are not equal")
    HeadcountJson headcount(Viewer viewer, @PathVariable UUID id) {
        Headcount h = custody.headcount(viewer, id);
        return new HeadcountJson(h.filesInCustody(), h.population(), h.populationOn(), h.differs());
    }

    record HeadcountJson(int filesInCustody, Integer population, LocalDate populationOn, boolean differs) {
    }

    @GetMapping("/api/v1/facilities/{id}/series")
    @Operation(summary = "Population, occupancy, prisoners per officer and incidents at each population figure")
    List<CustodyViews.SeriesPoint> series(Viewer viewer, @PathVariable UUID id) {
        return custody.series(viewer, id);
    }

    @PostMapping("/api/v1/facilities/{id}/figures")
    @Operation(summary = "A day's figures: population, officers per shift, state meals, families' share, water, visitors")
    Map<String, String> figures(Viewer viewer, @PathVariable UUID id, @RequestBody CustodyInputs.DailyFigures figures) {
        custody.recordFigures(viewer, id, FormValues.body(figures));
        return Map.of("recorded", String.valueOf(figures.date()));
    }

    @PostMapping(value = "/api/v1/facilities/import", consumes = "text/csv")
    @Operation(summary = "Imports facilities from CSV: name,region,design_capacity,operational_capacity,status,oversight_scope")
    Map<String, Integer> importFacilities(Viewer viewer, @RequestBody(required = false) String csv) {
        return Map.of("imported", custody.importFacilities(viewer, csv));
    }

    @PostMapping(value = "/api/v1/population-figures/import", consumes = "text/csv")
    @Operation(summary = "Imports population figures from CSV: facility,date,population")
    Map<String, Integer> importPopulation(Viewer viewer, @RequestBody(required = false) String csv) {
        return Map.of("imported", custody.importPopulation(viewer, csv));
    }
}
