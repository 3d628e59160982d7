package org.sabueso.custody.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs.DailyFigures;
import org.sabueso.custody.CustodyInputs.NewFacility;
import org.sabueso.custody.CustodyInputs.NewUnit;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.FacilityRow;
import org.sabueso.custody.Headcount;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facilities: registering one with its units, listing those a viewer may see, and a day's figures. */
@Service
class Facilities {

    /** The largest capacity or officer count accepted: a bound against typing slips, far above any prison. */
    static final int MAX_CAPACITY = 1_000_000;

    private final FacilityRepository repository;
    private final FiguresRepository figures;
    private final OversightReader oversight;
    private final CustodyAccess access;
    private final CustodyJournal journal;
    private final Agencies agencies;
    private final Clock clock;

    Facilities(FacilityRepository repository, FiguresRepository figures, OversightReader oversight, CustodyAccess access,
               CustodyJournal journal, Agencies agencies, Clock clock) {
        this.repository = repository;
        this.figures = figures;
        this.oversight = oversight;
        this.access = access;
        this.journal = journal;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    public UUID register(Viewer viewer, NewFacility nf) {
        CustodyRules.onlySupervisorsMayRegisterOrImport(viewer);
        Facility f = valid(viewer, nf, "");
        repository.insertFacility(f);
        insertUnits(f.id(), null, nf.units(), new LinkedHashMap<>(), "units");
        journal.recorded(viewer, "custody.facility.register", "facility", f.id(), f.name());
        return f.id();
    }

    /** Checks a new facility; {@code prefix} names the CSV line the fields come from. */
    Facility valid(Viewer viewer, NewFacility nf, String prefix) {
        Map<String, Refusal> errors = new LinkedHashMap<>();
        String name = CustodyRules.required(errors, prefix + "name", nf.name(), CustodyRules.MAX_NAME);
        String region = CustodyRules.optional(errors, prefix + "region", nf.region(), CustodyRules.MAX_NAME);
        if (nf.designCapacity() < 1 || nf.designCapacity() > MAX_CAPACITY) {
            CustodyRules.refuse(errors, prefix + "designCapacity", CustodyRefusal.BETWEEN, 1, MAX_CAPACITY);
        }
        if (nf.operationalCapacity() != null && (nf.operationalCapacity() < 1 || nf.operationalCapacity() > MAX_CAPACITY)) {
            CustodyRules.refuse(errors, prefix + "operationalCapacity", CustodyRefusal.BETWEEN, 1, MAX_CAPACITY);
        }
        SharingScope scope = nf.oversightScope() == null ? SharingScope.NATIONAL : nf.oversightScope();
        if (scope == SharingScope.PARTNERS && nf.partnerAgencyIds().isEmpty()) {
            CustodyRules.refuse(errors, prefix + "partnerAgencyIds", CustodyRefusal.PARTNERS_REQUIRED);
        }
        nf.partnerAgencyIds().stream().filter(a -> agencies.find(a).isEmpty()).findFirst()
                .ifPresent(a -> CustodyRules.refuse(errors, prefix + "partnerAgencyIds", CustodyRefusal.UNKNOWN_AGENCY, a));
        if (name != null && !errors.containsKey(prefix + "name") && repository.facilityNamed(viewer.country(), name)) {
            CustodyRules.refuse(errors, prefix + "name", CustodyRefusal.FACILITY_NAME_TAKEN, viewer.country());
        }
        CustodyRules.throwIfAny(errors);
        return new Facility(UUID.randomUUID(), viewer.country(), name, region, viewer.agencyId(),
                nf.status() == null ? FacilityStatus.OPERATING : nf.status(), nf.designCapacity(),
                nf.operationalCapacity(), scope, nf.partnerAgencyIds(), LocalDate.now(clock));
    }

    private void insertUnits(UUID facilityId, UUID parentId, List<NewUnit> units, Map<String, Refusal> errors, String path) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            NewUnit u = units.get(i);
            String field = path + "[" + i + "]";
            String name = CustodyRules.required(errors, field + ".name", u.name(), 200);
            if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
                CustodyRules.refuse(errors, field + ".name", CustodyRefusal.UNIT_NAME_TWICE);
            }
            if (u.kind() == null) {
                CustodyRules.refuse(errors, field + ".kind", CustodyRefusal.REQUIRED);
            }
            if (u.floorAreaM2() != null && (u.floorAreaM2().signum() <= 0
                    || u.floorAreaM2().compareTo(BigDecimal.valueOf(MAX_CAPACITY)) > 0)) {
                CustodyRules.refuse(errors, field + ".floorAreaM2", CustodyRefusal.FLOOR_AREA);
            }
            CustodyRules.nonNegative(errors, field + ".designCapacity", u.designCapacity(), MAX_CAPACITY);
            CustodyRules.nonNegative(errors, field + ".operationalCapacity", u.operationalCapacity(), MAX_CAPACITY);
            CustodyRules.throwIfAny(errors);
            UUID id = UUID.randomUUID();
            repository.insertUnit(id, facilityId, parentId, u.kind(), name, u.cellType(), u.floorAreaM2(),
                    u.designCapacity(), u.operationalCapacity());
            insertUnits(facilityId, id, u.units(), errors, field + ".units");
        }
    }

    @Transactional
    public List<FacilityRow> list(Viewer viewer, String country, LocalDate at) {
        String cc = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        List<Facility> found = repository.visibleFacilities(viewer, cc);
        LocalDate day = at == null ? LocalDate.now(clock) : at;
        List<FacilityRow> rows = found.stream().map(f -> row(f, day)).toList();
        journal.read(viewer, "custody.facility.list", "facility", null,
                "country=" + (cc == null ? "" : cc) + " at " + day + " → " + rows.size());
        return rows;
    }

    private FacilityRow row(Facility f, LocalDate at) {
        Optional<FiguresRepository.Dated> pop = figures.populationAt(f.id(), at);
        Integer occupancy = pop.map(p -> (int) Math.round(100.0 * p.value() / f.designCapacity())).orElse(null);
        Integer population = pop.map(FiguresRepository.Dated::value).orElse(null);
        LocalDate on = pop.map(FiguresRepository.Dated::on).orElse(null);
        return new FacilityRow(f, population, on, occupancy, oversight.evaluate(f, at), headcount(f.id()));
    }

    /** The files in custody now (files keep no past counts) against the population last reported by today. */
    private Headcount headcount(UUID facilityId) {
        Optional<FiguresRepository.Dated> pop = figures.populationAt(facilityId, LocalDate.now(clock));
        return new Headcount(repository.filesInCustody(facilityId), pop.map(FiguresRepository.Dated::value).orElse(null),
                pop.map(FiguresRepository.Dated::on).orElse(null));
    }

    /** The files in custody against the population last reported. */
    @Transactional(readOnly = true)
    public Headcount headcount(Viewer viewer, UUID facilityId) {
        return headcount(access.visible(viewer, facilityId).id());
    }

    @Transactional
    public Optional<Facility> facility(Viewer viewer, UUID id) {
        Optional<Facility> f = access.seen(viewer, id);
        f.ifPresent(x -> journal.read(viewer, "custody.facility.read", "facility", x.id(), x.name()));
        return f;
    }

    @Transactional(readOnly = true)
    public List<Unit> units(Viewer viewer, UUID facilityId) {
        access.visible(viewer, facilityId);
        return repository.units(facilityId);
    }

    @Transactional(readOnly = true)
    public Optional<Unit> unit(Viewer viewer, UUID unitId) {
        return repository.unit(unitId).filter(u -> access.seen(viewer, u.facilityId()).isPresent());
    }

    @Transactional
    public void recordFigures(Viewer viewer, UUID facilityId, DailyFigures d) {
        Facility f = access.recordable(viewer, facilityId);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (d.date() == null) {
            CustodyRules.refuse(errors, "date", CustodyRefusal.DATE_REQUIRED);
        } else if (d.date().isAfter(LocalDate.now(clock)) || d.date().isBefore(LocalDate.of(1900, 1, 1))) {
            CustodyRules.refuse(errors, "date", CustodyRefusal.DATE_RANGE);
        }
        CustodyRules.nonNegative(errors, "population", d.population(), 10_000_000);
        CustodyRules.nonNegative(errors, "dayShiftOfficers", d.dayShiftOfficers(), MAX_CAPACITY);
        CustodyRules.nonNegative(errors, "nightShiftOfficers", d.nightShiftOfficers(), MAX_CAPACITY);
        CustodyRules.nonNegative(errors, "stateMealsServed", d.stateMealsServed(), 100_000_000);
        CustodyRules.nonNegative(errors, "fedByFamiliesPercent", d.fedByFamiliesPercent(), 100);
        CustodyRules.nonNegative(errors, "visitorsIn", d.visitorsIn(), 10_000_000);
        CustodyRules.nonNegative(errors, "visitorsOut", d.visitorsOut(), 10_000_000);
        if (d.waterLitresPerPerson() != null && (d.waterLitresPerPerson().signum() < 0
                || d.waterLitresPerPerson().compareTo(BigDecimal.valueOf(10_000)) > 0)) {
            CustodyRules.refuse(errors, "waterLitresPerPerson", CustodyRefusal.BETWEEN, 0, 10_000);
        }
        if ((d.visitorsIn() == null) != (d.visitorsOut() == null)) {
            CustodyRules.refuse(errors, "visitorsOut", CustodyRefusal.VISITORS);
        }
        CustodyRules.throwIfAny(errors);
        if (d.population() != null) {
            figures.recordPopulation(f.id(), d.date(), d.population(), viewer.username());
        }
        if (d.dayShiftOfficers() != null) {
            figures.recordShift(f.id(), d.date(), "DAY", d.dayShiftOfficers());
        }
        if (d.nightShiftOfficers() != null) {
            figures.recordShift(f.id(), d.date(), "NIGHT", d.nightShiftOfficers());
        }
        if (d.stateMealsServed() != null) {
            figures.recordFood(f.id(), d.date(), d.stateMealsServed(), d.fedByFamiliesPercent(), d.waterLitresPerPerson());
        }
        if (d.visitorsIn() != null) {
            figures.recordVisitors(f.id(), d.date(), d.visitorsIn(), d.visitorsOut());
        }
        journal.recorded(viewer, "custody.figures", "facility", f.id(), "figures of " + d.date());
    }
}
