package org.sabueso.custody.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs.RollCallEntry;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.custody.CustodyViews.RollCall;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roll calls: the count in a unit against the files in custody there. A shortfall must be
 * explained before its deadline; one left unexplained becomes an escape.
 */
@Service
class RollCalls {

    /** The largest count accepted in one unit: a bound against typing slips. */
    static final int MAX_COUNT = 100_000;

    private final RollCallRepository repository;
    private final PrisonerFileRepository files;
    private final FacilityRepository facilities;
    private final Escapes escapes;
    private final CustodyAccess access;
    private final CustodyJournal journal;
    private final CustodyConfiguration.Settings settings;
    private final Agencies agencies;
    private final Clock clock;

    RollCalls(RollCallRepository repository, PrisonerFileRepository files, FacilityRepository facilities, Escapes escapes,
              CustodyAccess access, CustodyJournal journal, CustodyConfiguration.Settings settings, Agencies agencies,
              Clock clock) {
        this.repository = repository;
        this.files = files;
        this.facilities = facilities;
        this.escapes = escapes;
        this.access = access;
        this.journal = journal;
        this.settings = settings;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    public RollCall record(Viewer viewer, UUID facilityId, RollCallEntry entry) {
        Facility f = access.recordable(viewer, facilityId);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        Optional<Unit> unit = access.unitIn(f, entry.unitId());
        if (unit.isEmpty()) {
            CustodyRules.refuse(errors, "unitId", CustodyRefusal.UNIT);
        }
        if (entry.counted() < 0 || entry.counted() > MAX_COUNT) {
            CustodyRules.refuse(errors, "counted", CustodyRefusal.BETWEEN, 0, MAX_COUNT);
        }
        String note = CustodyRules.optional(errors, "note", entry.note(), 2000);
        CustodyRules.throwIfAny(errors);
        Set<UUID> inCustody = files.filesInUnit(unit.get().id(), true).stream().map(PrisonerFile::id)
                .collect(Collectors.toSet());
        int expected = inCustody.size();
        if (!inCustody.containsAll(entry.missingFileIds())) {
            CustodyRules.refuse(errors, "missingFileIds", CustodyRefusal.ABSENT_NOT_HERE);
        } else if (entry.missingFileIds().size() > Math.max(0, expected - entry.counted())) {
            CustodyRules.refuse(errors, "missingFileIds", CustodyRefusal.ABSENT_TOO_MANY);
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
        journal.recorded(viewer, "custody.rollcall", "roll_call", r.id(),
                unit.get().name() + " expected " + expected + " counted " + entry.counted());
        return r;
    }

    @Transactional(readOnly = true)
    public List<RollCall> list(Viewer viewer, UUID facilityId, int limit) {
        access.visible(viewer, facilityId);
        return repository.rollCalls(facilityId, Math.max(1, Math.min(limit, Incidents.MAX_LIST)));
    }

    @Transactional
    public void resolve(Viewer viewer, UUID rollCallId, String explanation) {
        RollCall r = repository.findRollCall(rollCallId)
                .orElseThrow(() -> new DomainException.NotFound(CustodyRefusal.NO_ROLL_CALL, rollCallId));
        access.recordable(viewer, r.facilityId());
        Map<String, Refusal> errors = new LinkedHashMap<>();
        String text = CustodyRules.required(errors, "explanation", explanation, 2000);
        CustodyRules.throwIfAny(errors);
        if (!r.open() || !repository.resolve(r.id(), clock.instant(), text, null)) {
            throw new DomainException.Conflict(CustodyRefusal.NO_OPEN_DISCREPANCY);
        }
        journal.recorded(viewer, "custody.rollcall.resolve", "roll_call", r.id(), text);
    }

    /** Each shortfall past its deadline becomes an escape, reported in the name of the officer who counted. */
    @Transactional
    public List<UUID> escalateOverdue(Instant now) {
        List<UUID> opened = new ArrayList<>();
        for (RollCall r : repository.overdueShortfalls(now)) {
            if (!CustodyRules.aShortfallUnresolvedByItsDeadlineIsAnEscape(r.expected(), r.counted(), r.resolveBy(),
                    r.resolvedAt(), now)) {
                continue;
            }
            Facility f = facilities.findFacility(r.facilityId()).orElseThrow();
            Viewer reporter = agencies.viewerFor(r.countedBy())
                    .orElse(new Viewer("system", f.agencyId(), f.country(), Set.of(Role.PRISON_OFFICER)));
            int missing = r.expected() - r.counted();
            // written in Spanish, the language of the records, as the notices drafted from it are
            DateTimeFormatter minute = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone());
            String description = "Recuento en %s: %d de %d el %s; el faltante de %d no se resolvió antes de %s"
                    .formatted(r.unitName(), r.counted(), r.expected(), minute.format(r.countedAt()), missing,
                            minute.format(r.resolveBy()))
                    + (r.missingFileIds().size() < missing
                    ? "; %d ausente(s) sin identificar".formatted(missing - r.missingFileIds().size()) : "") + ".";
            UUID incident = escapes.open(reporter, f, r.unitId(), files.files(r.missingFileIds()),
                    "desconocido (faltante en el recuento no resuelto)", r.countedAt(), description, now);
            repository.resolve(r.id(), now, "escape incident opened", incident);
            opened.add(incident);
        }
        return opened;
    }
}
