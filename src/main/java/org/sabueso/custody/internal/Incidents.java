package org.sabueso.custody.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyInputs.NewIncident;
import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.Incident;
import org.sabueso.custody.CustodyViews.Involved;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents other than escapes: recorded as DRAFT, reported, closed once their Rule 71 report
 * (a death or disappearance, reported within 24 hours) is filed. Partners abroad see what
 * happened, not who: names stay with the country's prison staff.
 */
@Service
class Incidents {

    /** The most incidents a list returns at once. */
    static final int MAX_LIST = 500;

    private final IncidentRepository repository;
    private final PrisonerFileRepository files;
    private final CustodyAccess access;
    private final CustodyJournal journal;
    private final Clock clock;

    Incidents(IncidentRepository repository, PrisonerFileRepository files, CustodyAccess access, CustodyJournal journal,
              Clock clock) {
        this.repository = repository;
        this.files = files;
        this.access = access;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public UUID record(Viewer viewer, UUID facilityId, NewIncident in) {
        Facility f = access.recordable(viewer, facilityId);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (in.type() == null) {
            CustodyRules.refuse(errors, "type", CustodyRefusal.REQUIRED);
        } else if (in.type() == IncidentType.ESCAPE) {
            CustodyRules.refuse(errors, "type", CustodyRefusal.ESCAPE_FORM);
        }
        if (in.severity() == null) {
            CustodyRules.refuse(errors, "severity", CustodyRefusal.REQUIRED);
        }
        Instant now = clock.instant();
        CustodyRules.anIncidentHasHappened(errors, in.occurredAt(), now);
        String description = CustodyRules.required(errors, "description", in.description(), CustodyRules.MAX_TEXT);
        if (in.unitId() != null && access.unitIn(f, in.unitId()).isEmpty()) {
            CustodyRules.refuse(errors, "unitId", CustodyRefusal.UNIT);
        }
        List<PrisonerFile> involved = files.files(in.people().stream().map(CustodyInputs.Person::fileId)
                .filter(Objects::nonNull).toList());
        if (involved.size() != in.people().size() || involved.stream().anyMatch(x -> !x.facilityId().equals(f.id()))
                || in.people().stream().anyMatch(p -> p.role() == null)) {
            CustodyRules.refuse(errors, "people", CustodyRefusal.PEOPLE);
        }
        CustodyRules.throwIfAny(errors);
        UUID id = UUID.randomUUID();
        Instant due = in.type().needsRule71Report() ? in.occurredAt().plus(Duration.ofHours(24)) : null;
        repository.insertIncident(new Incident(id, f.id(), f.name(), in.unitId(), null, in.type(), in.severity(),
                IncidentStatus.DRAFT, in.occurredAt(), description, null, null, due, null, null, viewer.username(), now,
                null, null, List.of()));
        Map<UUID, PrisonerFile> byId = involved.stream().collect(Collectors.toMap(PrisonerFile::id, Function.identity()));
        for (CustodyInputs.Person p : in.people()) {
            PrisonerFile file = byId.get(p.fileId());
            repository.insertInvolved(id, new Involved(file.id(), file.personId(), file.personName(), p.role(), null));
        }
        journal.recorded(viewer, "custody.incident.record", "incident", id, in.type() + " " + f.name());
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Incident> incident(Viewer viewer, UUID id) {
        return repository.findIncident(id).flatMap(i -> access.seen(viewer, i.facilityId()).map(f -> withPeopleFor(viewer, f, i)));
    }

    private Incident withPeopleFor(Viewer viewer, Facility f, Incident i) {
        return access.mayReadFilesOf(viewer, f) ? i : new Incident(i.id(), i.facilityId(), i.facilityName(), i.unitId(),
                i.unitName(), i.type(), i.severity(), i.status(), i.occurredAt(), i.description(), i.escapeMethod(),
                i.caseReference(), i.rule71DueAt(), i.rule71FiledAt(), i.rule71Report(), i.createdBy(), i.createdAt(),
                i.reportedAt(), i.closedAt(), List.of());
    }

    @Transactional(readOnly = true)
    public List<Incident> incidents(Viewer viewer, UUID facilityId, int limit) {
        Facility f = access.visible(viewer, facilityId);
        return repository.incidents(facilityId, Math.max(1, Math.min(limit, MAX_LIST))).stream()
                .map(i -> withPeopleFor(viewer, f, i)).toList();
    }

    private Incident found(Viewer viewer, UUID id) {
        return incident(viewer, id).orElseThrow(() -> new DomainException.NotFound(CustodyRefusal.NO_INCIDENT, id));
    }

    /** DRAFT → REPORTED → CLOSED; closing waits for a Rule 71 report that is due. */
    @Transactional
    public void move(Viewer viewer, UUID id, IncidentStatus target) {
        Incident i = found(viewer, id);
        access.recordable(viewer, i.facilityId());
        IncidentStatus from = switch (target) {
            case REPORTED -> IncidentStatus.DRAFT;
            case CLOSED -> IncidentStatus.REPORTED;
            case DRAFT -> throw new DomainException.Conflict(CustodyRefusal.NO_DRAFT_AGAIN);
        };
        if (i.status() != from) {
            throw new DomainException.Conflict(CustodyRefusal.INCIDENT_TRANSITION, i.status(), target);
        }
        if (target == IncidentStatus.CLOSED && i.rule71DueAt() != null && i.rule71FiledAt() == null) {
            throw new DomainException.Conflict(CustodyRefusal.RULE71_BEFORE_CLOSING);
        }
        if (!repository.changeIncidentStatus(id, from, target, clock.instant())) {
            throw new DomainException.Conflict(CustodyRefusal.INCIDENT_CHANGED);
        }
        journal.recorded(viewer, "custody.incident." + target.name().toLowerCase(Locale.ROOT), "incident", id, from + "→" + target);
    }

    @Transactional
    public void fileRule71Report(Viewer viewer, UUID id, String report) {
        Incident i = found(viewer, id);
        access.recordable(viewer, i.facilityId());
        Map<String, Refusal> errors = new LinkedHashMap<>();
        String text = CustodyRules.required(errors, "report", report, CustodyRules.MAX_TEXT);
        CustodyRules.throwIfAny(errors);
        if (i.rule71DueAt() == null) {
            throw new DomainException.Conflict(CustodyRefusal.NO_RULE71_NEEDED);
        }
        if (!repository.fileRule71(id, text, clock.instant())) {
            throw new DomainException.Conflict(CustodyRefusal.RULE71_FILED);
        }
        journal.recorded(viewer, "custody.incident.rule71", "incident", id, "filed");
    }
}
