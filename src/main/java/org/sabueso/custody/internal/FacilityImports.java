package org.sabueso.custody.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs.NewFacility;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV imports a prison service sends, all or nothing: every bad line is refused by its
 * number, field by field, and nothing is written unless every line is good.
 */
@Service
class FacilityImports {

    private final CsvImports csv;
    private final Facilities facilities;
    private final FacilityRepository repository;
    private final FiguresRepository figures;
    private final CustodyJournal journal;
    private final Clock clock;

    FacilityImports(CsvImports csv, Facilities facilities, FacilityRepository repository, FiguresRepository figures,
                    CustodyJournal journal, Clock clock) {
        this.csv = csv;
        this.facilities = facilities;
        this.repository = repository;
        this.figures = figures;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public int importFacilities(Viewer viewer, String text) {
        CustodyRules.onlySupervisorsMayRegisterOrImport(viewer);
        List<NewFacility> lines = csv.facilities(text);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<Facility> valid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // the header is line 1
            String line = "line " + (i + 2) + ": ";
            try {
                Facility f = facilities.valid(viewer, lines.get(i), line);
                if (!seen.add(f.name().toLowerCase(Locale.ROOT))) {
                    CustodyRules.refuse(errors, line + "name", CustodyRefusal.IMPORT_TWICE);
                }
                valid.add(f);
            } catch (DomainException.InvalidInput e) {
                errors.putAll(e.errors());
            }
        }
        CustodyRules.throwIfAny(errors);
        valid.forEach(repository::insertFacility);
        journal.recorded(viewer, "custody.facility.import", "facility", null, valid.size() + " facilities");
        return valid.size();
    }

    @Transactional
    public int importPopulation(Viewer viewer, String text) {
        CustodyRules.onlySupervisorsMayRegisterOrImport(viewer);
        List<CsvImports.PopulationLine> lines = csv.population(text);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        List<Runnable> writes = new ArrayList<>();
        for (CsvImports.PopulationLine l : lines) {
            String line = "line " + l.line() + ": ";
            Optional<Facility> f = repository.facilityByName(viewer.country(), l.facility())
                    .filter(x -> SharingPolicy.mayView(viewer, x));
            if (f.isEmpty()) {
                CustodyRules.refuse(errors, line + "facility", CustodyRefusal.IMPORT_NO_FACILITY, viewer.country(), l.facility());
                continue;
            }
            if (l.date().isAfter(LocalDate.now(clock))) {
                CustodyRules.refuse(errors, line + "date", CustodyRefusal.DATE_RANGE);
                continue;
            }
            UUID id = f.get().id();
            writes.add(() -> figures.recordPopulation(id, l.date(), l.population(), "csv " + viewer.username()));
        }
        CustodyRules.throwIfAny(errors);
        writes.forEach(Runnable::run);
        journal.recorded(viewer, "custody.population.import", "facility", null, writes.size() + " figures");
        return writes.size();
    }
}
