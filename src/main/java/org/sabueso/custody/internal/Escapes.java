package org.sabueso.custody.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyEvents;
import org.sabueso.custody.CustodyInputs.EscapeReport;
import org.sabueso.custody.CustodyTypes.EntryKind;
import org.sabueso.custody.CustodyTypes.FileStatus;
import org.sabueso.custody.CustodyTypes.IncidentStatus;
import org.sabueso.custody.CustodyTypes.IncidentType;
import org.sabueso.custody.CustodyTypes.Involvement;
import org.sabueso.custody.CustodyTypes.Severity;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.Incident;
import org.sabueso.custody.CustodyViews.Involved;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escapes: reported by staff, or opened by a roll-call shortfall past its deadline. Either way the
 * escape is one incident, each escapee's file is marked, and each escapee's notice is drafted from
 * the file into the issuing agency's review queue, in one case.
 */
@Service
class Escapes {

    /** A notice's summary holds at most this many characters (the notice module's limit). */
    private static final int MAX_SUMMARY = 4000;

    private final IncidentRepository incidents;
    private final PrisonerFileRepository files;
    private final CustodyAccess access;
    private final CustodyJournal journal;
    private final CustodyConfiguration.Settings settings;
    private final Notices notices;
    private final Clock clock;

    Escapes(IncidentRepository incidents, PrisonerFileRepository files, CustodyAccess access, CustodyJournal journal,
            CustodyConfiguration.Settings settings, Notices notices, Clock clock) {
        this.incidents = incidents;
        this.files = files;
        this.access = access;
        this.journal = journal;
        this.settings = settings;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public UUID report(Viewer viewer, UUID facilityId, EscapeReport escape) {
        Facility f = access.recordable(viewer, facilityId);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        List<PrisonerFile> escapees = files.files(Set.copyOf(escape.fileIds()));
        if (escape.fileIds().isEmpty()) {
            CustodyRules.refuse(errors, "fileIds", CustodyRefusal.ESCAPEE_REQUIRED);
        } else if (escapees.size() != Set.copyOf(escape.fileIds()).size()
                || escapees.stream().anyMatch(x -> !x.facilityId().equals(f.id()) || x.status() != FileStatus.IN_CUSTODY)) {
            CustodyRules.refuse(errors, "fileIds", CustodyRefusal.ESCAPEE_NOT_HERE);
        }
        String method = CustodyRules.required(errors, "method", escape.method(), CustodyRules.MAX_NAME);
        String description = CustodyRules.optional(errors, "description", escape.description(), CustodyRules.MAX_TEXT);
        Instant now = clock.instant();
        CustodyRules.anIncidentHasHappened(errors, escape.occurredAt(), now);
        CustodyRules.throwIfAny(errors);
        UUID unit = escapees.stream().map(PrisonerFile::unitId).filter(Objects::nonNull).findFirst().orElse(null);
        return open(viewer, f, unit, escapees, method, escape.occurredAt(),
                description == null ? escapees.size() + " interno(s) evadido(s)" : description, now);
    }

    /**
     * The escape incident (reported at once: Rule 71 report due within 24 hours), each escapee's
     * file marked, and each escapee's notice drafted from the file under the case's reference, in
     * the issuing agency's review queue: all in the caller's transaction.
     */
    UUID open(Viewer reporter, Facility f, UUID unitId, List<PrisonerFile> escapees, String method,
              Instant occurredAt, String description, Instant now) {
        UUID id = UUID.randomUUID();
        String caseReference = "%s-FUGA-%d-%05d".formatted(f.country(), LocalDate.ofInstant(now, clock.getZone()).getYear(),
                incidents.nextCaseNumber());
        // two or more escaping together is a mass escape
        Severity severity = escapees.size() >= 2 ? Severity.CRITICAL : Severity.HIGH;
        incidents.insertIncident(new Incident(id, f.id(), f.name(), unitId, null, IncidentType.ESCAPE, severity,
                IncidentStatus.REPORTED, occurredAt, description, method, caseReference,
                occurredAt.plus(Duration.ofHours(24)), null, null, reporter.username(), now, now, null, List.of()));
        LocalDate day = LocalDate.ofInstant(occurredAt, clock.getZone());
        List<CustodyEvents.Escapee> drafted = new ArrayList<>();
        for (PrisonerFile file : escapees) {
            files.changeFileStatus(file.id(), FileStatus.ESCAPED);
            files.appendEntry(file.id(), EntryKind.ESCAPE, day, HistoryCode.ESCAPED, List.of(method, caseReference),
                    "escaped (" + method + "); case " + caseReference, reporter.username(), reporter.agencyId());
            UUID notice = notices.draftInCase(reporter, notice(f, file, escapees, method, day, caseReference));
            incidents.insertInvolved(id, new Involved(file.id(), file.personId(), file.personName(), Involvement.ESCAPEE, notice));
            drafted.add(new CustodyEvents.Escapee(file.id(), file.personId(), notice));
        }
        journal.publish(new CustodyEvents.EscapeReported(id, caseReference, f.id(), f.country(), List.copyOf(drafted),
                method, reporter.username(), reporter.agencyId()));
        return id;
    }

    /**
     * The notice as the prisoner file fills it: offences, commitment order, last unit, associates.
     * Associates named are those who are wanted too (co-escapees, cellmates who escaped before);
     * cellmates still in custody are only counted, since the notice may become public and they
     * are not wanted: their names stay in the prison file for the investigators.
     */
    private Notices.CaseNotice notice(Facility f, PrisonerFile file, List<PrisonerFile> escapees, String method,
                                      LocalDate day, String caseReference) {
        Set<UUID> escaping = escapees.stream().map(PrisonerFile::id).collect(Collectors.toSet());
        Set<String> associates = new TreeSet<>();
        escapees.stream().filter(e -> !e.id().equals(file.id())).map(PrisonerFile::personName).forEach(associates::add);
        long cellmatesInCustody = 0;
        if (file.unitId() != null) {
            for (PrisonerFile mate : files.filesInUnit(file.unitId(), false)) {
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
        // written in Spanish, the language of the records and of the notices drafted from them
        String summary = "Evadido del %s (%s)%s el %s; método: %s. Caso %s.%s%s".formatted(f.name(),
                f.region() == null ? f.country() : f.region(),
                file.unitName() == null ? "" : ", última unidad conocida: " + file.unitName(),
                DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day), method, caseReference,
                associates.isEmpty() ? "" : " Asociados (misma celda o evasión): " + String.join(", ", associates) + ".",
                cellmatesInCustody == 0 ? "" : " Compañeros de celda en custodia: %d (en el expediente penitenciario).".formatted(cellmatesInCustody));
        return new Notices.CaseNotice(file.personId(), caseReference, List.of("Evasión", file.commitmentReason()),
                summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY) : summary, file.commitmentReference(),
                "Orden de reclusión de " + file.commitmentAuthority() + " del " + file.commitmentDate()
                        + "; evasión del establecimiento penitenciario (expediente " + file.fileNumber() + ")",
                RequestedAction.ARREST_FOR_EXTRADITION, settings.escapeNoticeScope(), LocalDate.now(clock).plusYears(1));
    }
}
