package org.sabueso.custody.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyEvents;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyInputs.Admission;
import org.sabueso.custody.CustodyInputs.DailyFigures;
import org.sabueso.custody.CustodyInputs.EscapeReport;
import org.sabueso.custody.CustodyInputs.NewFacility;
import org.sabueso.custody.CustodyInputs.NewIncident;
import org.sabueso.custody.CustodyInputs.NewUnit;
import org.sabueso.custody.CustodyInputs.OperationReport;
import org.sabueso.custody.CustodyInputs.RollCallEntry;
import org.sabueso.custody.CustodyTypes.EntryKind;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.custody.CustodyTypes.FileStatus;
import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyTypes.Involvement;
import org.sabueso.custody.CustodyTypes.Severity;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.FacilityRow;
import org.sabueso.custody.CustodyViews.FileEntry;
import org.sabueso.custody.CustodyViews.Incident;
import org.sabueso.custody.CustodyViews.Involved;
import org.sabueso.custody.CustodyViews.Operation;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.custody.CustodyViews.RollCall;
import org.sabueso.custody.CustodyViews.SeriesPoint;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.custody.Oversight;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CustodyService implements Custody {

    private static final Set<IncidentType> VIOLENT = EnumSet.copyOf(
            java.util.Arrays.stream(IncidentType.values()).filter(IncidentType::violent).toList());
    private static final Set<IncidentType> WEAPON_OR_TUNNEL = EnumSet.copyOf(
            java.util.Arrays.stream(IncidentType.values()).filter(IncidentType::weaponOrTunnel).toList());

    private final CustodyRepository repository;
    private final OversightRules rules;
    private final CustodyConfiguration.Settings settings;
    private final CsvImports csv;
    private final Notices notices;
    private final Persons persons;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustodyService(CustodyRepository repository, OversightRules rules, CustodyConfiguration.Settings settings,
                   CsvImports csv, Notices notices, Persons persons, Agencies agencies, ApplicationEventPublisher events,
                   Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.settings = settings;
        this.csv = csv;
        this.notices = notices;
        this.persons = persons;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void recorded(Viewer viewer, String action, String type, UUID target, String detail) {
        events.publishEvent(new CustodyEvents.CustodyRecorded(action, type, target, detail, viewer.username(), viewer.agencyId()));
    }

    private void read(Viewer viewer, String action, String type, UUID target, String detail) {
        if (!viewer.isPublic()) {
            events.publishEvent(new CustodyEvents.CustodyRead(action, type, target, detail, viewer.username(), viewer.agencyId()));
        }
    }

    /** The facility if the viewer may see its oversight; not found otherwise. */
    private Facility visible(Viewer viewer, UUID id) {
        return repository.findFacility(id).filter(f -> SharingPolicy.mayView(viewer, f))
                .orElseThrow(() -> new DomainException.NotFound("no facility " + id));
    }

    private Facility recordable(Viewer viewer, UUID id) {
        Facility f = visible(viewer, id);
        CustodyRules.onlyPrisonStaffOfTheCountryMayRecord(viewer, f);
        return f;
    }

    private boolean mayReadFiles(Viewer viewer, PrisonerFile file) {
        return SharingPolicy.mayView(viewer, file) && CustodyRules.mayReadPrisonerFiles(viewer);
    }

    private boolean mayReadFilesOf(Viewer viewer, Facility f) {
        return !viewer.isPublic() && f.country().equals(viewer.country()) && CustodyRules.mayReadPrisonerFiles(viewer);
    }

    @Override
    public boolean mayRecord(Viewer viewer, Facility facility) {
        return CustodyRules.prisonStaffOf(viewer, facility.country());
    }

    @Override
    public boolean mayReadPrisonerFiles(Viewer viewer, Facility facility) {
        return mayReadFilesOf(viewer, facility);
    }

    // facilities

    @Override
    @Transactional
    public UUID registerFacility(Viewer viewer, NewFacility nf) {
        CustodyRules.onlySupervisorsMayRegisterOrImport(viewer);
        Facility f = validFacility(viewer, nf, "");
        repository.insertFacility(f);
        insertUnits(f.id(), null, nf.units(), new LinkedHashMap<>(), "units");
        recorded(viewer, "custody.facility.register", "facility", f.id(), f.name());
        return f.id();
    }

    /** Checks a new facility; {@code prefix} names the CSV line the fields come from. */
    Facility validFacility(Viewer viewer, NewFacility nf, String prefix) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = CustodyRules.required(errors, prefix + "name", nf.name(), CustodyRules.MAX_NAME);
        String region = CustodyRules.optional(errors, prefix + "region", nf.region(), CustodyRules.MAX_NAME);
        if (nf.designCapacity() < 1 || nf.designCapacity() > 1_000_000) {
            errors.put(prefix + "designCapacity", "must be between 1 and 1000000");
        }
        if (nf.operationalCapacity() != null && (nf.operationalCapacity() < 1 || nf.operationalCapacity() > 1_000_000)) {
            errors.put(prefix + "operationalCapacity", "must be between 1 and 1000000");
        }
        SharingScope scope = nf.oversightScope() == null ? SharingScope.NATIONAL : nf.oversightScope();
        if (scope == SharingScope.PARTNERS && nf.partnerAgencyIds().isEmpty()) {
            errors.put(prefix + "partnerAgencyIds", "name at least one partner agency for this scope");
        }
        nf.partnerAgencyIds().stream().filter(a -> agencies.find(a).isEmpty()).findFirst()
                .ifPresent(a -> errors.put(prefix + "partnerAgencyIds", "unknown agency: " + a));
        if (name != null && !errors.containsKey(prefix + "name") && repository.facilityNamed(viewer.country(), name)) {
            errors.put(prefix + "name", "a facility of that name is already registered in " + viewer.country());
        }
        CustodyRules.throwIfAny(errors);
        return new Facility(UUID.randomUUID(), viewer.country(), name, region, viewer.agencyId(),
                nf.status() == null ? FacilityStatus.OPERATING : nf.status(), nf.designCapacity(),
                nf.operationalCapacity(), scope, nf.partnerAgencyIds());
    }

    private void insertUnits(UUID facilityId, UUID parentId, List<NewUnit> units, Map<String, String> errors, String path) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            NewUnit u = units.get(i);
            String field = path + "[" + i + "]";
            String name = CustodyRules.required(errors, field + ".name", u.name(), 200);
            if (name != null && !names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                errors.put(field + ".name", "two units of the same name in one place");
            }
            if (u.kind() == null) {
                errors.put(field + ".kind", "is required");
            }
            if (u.floorAreaM2() != null && (u.floorAreaM2().signum() <= 0 || u.floorAreaM2().compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
                errors.put(field + ".floorAreaM2", "must be between 0 and 1000000 m²");
            }
            CustodyRules.nonNegative(errors, field + ".designCapacity", u.designCapacity(), 1_000_000);
            CustodyRules.nonNegative(errors, field + ".operationalCapacity", u.operationalCapacity(), 1_000_000);
            CustodyRules.throwIfAny(errors);
            UUID id = UUID.randomUUID();
            repository.insertUnit(id, facilityId, parentId, u.kind(), name, u.cellType(), u.floorAreaM2(),
                    u.designCapacity(), u.operationalCapacity());
            insertUnits(facilityId, id, u.units(), errors, field + ".units");
        }
    }

    @Override
    @Transactional
    public List<FacilityRow> facilities(Viewer viewer, String country, LocalDate at) {
        String cc = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        List<Facility> found = repository.visibleFacilities(viewer, cc);
        LocalDate today = at == null ? today() : at;
        List<FacilityRow> rows = found.stream().map(f -> row(f, today)).toList();
        read(viewer, "custody.facility.list", "facility", null, "country=" + (cc == null ? "" : cc) + " at " + today + " → " + rows.size());
        return rows;
    }

    private FacilityRow row(Facility f, LocalDate at) {
        Optional<CustodyRepository.Dated> pop = repository.populationAt(f.id(), at);
        Integer occupancy = pop.map(p -> (int) Math.round(100.0 * p.value() / f.designCapacity())).orElse(null);
        return new FacilityRow(f, pop.map(CustodyRepository.Dated::value).orElse(null),
                pop.map(CustodyRepository.Dated::on).orElse(null), occupancy, evaluate(f, at));
    }

    @Override
    @Transactional
    public Optional<Facility> facility(Viewer viewer, UUID id) {
        Optional<Facility> f = repository.findFacility(id).filter(x -> SharingPolicy.mayView(viewer, x));
        f.ifPresent(x -> read(viewer, "custody.facility.read", "facility", x.id(), x.name()));
        return f;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Unit> units(Viewer viewer, UUID facilityId) {
        visible(viewer, facilityId);
        return repository.units(facilityId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Unit> unit(Viewer viewer, UUID unitId) {
        return repository.unit(unitId).filter(u -> repository.findFacility(u.facilityId())
                .filter(f -> SharingPolicy.mayView(viewer, f)).isPresent());
    }

    @Override
    @Transactional
    public void recordFigures(Viewer viewer, UUID facilityId, DailyFigures d) {
        Facility f = recordable(viewer, facilityId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.date() == null) {
            errors.put("date", "a date (YYYY-MM-DD) is required");
        } else if (d.date().isAfter(today()) || d.date().isBefore(LocalDate.of(1900, 1, 1))) {
            errors.put("date", "the date must be between 1900 and today");
        }
        CustodyRules.nonNegative(errors, "population", d.population(), 10_000_000);
        CustodyRules.nonNegative(errors, "dayShiftOfficers", d.dayShiftOfficers(), 1_000_000);
        CustodyRules.nonNegative(errors, "nightShiftOfficers", d.nightShiftOfficers(), 1_000_000);
        CustodyRules.nonNegative(errors, "stateMealsServed", d.stateMealsServed(), 100_000_000);
        CustodyRules.nonNegative(errors, "fedByFamiliesPercent", d.fedByFamiliesPercent(), 100);
        CustodyRules.nonNegative(errors, "visitorsIn", d.visitorsIn(), 10_000_000);
        CustodyRules.nonNegative(errors, "visitorsOut", d.visitorsOut(), 10_000_000);
        if (d.waterLitresPerPerson() != null && (d.waterLitresPerPerson().signum() < 0
                || d.waterLitresPerPerson().compareTo(BigDecimal.valueOf(10_000)) > 0)) {
            errors.put("waterLitresPerPerson", "must be between 0 and 10000");
        }
        if ((d.visitorsIn() == null) != (d.visitorsOut() == null)) {
            errors.put("visitorsOut", "give visitors in and out together");
        }
        CustodyRules.throwIfAny(errors);
        if (d.population() != null) {
            repository.recordPopulation(f.id(), d.date(), d.population(), viewer.username());
        }
        if (d.dayShiftOfficers() != null) {
            repository.recordShift(f.id(), d.date(), "DAY", d.dayShiftOfficers());
        }
        if (d.nightShiftOfficers() != null) {
            repository.recordShift(f.id(), d.date(), "NIGHT", d.nightShiftOfficers());
        }
        if (d.stateMealsServed() != null) {
            repository.recordFood(f.id(), d.date(), d.stateMealsServed(), d.fedByFamiliesPercent(), d.waterLitresPerPerson());
        }
        if (d.visitorsIn() != null) {
            repository.recordVisitors(f.id(), d.date(), d.visitorsIn(), d.visitorsOut());
        }
        recorded(viewer, "custody.figures", "facility", f.id(), "figures of " + d.date());
    }

    @Override
    @Transactional
    public Oversight.Report indicators(Viewer viewer, UUID facilityId, LocalDate at) {
        Facility f = visible(viewer, facilityId);
        LocalDate day = at == null ? today() : at;
        Oversight.Report report = evaluate(f, day);
        read(viewer, "custody.indicators", "facility", f.id(), "at " + day + (report.atRiskOfSelfRule() ? " at risk" : ""));
        return report;
    }

    /** The figures known on the day, read by the rules. */
    Oversight.Report evaluate(Facility f, LocalDate at) {
        Instant end = at.plusDays(1).atStartOfDay(zone()).toInstant();
        int window = Math.max(1, settings.headcountWindowDays());
        Integer population = repository.populationAt(f.id(), at).map(CustodyRepository.Dated::value).orElse(null);
        Integer daysWithoutMeals = repository.foodAt(f.id(), at).map(food -> {
            if (food.stateMeals() > 0) {
                return 0;
            }
            return repository.lastStateMealOn(f.id(), at)
                    .map(last -> (int) ChronoUnit.DAYS.between(last, at))
                    .orElseGet(() -> (int) ChronoUnit.DAYS.between(repository.firstFoodRecord(f.id()), at) + 1);
        }).orElse(null);
        Instant last30 = end.minus(Duration.ofDays(30));
        OversightRules.Figures figures = new OversightRules.Figures(population, f.designCapacity(),
                repository.livingArea(f.id()).orElse(null), repository.officersAt(f.id(), at).orElse(null),
                f.status() == FacilityStatus.CLOSED ? null
                        : repository.rollCallsBetween(f.id(), end.minus(Duration.ofDays(window)), end),
                repository.countedUnits(f.id()), window, daysWithoutMeals,
                repository.incidentsBetween(f.id(), VIOLENT, last30, end),
                repository.incidentsBetween(f.id(), VIOLENT, last30.minus(Duration.ofDays(90)), last30),
                repository.incidentsBetween(f.id(), WEAPON_OR_TUNNEL, end.minus(Duration.ofDays(90)), end));
        return rules.evaluate(f.id(), at, figures);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SeriesPoint> series(Viewer viewer, UUID facilityId) {
        Facility f = visible(viewer, facilityId);
        List<SeriesPoint> points = new ArrayList<>();
        LocalDate previous = null;
        for (CustodyRepository.Dated p : repository.populations(f.id())) {
            Instant from = (previous == null ? p.on().minusYears(1) : previous).plusDays(1).atStartOfDay(zone()).toInstant();
            Instant to = p.on().plusDays(1).atStartOfDay(zone()).toInstant();
            BigDecimal perOfficer = repository.officersAt(f.id(), p.on()).filter(o -> o > 0)
                    .map(o -> BigDecimal.valueOf(p.value()).divide(BigDecimal.valueOf(o), 1, java.math.RoundingMode.HALF_UP))
                    .orElse(null);
            points.add(new SeriesPoint(p.on(), p.value(), (int) Math.round(100.0 * p.value() / f.designCapacity()),
                    perOfficer, repository.incidentsUpTo(f.id(), from, to)));
            previous = p.on();
        }
        return points;
    }

    @Override
    @Transactional
    public int importFacilities(Viewer viewer, String text) {
        CustodyRules.onlySupervisorsMayRegisterOrImport(viewer);
        List<NewFacility> facilities = csv.facilities(text);
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<Facility> valid = new ArrayList<>();
        for (int i = 0; i < facilities.size(); i++) {
            String line = "line " + (i + 2) + ": ";
            NewFacility nf = facilities.get(i);
            try {
                Facility f = validFacility(viewer, nf, line);
                if (!seen.add(f.name().toLowerCase(java.util.Locale.ROOT))) {
                    errors.put(line + "name", "the same facility appears twice in the file");
                }
                valid.add(f);
            } catch (DomainException.InvalidInput e) {
                errors.putAll(e.texts());
            }
        }
        CustodyRules.throwIfAny(errors);
        valid.forEach(repository::insertFacility);
        recorded(viewer, "custody.facility.import", "facility", null, valid.size() + " facilities");
        return valid.size();
    }

    @Override
    @Transactional
    public int importPopulation(Viewer viewer, String text) {
        CustodyRules.onlySupervisorsMayRegisterOrImport(viewer);
        List<CsvImports.PopulationLine> lines = csv.population(text);
        Map<String, String> errors = new LinkedHashMap<>();
        List<Runnable> writes = new ArrayList<>();
        for (CsvImports.PopulationLine l : lines) {
            String line = "line " + l.line() + ": ";
            Optional<Facility> f = repository.facilityByName(viewer.country(), l.facility())
                    .filter(x -> SharingPolicy.mayView(viewer, x));
            if (f.isEmpty()) {
                errors.put(line + "facility", "no facility of that name in " + viewer.country() + ": " + l.facility());
                continue;
            }
            if (l.date().isAfter(today())) {
                errors.put(line + "date", "the date must be between 1900 and today");
                continue;
            }
            UUID id = f.get().id();
            writes.add(() -> repository.recordPopulation(id, l.date(), l.population(), "csv " + viewer.username()));
        }
        CustodyRules.throwIfAny(errors);
        writes.forEach(Runnable::run);
        recorded(viewer, "custody.population.import", "facility", null, writes.size() + " figures");
        return writes.size();
    }

    // prisoner files

    @Override
    @Transactional
    public UUID admit(Viewer viewer, UUID facilityId, Admission a) {
        Facility f = recordable(viewer, facilityId);
        Map<String, String> errors = new LinkedHashMap<>();
        String number = CustodyRules.required(errors, "fileNumber", a.fileNumber(), 64);
        String authority = CustodyRules.required(errors, "commitmentAuthority", a.commitmentAuthority(), CustodyRules.MAX_NAME);
        String reason = CustodyRules.required(errors, "commitmentReason", a.commitmentReason(), 2000);
        String reference = CustodyRules.required(errors, "commitmentReference", a.commitmentReference(), 200);
        if (a.commitmentDate() == null) {
            errors.put("commitmentDate", "a date (YYYY-MM-DD) is required");
        }
        if (a.admittedOn() == null) {
            errors.put("admittedOn", "a date (YYYY-MM-DD) is required");
        } else if (a.admittedOn().isAfter(today())) {
            errors.put("admittedOn", "the date must be between 1900 and today");
        } else if (a.commitmentDate() != null && a.commitmentDate().isAfter(a.admittedOn())) {
            errors.put("commitmentDate", "no admission before the commitment order");
        }
        String injuries = CustodyRules.optional(errors, "injuriesAtAdmission", a.injuriesAtAdmission(), 2000);
        String complaints = CustodyRules.optional(errors, "complaintsAtAdmission", a.complaintsAtAdmission(), 2000);
        String property = CustodyRules.optional(errors, "property", a.property(), 2000);
        String family = CustodyRules.optional(errors, "familyContact", a.familyContact(), 500);
        String emergency = CustodyRules.optional(errors, "emergencyContact", a.emergencyContact(), 500);
        String classification = CustodyRules.optional(errors, "classification", a.classification(), 200);
        if (a.unitId() != null && unitIn(f, a.unitId()).isEmpty()) {
            errors.put("unitId", "no such unit in this facility");
        }
        if ((a.personId() == null) == (a.person() == null)) {
            errors.put("personId", "name a person on record or describe a new one, not both");
        } else if (a.personId() != null && persons.get(a.personId()).isEmpty()) {
            errors.put("personId", "no person " + a.personId());
        }
        if (number != null && repository.fileNumberTaken(f.id(), number)) {
            errors.put("fileNumber", "that file number is taken in this facility");
        }
        CustodyRules.throwIfAny(errors);
        UUID personId = a.personId() != null ? a.personId() : persons.record(a.person(), viewer.agencyId());
        PersonView person = persons.get(personId).orElseThrow();
        UUID id = UUID.randomUUID();
        repository.insertFile(new PrisonerFile(id, number, f.id(), f.name(), f.agencyId(), f.country(), a.unitId(), null,
                personId, person.writtenName(), a.admittedOn(), authority, reason, a.commitmentDate(), reference,
                injuries, complaints, property, family, emergency, classification, FileStatus.IN_CUSTODY));
        repository.appendEntry(id, EntryKind.ADMISSION, a.admittedOn(), "admitted on commitment order " + reference + " of "
                + authority + " (" + a.commitmentDate() + "): " + reason
                + (injuries == null ? "" : "; injuries at admission: " + injuries)
                + (complaints == null ? "" : "; complaints at admission: " + complaints), viewer.username(), viewer.agencyId());
        recorded(viewer, "custody.prisoner.admit", "prisoner_file", id, f.name() + " " + number);
        return id;
    }

    @Override
    @Transactional
    public Optional<PrisonerFile> prisonerFile(Viewer viewer, UUID fileId) {
        Optional<PrisonerFile> file = repository.findFile(fileId).filter(x -> mayReadFiles(viewer, x));
        file.ifPresent(x -> read(viewer, "custody.prisoner.read", "prisoner_file", x.id(), x.fileNumber()));
        return file;
    }

    @Override
    @Transactional
    public List<PrisonerFile> inUnit(Viewer viewer, UUID unitId) {
        Unit unit = repository.unit(unitId).orElseThrow(() -> new DomainException.NotFound("no unit " + unitId));
        Facility f = visible(viewer, unit.facilityId());
        if (!mayReadFilesOf(viewer, f)) {
            return List.of();
        }
        List<PrisonerFile> files = repository.filesInUnit(unitId, true);
        read(viewer, "custody.prisoner.list", "facility_unit", unitId, unit.name() + " → " + files.size());
        return files;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FileEntry> history(Viewer viewer, UUID fileId) {
        repository.findFile(fileId).filter(x -> mayReadFiles(viewer, x))
                .orElseThrow(() -> new DomainException.NotFound("no prisoner file " + fileId));
        return repository.entries(fileId);
    }

    @Override
    @Transactional
    public void addEntry(Viewer viewer, UUID fileId, EntryKind kind, LocalDate onDate, String detail) {
        PrisonerFile file = repository.findFile(fileId).filter(x -> mayReadFiles(viewer, x))
                .orElseThrow(() -> new DomainException.NotFound("no prisoner file " + fileId));
        recordable(viewer, file.facilityId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null || kind == EntryKind.ADMISSION || kind == EntryKind.ESCAPE) {
            errors.put("kind", "admissions and escapes are recorded through their own forms");
        }
        if (onDate == null) {
            errors.put("onDate", "a date (YYYY-MM-DD) is required");
        }
        String text = CustodyRules.required(errors, "detail", detail, 2000);
        CustodyRules.throwIfAny(errors);
        FileStatus next = switch (kind) {
            case TRANSFER -> FileStatus.TRANSFERRED;
            case RELEASE -> FileStatus.RELEASED;
            case DEATH -> FileStatus.DECEASED;
            case RETURN -> FileStatus.IN_CUSTODY;
            default -> file.status();
        };
        if (kind == EntryKind.RETURN && file.status() != FileStatus.ESCAPED) {
            throw new DomainException.Conflict("only an escaped prisoner can be returned to custody");
        }
        if (next != file.status() && file.status() != FileStatus.IN_CUSTODY && kind != EntryKind.RETURN) {
            throw new DomainException.Conflict("the prisoner is no longer in custody here: " + file.status());
        }
        repository.appendEntry(fileId, kind, onDate, text, viewer.username(), viewer.agencyId());
        if (next != file.status()) {
            repository.changeFileStatus(fileId, next);
        }
        recorded(viewer, "custody.prisoner.entry", "prisoner_file", fileId, kind.name());
    }

    // roll calls

    @Override
    @Transactional
    public RollCall recordRollCall(Viewer viewer, UUID facilityId, RollCallEntry entry) {
        Facility f = recordable(viewer, facilityId);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Unit> unit = unitIn(f, entry.unitId());
        if (unit.isEmpty()) {
            errors.put("unitId", "no such unit in this facility");
        }
        if (entry.counted() < 0 || entry.counted() > 100_000) {
            errors.put("counted", "must be between 0 and 100000");
        }
        String note = CustodyRules.optional(errors, "note", entry.note(), 2000);
        CustodyRules.throwIfAny(errors);
        Set<UUID> inCustody = repository.filesInUnit(unit.get().id(), true).stream().map(PrisonerFile::id)
                .collect(Collectors.toSet());
        int expected = inCustody.size();
        if (!inCustody.containsAll(entry.missingFileIds())) {
            errors.put("missingFileIds", "a prisoner marked absent is not in custody in this unit");
        } else if (entry.missingFileIds().size() > Math.max(0, expected - entry.counted())) {
            errors.put("missingFileIds", "more prisoners are marked absent than are missing from the count");
        }
        CustodyRules.throwIfAny(errors);
        Instant now = clock.instant();
        boolean discrepancy = entry.counted() != expected;
        if (!discrepancy) {
            repository.resolveOpenInUnit(unit.get().id(), now, now, "recount matched");
        }
        RollCall r = new RollCall(UUID.randomUUID(), f.id(), unit.get().id(), unit.get().name(), expected, entry.counted(),
                List.copyOf(entry.missingFileIds()), note, viewer.username(), now,
                discrepancy ? CustodyRules.resolveBy(now, settings.resolveWithin()) : null, null, null, null);
        repository.insertRollCall(r, viewer.agencyId());
        recorded(viewer, "custody.rollcall", "roll_call", r.id(),
                unit.get().name() + " expected " + expected + " counted " + entry.counted());
        return r;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RollCall> rollCalls(Viewer viewer, UUID facilityId, int limit) {
        visible(viewer, facilityId);
        return repository.rollCalls(facilityId, Math.max(1, Math.min(limit, 500)));
    }

    @Override
    @Transactional
    public void resolveDiscrepancy(Viewer viewer, UUID rollCallId, String explanation) {
        RollCall r = repository.findRollCall(rollCallId).orElseThrow(() -> new DomainException.NotFound("no roll call " + rollCallId));
        recordable(viewer, r.facilityId());
        Map<String, String> errors = new LinkedHashMap<>();
        String text = CustodyRules.required(errors, "explanation", explanation, 2000);
        CustodyRules.throwIfAny(errors);
        if (!r.open() || !repository.resolve(r.id(), clock.instant(), text, null)) {
            throw new DomainException.Conflict("this roll call has no open discrepancy");
        }
        recorded(viewer, "custody.rollcall.resolve", "roll_call", r.id(), text);
    }

    @Override
    @Transactional
    public List<UUID> escalateOverdueDiscrepancies(Instant now) {
        List<UUID> opened = new ArrayList<>();
        for (RollCall r : repository.overdueShortfalls(now)) {
            if (!CustodyRules.aShortfallUnresolvedByItsDeadlineIsAnEscape(r.expected(), r.counted(), r.resolveBy(),
                    r.resolvedAt(), now)) {
                continue;
            }
            Facility f = repository.findFacility(r.facilityId()).orElseThrow();
            Viewer reporter = agencies.viewerFor(r.countedBy())
                    .orElse(new Viewer("system", f.agencyId(), f.country(), Set.of(Role.PRISON_OFFICER)));
            int missing = r.expected() - r.counted();
            // written in Spanish, the language of the records, as the notices drafted from it are
            java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone());
            String description = "Recuento en %s: %d de %d el %s; el faltante de %d no se resolvió antes de %s"
                    .formatted(r.unitName(), r.counted(), r.expected(), minute.format(r.countedAt()), missing,
                            minute.format(r.resolveBy()))
                    + (r.missingFileIds().size() < missing
                    ? "; %d ausente(s) sin identificar".formatted(missing - r.missingFileIds().size()) : "") + ".";
            UUID incident = openEscape(reporter, f, r.unitId(), repository.files(r.missingFileIds()),
                    "desconocido (faltante en el recuento no resuelto)", r.countedAt(), description, now);
            repository.resolve(r.id(), now, "escape incident opened", incident);
            opened.add(incident);
        }
        return opened;
    }

    /** The unit, if it is one of this facility's. */
    private Optional<Unit> unitIn(Facility f, UUID unitId) {
        return unitId == null ? Optional.empty() : repository.unit(unitId).filter(u -> u.facilityId().equals(f.id()));
    }

    // incidents and escapes

    @Override
    @Transactional
    public UUID recordIncident(Viewer viewer, UUID facilityId, NewIncident in) {
        Facility f = recordable(viewer, facilityId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.type() == null) {
            errors.put("type", "is required");
        } else if (in.type() == IncidentType.ESCAPE) {
            errors.put("type", "report an escape through the escape form, which drafts the escapees' notices");
        }
        if (in.severity() == null) {
            errors.put("severity", "is required");
        }
        Instant now = clock.instant();
        CustodyRules.anIncidentHasHappened(errors, in.occurredAt(), now);
        String description = CustodyRules.required(errors, "description", in.description(), CustodyRules.MAX_TEXT);
        if (in.unitId() != null && unitIn(f, in.unitId()).isEmpty()) {
            errors.put("unitId", "no such unit in this facility");
        }
        List<PrisonerFile> files = repository.files(in.people().stream().map(CustodyInputs.Person::fileId)
                .filter(java.util.Objects::nonNull).toList());
        if (files.size() != in.people().size() || files.stream().anyMatch(x -> !x.facilityId().equals(f.id()))
                || in.people().stream().anyMatch(p -> p.role() == null)) {
            errors.put("people", "each person is a prisoner file of this facility with a role");
        }
        CustodyRules.throwIfAny(errors);
        UUID id = UUID.randomUUID();
        Instant due = in.type().needsRule71Report() ? in.occurredAt().plus(Duration.ofHours(24)) : null;
        repository.insertIncident(new Incident(id, f.id(), f.name(), in.unitId(), null, in.type(), in.severity(),
                IncidentStatus.DRAFT, in.occurredAt(), description, null, null, due, null, null, viewer.username(), now,
                null, null, List.of()));
        Map<UUID, PrisonerFile> byId = files.stream().collect(Collectors.toMap(PrisonerFile::id, x -> x));
        for (CustodyInputs.Person p : in.people()) {
            PrisonerFile file = byId.get(p.fileId());
            repository.insertInvolved(id, new Involved(file.id(), file.personId(), file.personName(), p.role(), null));
        }
        recorded(viewer, "custody.incident.record", "incident", id, in.type() + " " + f.name());
        return id;
    }

    @Override
    @Transactional
    public UUID reportEscape(Viewer viewer, UUID facilityId, EscapeReport escape) {
        Facility f = recordable(viewer, facilityId);
        Map<String, String> errors = new LinkedHashMap<>();
        List<PrisonerFile> files = repository.files(Set.copyOf(escape.fileIds()));
        if (escape.fileIds().isEmpty()) {
            errors.put("fileIds", "name at least one escapee");
        } else if (files.size() != Set.copyOf(escape.fileIds()).size()
                || files.stream().anyMatch(x -> !x.facilityId().equals(f.id()) || x.status() != FileStatus.IN_CUSTODY)) {
            errors.put("fileIds", "each escapee is a prisoner in custody in this facility");
        }
        String method = CustodyRules.required(errors, "method", escape.method(), CustodyRules.MAX_NAME);
        String description = CustodyRules.optional(errors, "description", escape.description(), CustodyRules.MAX_TEXT);
        Instant now = clock.instant();
        CustodyRules.anIncidentHasHappened(errors, escape.occurredAt(), now);
        CustodyRules.throwIfAny(errors);
        UUID unit = files.stream().map(PrisonerFile::unitId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return openEscape(viewer, f, unit, files, method, escape.occurredAt(),
                description == null ? files.size() + " interno(s) evadido(s)" : description, now);
    }

    /**
     * The escape incident (reported at once: Rule 71 report due within 24 hours), each escapee's
     * file marked, and each escapee's notice drafted from the file under the case's reference, in
     * the issuing agency's review queue: all in the caller's transaction.
     */
    private UUID openEscape(Viewer reporter, Facility f, UUID unitId, List<PrisonerFile> escapees, String method,
                            Instant occurredAt, String description, Instant now) {
        UUID id = UUID.randomUUID();
        String caseReference = "%s-FUGA-%d-%05d".formatted(f.country(), LocalDate.ofInstant(now, zone()).getYear(),
                repository.nextCaseNumber());
        Severity severity = escapees.size() >= 2 ? Severity.CRITICAL : Severity.HIGH;
        repository.insertIncident(new Incident(id, f.id(), f.name(), unitId, null, IncidentType.ESCAPE, severity,
                IncidentStatus.REPORTED, occurredAt, description, method, caseReference,
                occurredAt.plus(Duration.ofHours(24)), null, null, reporter.username(), now, now, null, List.of()));
        LocalDate day = LocalDate.ofInstant(occurredAt, zone());
        List<CustodyEvents.Escapee> drafted = new ArrayList<>();
        for (PrisonerFile file : escapees) {
            repository.changeFileStatus(file.id(), FileStatus.ESCAPED);
            repository.appendEntry(file.id(), EntryKind.ESCAPE, day, "evadido (" + method + "); caso " + caseReference,
                    reporter.username(), reporter.agencyId());
            UUID notice = notices.draftInCase(reporter, escapeNotice(f, file, escapees, method, day, caseReference));
            repository.insertInvolved(id, new Involved(file.id(), file.personId(), file.personName(), Involvement.ESCAPEE, notice));
            drafted.add(new CustodyEvents.Escapee(file.id(), file.personId(), notice));
        }
        events.publishEvent(new CustodyEvents.EscapeReported(id, caseReference, f.id(), f.country(), List.copyOf(drafted),
                method, reporter.username(), reporter.agencyId()));
        return id;
    }

    /**
     * The notice as the prisoner file fills it: offences, commitment order, last unit, associates.
     * Associates named are those who are wanted too (co-escapees, cellmates who escaped before);
     * cellmates still in custody are only counted, since the notice may become public and they
     * are not wanted: their names stay in the prison file for the investigators.
     */
    private Notices.CaseNotice escapeNotice(Facility f, PrisonerFile file, List<PrisonerFile> escapees, String method,
                                            LocalDate day, String caseReference) {
        Set<UUID> escaping = escapees.stream().map(PrisonerFile::id).collect(Collectors.toSet());
        Set<String> associates = new java.util.TreeSet<>();
        escapees.stream().filter(e -> !e.id().equals(file.id())).map(PrisonerFile::personName).forEach(associates::add);
        long cellmatesInCustody = 0;
        if (file.unitId() != null) {
            for (PrisonerFile mate : repository.filesInUnit(file.unitId(), false)) {
                if (mate.id().equals(file.id()) || escaping.contains(mate.id())) {
                    continue;
                }
                if (mate.status() == FileStatus.ESCAPED) {
                    associates.add(mate.personName());
                } else if (mate.status() == FileStatus.IN_CUSTODY) {
                    cellmatesInCustody++;
                }
            }
        }
        String summary = "Evadido del %s (%s)%s el %s; método: %s. Caso %s.%s%s".formatted(f.name(),
                f.region() == null ? f.country() : f.region(),
                file.unitName() == null ? "" : ", última unidad conocida: " + file.unitName(),
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day), method, caseReference,
                associates.isEmpty() ? "" : " Asociados (misma celda o evasión): " + String.join(", ", associates) + ".",
                cellmatesInCustody == 0 ? "" : " Compañeros de celda en custodia: %d (en el expediente penitenciario).".formatted(cellmatesInCustody));
        return new Notices.CaseNotice(file.personId(), caseReference, List.of("Evasión", file.commitmentReason()),
                summary.length() > 4000 ? summary.substring(0, 4000) : summary, file.commitmentReference(),
                "Orden de reclusión de " + file.commitmentAuthority() + " del " + file.commitmentDate()
                        + "; evasión del establecimiento penitenciario (expediente " + file.fileNumber() + ")",
                RequestedAction.ARREST_FOR_EXTRADITION, settings.escapeNoticeScope(), today().plusYears(1));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Incident> incident(Viewer viewer, UUID id) {
        return repository.findIncident(id).flatMap(i -> repository.findFacility(i.facilityId())
                .filter(f -> SharingPolicy.mayView(viewer, f)).map(f -> withPeopleFor(viewer, f, i)));
    }

    /** Partners abroad see what happened, not who: names stay with the country's prison staff. */
    private Incident withPeopleFor(Viewer viewer, Facility f, Incident i) {
        return mayReadFilesOf(viewer, f) ? i : new Incident(i.id(), i.facilityId(), i.facilityName(), i.unitId(), i.unitName(),
                i.type(), i.severity(), i.status(), i.occurredAt(), i.description(), i.escapeMethod(), i.caseReference(),
                i.rule71DueAt(), i.rule71FiledAt(), i.rule71Report(), i.createdBy(), i.createdAt(), i.reportedAt(),
                i.closedAt(), List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Incident> incidents(Viewer viewer, UUID facilityId, int limit) {
        Facility f = visible(viewer, facilityId);
        return repository.incidents(facilityId, Math.max(1, Math.min(limit, 500))).stream()
                .map(i -> withPeopleFor(viewer, f, i)).toList();
    }

    @Override
    @Transactional
    public void moveIncident(Viewer viewer, UUID id, IncidentStatus target) {
        Incident i = incident(viewer, id).orElseThrow(() -> new DomainException.NotFound("no incident " + id));
        recordable(viewer, i.facilityId());
        IncidentStatus from = switch (target) {
            case REPORTED -> IncidentStatus.DRAFT;
            case CLOSED -> IncidentStatus.REPORTED;
            case DRAFT -> throw new DomainException.Conflict("an incident does not go back to draft");
        };
        if (i.status() != from) {
            throw new DomainException.Conflict("an incident that is " + i.status() + " cannot become " + target);
        }
        if (target == IncidentStatus.CLOSED && i.rule71DueAt() != null && i.rule71FiledAt() == null) {
            throw new DomainException.Conflict("file the Rule 71 report before closing the incident");
        }
        if (!repository.changeIncidentStatus(id, from, target, clock.instant())) {
            throw new DomainException.Conflict("the incident was changed by someone else; reload and try again");
        }
        recorded(viewer, "custody.incident." + target.name().toLowerCase(java.util.Locale.ROOT), "incident", id, from + "→" + target);
    }

    @Override
    @Transactional
    public void fileRule71Report(Viewer viewer, UUID id, String report) {
        Incident i = incident(viewer, id).orElseThrow(() -> new DomainException.NotFound("no incident " + id));
        recordable(viewer, i.facilityId());
        Map<String, String> errors = new LinkedHashMap<>();
        String text = CustodyRules.required(errors, "report", report, CustodyRules.MAX_TEXT);
        CustodyRules.throwIfAny(errors);
        if (i.rule71DueAt() == null) {
            throw new DomainException.Conflict("this incident needs no Rule 71 report");
        }
        if (!repository.fileRule71(id, text, clock.instant())) {
            throw new DomainException.Conflict("the Rule 71 report was already filed");
        }
        recorded(viewer, "custody.incident.rule71", "incident", id, "filed");
    }

    // operations

    @Override
    @Transactional
    public UUID recordOperation(Viewer viewer, UUID facilityId, OperationReport o) {
        Facility f = recordable(viewer, facilityId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (o.kind() == null) {
            errors.put("kind", "is required");
        }
        if (o.date() == null) {
            errors.put("date", "a date (YYYY-MM-DD) is required");
        } else if (o.date().isAfter(today())) {
            errors.put("date", "the date must be between 1900 and today");
        }
        String forces = CustodyRules.required(errors, "forces", o.forces(), 2000);
        for (String field : List.of("headcountBefore", "headcountAfter", "transferred", "released", "deceased", "escaped",
                "familyMembersInside")) {
            int value = switch (field) {
                case "headcountBefore" -> o.headcountBefore();
                case "headcountAfter" -> o.headcountAfter();
                case "transferred" -> o.transferred();
                case "released" -> o.released();
                case "deceased" -> o.deceased();
                case "escaped" -> o.escaped();
                default -> o.familyMembersInside();
            };
            CustodyRules.nonNegative(errors, field, value, 10_000_000);
        }
        for (int i = 0; i < o.destinations().size(); i++) {
            CustodyInputs.Destination d = o.destinations().get(i);
            CustodyRules.required(errors, "destinations[" + i + "].destination", d.destination(), CustodyRules.MAX_NAME);
            if (d.prisoners() < 1) {
                errors.put("destinations[" + i + "].prisoners", "must be between 1 and 10000000");
            }
        }
        String injuries = CustodyRules.optional(errors, "injuries", o.injuries(), CustodyRules.MAX_TEXT);
        String deaths = CustodyRules.optional(errors, "deaths", o.deaths(), CustodyRules.MAX_TEXT);
        String complaints = CustodyRules.optional(errors, "complaints", o.complaints(), CustodyRules.MAX_TEXT);
        CustodyRules.throwIfAny(errors);
        CustodyRules.headcountsMustReconcile(o);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        repository.insertOperation(new Operation(id, f.id(), o.kind(), o.date(), forces, o.headcountBefore(),
                o.headcountAfter(), o.transferred(), o.released(), o.deceased(), o.escaped(), o.familyMembersInside(),
                injuries, deaths, complaints, o.destinations().stream().map(d -> new org.sabueso.custody.CustodyViews.Destination(
                        d.destination().strip(), d.prisoners(), d.recordedAt() == null ? now : d.recordedAt())).toList(),
                viewer.username()));
        recorded(viewer, "custody.operation", "facility", f.id(), o.kind() + " " + o.date());
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Operation> operations(Viewer viewer, UUID facilityId) {
        visible(viewer, facilityId);
        return repository.operations(facilityId);
    }
}
