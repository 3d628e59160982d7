package org.sabueso.custody.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyInputs;
import org.sabueso.custody.CustodyTypes;
import org.sabueso.custody.CustodyViews;
import org.sabueso.custody.internal.CustodyRefusal;
import org.sabueso.person.NewPerson;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.PartialDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Prisoner files in the API: an admission on a commitment order, the file with its history, and what is added to it. */
@RestController
@Tag(name = "Custody", description = "Prison facilities, roll calls, incidents, escapes and oversight indicators")
class PrisonerApi {

    private final Custody custody;

    PrisonerApi(Custody custody) {
        this.custody = custody;
    }

    record PersonInput(String name, String birthDate, String nationality, String sex) {
    }

    record AdmissionInput(UUID unitId, UUID personId, PersonInput person, String fileNumber, LocalDate admittedOn,
                          String commitmentAuthority, String commitmentReason, LocalDate commitmentDate,
                          String commitmentReference, String injuriesAtAdmission, String complaintsAtAdmission,
                          String property, String familyContact, String emergencyContact, String classification) {
    }

    @PostMapping("/api/v1/facilities/{id}/prisoners")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admits a prisoner on a commitment order (authority, reason, date, reference)")
    Map<String, UUID> admit(Viewer viewer, @PathVariable UUID id, @RequestBody AdmissionInput in) {
        FormValues.body(in);
        NewPerson person = null;
        if (in.person() != null) {
            PersonInput p = in.person();
            if (p.name() == null || p.name().isBlank()) {
                throw new DomainException.InvalidInput("person.name", CustodyRefusal.PERSON_NAME_REQUIRED);
            }
            person = new NewPerson(p.name(), null, List.of(), p.birthDate() == null || p.birthDate().isBlank() ? null
                    : PartialDate.parse(p.birthDate()), p.nationality() == null || p.nationality().isBlank() ? Set.of()
                    : Set.of(new CountryCode(p.nationality().strip().toUpperCase(Locale.ROOT))),
                    List.of(), p.sex() == null ? null : FormValues.choice("person.sex", Sex.class, p.sex()), null, null);
        }
        return Map.of("id", custody.admit(viewer, id, new CustodyInputs.Admission(in.unitId(), in.personId(), person,
                in.fileNumber(), in.admittedOn(), in.commitmentAuthority(), in.commitmentReason(), in.commitmentDate(),
                in.commitmentReference(), in.injuriesAtAdmission(), in.complaintsAtAdmission(), in.property(),
                in.familyContact(), in.emergencyContact(), in.classification())));
    }

    record FileDetail(CustodyViews.PrisonerFile file, List<CustodyViews.FileEntry> history) {
    }

    @GetMapping("/api/v1/prisoners/{id}")
    @Operation(summary = "A prisoner file with its append-only history (the country's prison staff and analysts)")
    FileDetail file(Viewer viewer, @PathVariable UUID id) {
        CustodyViews.PrisonerFile f = custody.prisonerFile(viewer, id)
                .orElseThrow(() -> new DomainException.NotFound(CustodyRefusal.NO_PRISONER_FILE, id));
        return new FileDetail(f, custody.history(viewer, id));
    }

    record EntryInput(String kind, LocalDate onDate, String detail) {
    }

    @PostMapping("/api/v1/prisoners/{id}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appends to a file's history: classification, court date, transfer, release, return, note, death")
    Map<String, String> entry(Viewer viewer, @PathVariable UUID id, @RequestBody EntryInput in) {
        FormValues.body(in);
        custody.addEntry(viewer, id, FormValues.choice("kind", CustodyTypes.EntryKind.class, in.kind()), in.onDate(), in.detail());
        return Map.of("recorded", in.kind());
    }
}
