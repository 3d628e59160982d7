package org.sabueso.notice.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Offences;
import org.sabueso.person.Alias;
import org.sabueso.person.PersonRefusal;
import org.sabueso.person.PersonView;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.Refusal;

/**
 * The notice form of the console as the browser sends it: text as typed, lists one per line or
 * separated by commas. {@link #toInput()} hands it to {@link Inputs}, the same checks the API uses,
 * and the form comes back with what was typed when something is wrong.
 */
record NoticeForm(String name, String givenNames, String firstSurname, String secondSurname, String particles,
                  String nicknames, String aliases, String birthDate, String nationalities,
                  List<DocumentRow> documents, String sex, String heightCm, String build, String marks,
                  String offences, String summary, String warrantReference, String legalBasis,
                  String requestedAction, String sharingScope, Set<String> partnerAgencyIds, String reviewBy,
                  Integer version, List<String> offenceCodes) {

    /** How many document rows the form offers. */
    static final int DOCUMENT_ROWS = 3;

    record DocumentRow(String type, String number, String country) {
        static final DocumentRow EMPTY = new DocumentRow(null, null, null);
    }

    NoticeForm {
        documents = documents == null ? List.of() : documents.stream()
                .map(d -> d == null ? DocumentRow.EMPTY : d).toList();
        partnerAgencyIds = partnerAgencyIds == null ? Set.of() : Set.copyOf(partnerAgencyIds);
        offenceCodes = offenceCodes == null ? List.of() : offenceCodes.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** An empty form with the defaults of a new notice. */
    static NoticeForm blank(String reviewBy) {
        return new NoticeForm(null, null, null, null, null, null, null, null, null, null, "UNKNOWN", null, null,
                null, null, null, null, null, "ARREST_FOR_EXTRADITION", "ALL_MEMBERS", Set.of(), reviewBy, null, List.of());
    }

    /** The form filled in from a draft, for editing. */
    static NoticeForm of(NoticeDetail n) {
        PersonView s = n.subject();
        return new NoticeForm(s.writtenName(), s.name().givenNames(), s.name().firstSurname(),
                s.name().secondSurname(), s.name().particles(),
                lines(s.aliases().stream().filter(Alias::nickname).map(Alias::name).toList()),
                lines(s.aliases().stream().filter(a -> !a.nickname()).map(Alias::name).toList()),
                s.birthDate() == null ? null : s.birthDate().toString(),
                s.nationalities().stream().map(CountryCode::value).sorted().collect(Collectors.joining(", ")),
                s.documents().stream().map(d -> new DocumentRow(d.type(), d.number(),
                        d.country() == null ? null : d.country().value())).toList(),
                s.sex().name(), s.description().heightCm() == null ? null : s.description().heightCm().toString(),
                s.description().build(), s.description().marks(),
                // coded offences are ticked in the list; text outside it stays in the box as written
                lines(n.offences().stream().filter(o -> !Offences.isCode(o)).toList()), n.summary(),
                n.warrantReference(), n.legalBasis(), n.requestedAction().name(), n.sharingScope().name(),
                n.partnerAgencyIds(), n.reviewBy() == null ? null : n.reviewBy().toString(), n.version(),
                n.offences().stream().filter(Offences::isCode).toList());
    }

    /** Whether the form has this offence of the coded list ticked. */
    public boolean hasOffence(String code) {
        return offenceCodes.contains(code);
    }

    /** The document rows to show: those typed, then empty ones up to {@link #DOCUMENT_ROWS}. */
    public List<DocumentRow> documentRows() {
        List<DocumentRow> rows = new ArrayList<>(documents);
        while (rows.size() < DOCUMENT_ROWS) {
            rows.add(DocumentRow.EMPTY);
        }
        return rows;
    }

    /** Problems of the form itself, before {@link Inputs} sees it: a height that is not a number. */
    Map<String, Refusal> formErrors() {
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (height() == null && heightCm != null && !heightCm.isBlank()) {
            errors.put("subject.heightCm", Refusal.of(PersonRefusal.HEIGHT_RANGE));
        }
        return errors;
    }

    Inputs.DraftInput toInput() {
        List<Inputs.AliasInput> aliasInputs = new ArrayList<>();
        split(nicknames, "\n").forEach(a -> aliasInputs.add(new Inputs.AliasInput(a, true)));
        split(aliases, "\n").forEach(a -> aliasInputs.add(new Inputs.AliasInput(a, false)));
        return new Inputs.DraftInput(
                new Inputs.SubjectInput(name, givenNames, firstSurname, secondSurname, particles, aliasInputs,
                        birthDate, split(nationalities, "[,;\\s]"),
                        documents.stream().map(d -> new Inputs.DocumentInput(d.type(), d.number(), d.country())).toList(),
                        sex, height(), build, marks),
                java.util.stream.Stream.concat(offenceCodes.stream(), split(offences, "\n").stream()).toList(), summary, warrantReference, legalBasis, requestedAction, sharingScope,
                List.copyOf(partnerAgencyIds), reviewBy);
    }

    private Integer height() {
        try {
            return heightCm == null || heightCm.isBlank() ? null : Integer.valueOf(heightCm.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> split(String text, String separator) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }
}
