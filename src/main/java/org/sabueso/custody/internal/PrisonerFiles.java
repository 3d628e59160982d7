package org.sabueso.custody.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.CustodyInputs.Admission;
import org.sabueso.custody.CustodyTypes.EntryKind;
import org.sabueso.custody.CustodyTypes.FileStatus;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.FileEntry;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.custody.CustodyViews.Unit;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prisoner files (Nelson Mandela Rules 6-9): the admission on a commitment order, and the
 * append-only history whose transfers, releases, returns and deaths change the file's status.
 */
@Service
class PrisonerFiles {

    private final PrisonerFileRepository repository;
    private final FacilityRepository facilities;
    private final CustodyAccess access;
    private final CustodyJournal journal;
    private final Persons persons;
    private final Clock clock;

    PrisonerFiles(PrisonerFileRepository repository, FacilityRepository facilities, CustodyAccess access,
                  CustodyJournal journal, Persons persons, Clock clock) {
        this.repository = repository;
        this.facilities = facilities;
        this.access = access;
        this.journal = journal;
        this.persons = persons;
        this.clock = clock;
    }

    @Transactional
    public UUID admit(Viewer viewer, UUID facilityId, Admission a) {
        Facility f = access.recordable(viewer, facilityId);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        String number = CustodyRules.required(errors, "fileNumber", a.fileNumber(), 64);
        String authority = CustodyRules.required(errors, "commitmentAuthority", a.commitmentAuthority(), CustodyRules.MAX_NAME);
        String reason = CustodyRules.required(errors, "commitmentReason", a.commitmentReason(), 2000);
        String reference = CustodyRules.required(errors, "commitmentReference", a.commitmentReference(), 200);
        if (a.commitmentDate() == null) {
            CustodyRules.refuse(errors, "commitmentDate", CustodyRefusal.DATE_REQUIRED);
        }
        if (a.admittedOn() == null) {
            CustodyRules.refuse(errors, "admittedOn", CustodyRefusal.DATE_REQUIRED);
        } else if (a.admittedOn().isAfter(LocalDate.now(clock))) {
            CustodyRules.refuse(errors, "admittedOn", CustodyRefusal.DATE_RANGE);
        } else if (a.commitmentDate() != null && a.commitmentDate().isAfter(a.admittedOn())) {
            CustodyRules.refuse(errors, "commitmentDate", CustodyRefusal.COMMITMENT_FIRST);
        }
        String injuries = CustodyRules.optional(errors, "injuriesAtAdmission", a.injuriesAtAdmission(), 2000);
        String complaints = CustodyRules.optional(errors, "complaintsAtAdmission", a.complaintsAtAdmission(), 2000);
        String property = CustodyRules.optional(errors, "property", a.property(), 2000);
        String family = CustodyRules.optional(errors, "familyContact", a.familyContact(), 500);
        String emergency = CustodyRules.optional(errors, "emergencyContact", a.emergencyContact(), 500);
        String classification = CustodyRules.optional(errors, "classification", a.classification(), 200);
        if (a.unitId() != null && access.unitIn(f, a.unitId()).isEmpty()) {
            CustodyRules.refuse(errors, "unitId", CustodyRefusal.UNIT);
        }
        if ((a.personId() == null) == (a.person() == null)) {
            CustodyRules.refuse(errors, "personId", CustodyRefusal.PERSON_CHOICE);
        } else if (a.personId() != null && persons.get(a.personId()).isEmpty()) {
            CustodyRules.refuse(errors, "personId", CustodyRefusal.NO_PERSON, a.personId());
        }
        if (number != null && repository.fileNumberTaken(f.id(), number)) {
            CustodyRules.refuse(errors, "fileNumber", CustodyRefusal.FILE_NUMBER_TAKEN);
        }
        CustodyRules.throwIfAny(errors);
        UUID personId = a.personId() != null ? a.personId() : persons.record(a.person(), viewer.agencyId());
        PersonView person = persons.get(personId).orElseThrow();
        UUID id = UUID.randomUUID();
        repository.insertFile(new PrisonerFile(id, number, f.id(), f.name(), f.agencyId(), f.country(), a.unitId(), null,
                personId, person.writtenName(), a.admittedOn(), authority, reason, a.commitmentDate(), reference,
                injuries, complaints, property, family, emergency, classification, FileStatus.IN_CUSTODY));
        repository.appendEntry(id, EntryKind.ADMISSION, a.admittedOn(), HistoryCode.ADMITTED, List.of(reference, authority, reason),
                "admitted on commitment order " + reference + " of "
                + authority + " (" + a.commitmentDate() + "): " + reason
                + (injuries == null ? "" : "; injuries at admission: " + injuries)
                + (complaints == null ? "" : "; complaints at admission: " + complaints), viewer.username(), viewer.agencyId());
        journal.recorded(viewer, "custody.prisoner.admit", "prisoner_file", id, f.name() + " " + number);
        return id;
    }

    @Transactional
    public Optional<PrisonerFile> file(Viewer viewer, UUID fileId) {
        Optional<PrisonerFile> file = repository.findFile(fileId).filter(x -> access.mayReadFile(viewer, x));
        file.ifPresent(x -> journal.read(viewer, "custody.prisoner.read", "prisoner_file", x.id(), x.fileNumber()));
        return file;
    }

    /** The files in custody in a unit; none for a viewer who may see the facility but not its files. */
    @Transactional
    public List<PrisonerFile> inUnit(Viewer viewer, UUID unitId) {
        Unit unit = facilities.unit(unitId).orElseThrow(() -> new DomainException.NotFound(CustodyRefusal.NO_UNIT, unitId));
        Facility f = access.visible(viewer, unit.facilityId());
        if (!access.mayReadFilesOf(viewer, f)) {
            return List.of();
        }
        List<PrisonerFile> files = repository.filesInUnit(unitId, true);
        journal.read(viewer, "custody.prisoner.list", "facility_unit", unitId, unit.name() + " → " + files.size());
        return files;
    }

    @Transactional(readOnly = true)
    public List<FileEntry> history(Viewer viewer, UUID fileId) {
        readable(viewer, fileId);
        return repository.entries(fileId);
    }

    private PrisonerFile readable(Viewer viewer, UUID fileId) {
        return repository.findFile(fileId).filter(x -> access.mayReadFile(viewer, x))
                .orElseThrow(() -> new DomainException.NotFound(CustodyRefusal.NO_PRISONER_FILE, fileId));
    }

    @Transactional
    public void addEntry(Viewer viewer, UUID fileId, EntryKind kind, LocalDate onDate, String detail) {
        PrisonerFile file = readable(viewer, fileId);
        access.recordable(viewer, file.facilityId());
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (kind == null || kind == EntryKind.ADMISSION || kind == EntryKind.ESCAPE) {
            CustodyRules.refuse(errors, "kind", CustodyRefusal.OWN_FORMS);
        }
        if (onDate == null) {
            CustodyRules.refuse(errors, "onDate", CustodyRefusal.DATE_REQUIRED);
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
            throw new DomainException.Conflict(CustodyRefusal.ONLY_ESCAPED_RETURN);
        }
        if (next != file.status() && file.status() != FileStatus.IN_CUSTODY && kind != EntryKind.RETURN) {
            throw new DomainException.Conflict(CustodyRefusal.NOT_IN_CUSTODY, file.status());
        }
        repository.appendEntry(fileId, kind, onDate, text, viewer.username(), viewer.agencyId());
        if (next != file.status()) {
            repository.changeFileStatus(fileId, next);
        }
        journal.recorded(viewer, "custody.prisoner.entry", "prisoner_file", fileId, kind.name());
    }
}
