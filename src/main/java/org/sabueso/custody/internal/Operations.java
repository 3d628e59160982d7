package org.sabueso.custody.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyInputs.OperationReport;
import org.sabueso.custody.CustodyTypes.FacilityStatus;
import org.sabueso.custody.CustodyViews;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.Operation;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operations in a facility (raids, retakings, mass transfers), whose headcounts must reconcile. */
@Service
class Operations {

    /** The largest headcount accepted: a bound against typing slips. */
    static final int MAX_HEADCOUNT = 10_000_000;

    private final OperationRepository repository;
    private final CustodyAccess access;
    private final CustodyJournal journal;
    private final Clock clock;
    private final FacilityRepository facilities;

    Operations(OperationRepository repository, CustodyAccess access, CustodyJournal journal, Clock clock,
               FacilityRepository facilities) {
        this.facilities = facilities;
        this.repository = repository;
        this.access = access;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public UUID record(Viewer viewer, UUID facilityId, OperationReport o) {
        Facility f = access.recordable(viewer, facilityId);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (o.kind() == null) {
            CustodyRules.refuse(errors, "kind", CustodyRefusal.REQUIRED);
        }
        if (o.date() == null) {
            CustodyRules.refuse(errors, "date", CustodyRefusal.DATE_REQUIRED);
        } else if (o.date().isAfter(LocalDate.now(clock))) {
            CustodyRules.refuse(errors, "date", CustodyRefusal.DATE_RANGE);
        }
        String forces = CustodyRules.required(errors, "forces", o.forces(), 2000);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("headcountBefore", o.headcountBefore());
        counts.put("headcountAfter", o.headcountAfter());
        counts.put("transferred", o.transferred());
        counts.put("released", o.released());
        counts.put("deceased", o.deceased());
        counts.put("escaped", o.escaped());
        counts.put("familyMembersInside", o.familyMembersInside());
        counts.forEach((field, value) -> CustodyRules.nonNegative(errors, field, value, MAX_HEADCOUNT));
        for (int i = 0; i < o.destinations().size(); i++) {
            CustodyInputs.Destination d = o.destinations().get(i);
            CustodyRules.required(errors, "destinations[" + i + "].destination", d.destination(), CustodyRules.MAX_NAME);
            if (d.prisoners() < 1) {
                CustodyRules.refuse(errors, "destinations[" + i + "].prisoners", CustodyRefusal.BETWEEN, 1, MAX_HEADCOUNT);
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
                injuries, deaths, complaints, o.destinations().stream().map(d -> new CustodyViews.Destination(
                        d.destination().strip(), d.prisoners(), d.recordedAt() == null ? now : d.recordedAt())).toList(),
                viewer.username()));
        if (CustodyRules.aRetakingPutsTheFacilityUnderIntervention(o.kind())) {
            facilities.changeStatus(f.id(), FacilityStatus.UNDER_INTERVENTION, o.date());
        }
        journal.recorded(viewer, "custody.operation", "facility", f.id(), o.kind() + " " + o.date());
        return id;
    }

    @Transactional(readOnly = true)
    public List<Operation> list(Viewer viewer, UUID facilityId) {
        access.visible(viewer, facilityId);
        return repository.operations(facilityId);
    }
}
