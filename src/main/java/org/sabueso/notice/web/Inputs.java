package org.sabueso.notice.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sabueso.agency.SharingScope;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.Alias;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonRefusal;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.InvalidValue;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;
import org.sabueso.shared.Refusal;
import org.sabueso.shared.ValueRefusal;
import org.sabueso.web.RequestValues;

/**
 * Turns the text of a request (API body or form) into a {@link NoticeDraft}, collecting every
 * field at fault under its name so the API and the form report them alike.
 */
final class Inputs {

    /** A name or an alias as written: 300 characters hold any real one, with its particles. */
    static final int MAX_NAME = 300;
    /** A document's type or number: the longest national formats are far shorter. */
    static final int MAX_DOCUMENT = 64;
    /** Heights outside these centimetres are typing mistakes, not people. */
    static final int MIN_HEIGHT_CM = 40;
    static final int MAX_HEIGHT_CM = 260;
    /** Build and marks are a description, not a file: 2000 characters. */
    static final int MAX_DESCRIPTION = 2000;

    private final Map<String, Refusal> errors = new LinkedHashMap<>();

    record SubjectInput(String name, String givenNames, String firstSurname, String secondSurname, String particles,
                        List<AliasInput> aliases, String birthDate, List<String> nationalities,
                        List<DocumentInput> documents, String sex, Integer heightCm, String build, String marks) {
    }

    record AliasInput(String name, Boolean nickname) {
    }

    record DocumentInput(String type, String number, String country) {
    }

    record DraftInput(SubjectInput subject, List<String> offences, String summary, String warrantReference,
                      String legalBasis, String requestedAction, String sharingScope, List<String> partnerAgencyIds,
                      String reviewBy) {
    }

    static NoticeDraft toDraft(DraftInput in) {
        Inputs inputs = new Inputs();
        NoticeDraft draft = inputs.draft(in);
        if (!inputs.errors.isEmpty()) {
            throw new DomainException.InvalidInput(inputs.errors);
        }
        return draft;
    }

    private NoticeDraft draft(DraftInput in) {
        if (in == null) {
            errors.put("subject.name", Refusal.of(NoticeRefusal.BODY_EMPTY));
            return null;
        }
        NewPerson subject = subject(in.subject());
        RequestedAction action = enumValue(RequestedAction.class, in.requestedAction(), "requestedAction");
        SharingScope scope = enumValue(SharingScope.class, in.sharingScope(), "sharingScope");
        LocalDate reviewBy = date(in.reviewBy(), "reviewBy");
        Set<String> partners = new LinkedHashSet<>();
        if (in.partnerAgencyIds() != null) {
            in.partnerAgencyIds().stream().filter(p -> p != null && !p.isBlank()).map(String::strip).forEach(partners::add);
        }
        if (!errors.isEmpty()) {
            // the draft stops here, before the notice rules see it: name the other required
            // fields left empty now, or they would appear one submit later (issue 15)
            requiredTextsGiven(in);
            return null;
        }
        return new NoticeDraft(subject, in.offences(), blankToNull(in.summary()), in.warrantReference(),
                in.legalBasis(), action, scope, partners, reviewBy);
    }

    /**
     * The required texts of a notice that are missing, with the codes the notice rules give them
     * (NoticeRules.validate, which checks them again with their lengths once the draft is whole).
     */
    private void requiredTextsGiven(DraftInput in) {
        if (in.offences() == null || in.offences().stream().allMatch(o -> o == null || o.isBlank())) {
            errors.putIfAbsent("offences", Refusal.of(NoticeRefusal.OFFENCES_REQUIRED));
        }
        if (!notBlank(in.warrantReference())) {
            errors.putIfAbsent("warrantReference", Refusal.of(NoticeRefusal.WARRANT_REQUIRED));
        }
        if (!notBlank(in.legalBasis())) {
            errors.putIfAbsent("legalBasis", Refusal.of(NoticeRefusal.LEGAL_BASIS_REQUIRED));
        }
    }

    private NewPerson subject(SubjectInput s) {
        if (s == null || s.name() == null || s.name().isBlank()) {
            errors.put("subject.name", Refusal.of(ValueRefusal.NAME_MISSING));
            return null;
        }
        if (s.name().length() > MAX_NAME) {
            errors.put("subject.name", Refusal.of(PersonRefusal.NAME_LONG, MAX_NAME));
            return null;
        }
        if (s.name().codePoints().anyMatch(c -> Character.isISOControl(c))) {
            errors.put("subject.name", Refusal.of(PersonRefusal.NAME_CONTROL));
            return null;
        }
        PersonName name = null;
        try {
            boolean partsGiven = notBlank(s.givenNames()) || notBlank(s.firstSurname());
            name = partsGiven ? new PersonName(s.givenNames(), s.firstSurname(), s.secondSurname(), s.particles())
                    : PersonName.parse(s.name());
        } catch (IllegalArgumentException e) {
            errors.put("subject.givenNames", InvalidValue.refusalOf(e));
        }
        PartialDate birth = null;
        if (notBlank(s.birthDate())) {
            try {
                birth = PartialDate.parse(s.birthDate());
            } catch (IllegalArgumentException e) {
                errors.put("subject.birthDate", InvalidValue.refusalOf(e));
            }
        }
        Set<CountryCode> nationalities = new LinkedHashSet<>();
        if (s.nationalities() != null) {
            for (String c : s.nationalities()) {
                if (c == null || c.isBlank()) {
                    continue;
                }
                if (CountryCode.isValid(c)) {
                    nationalities.add(CountryCode.of(c));
                } else {
                    errors.put("subject.nationalities", Refusal.of(ValueRefusal.COUNTRY_UNKNOWN, abbreviate(c)));
                }
            }
        }
        List<Alias> aliases = new ArrayList<>();
        if (s.aliases() != null) {
            for (AliasInput a : s.aliases()) {
                if (a == null || a.name() == null || a.name().isBlank()) {
                    continue;
                }
                if (a.name().length() > MAX_NAME) {
                    errors.put("subject.aliases", Refusal.of(PersonRefusal.ALIAS_LONG));
                } else {
                    aliases.add(new Alias(a.name(), Boolean.TRUE.equals(a.nickname())));
                }
            }
        }
        List<IdentityDocument> documents = new ArrayList<>();
        if (s.documents() != null) {
            for (DocumentInput d : s.documents()) {
                if (d == null || (!notBlank(d.type()) && !notBlank(d.number()))) {
                    continue;
                }
                if (!notBlank(d.type()) || !notBlank(d.number())) {
                    errors.put("subject.documents", Refusal.of(PersonRefusal.DOCUMENT_INCOMPLETE));
                } else if (d.number().length() > MAX_DOCUMENT || d.type().length() > MAX_DOCUMENT) {
                    errors.put("subject.documents", Refusal.of(PersonRefusal.DOCUMENT_LONG));
                } else if (notBlank(d.country()) && !CountryCode.isValid(d.country())) {
                    errors.put("subject.documents", Refusal.of(ValueRefusal.COUNTRY_UNKNOWN, abbreviate(d.country())));
                } else {
                    documents.add(new IdentityDocument(d.type(), d.number(),
                            notBlank(d.country()) ? CountryCode.of(d.country()) : null));
                }
            }
        }
        Sex sex = notBlank(s.sex()) ? enumValue(Sex.class, s.sex(), "subject.sex") : Sex.UNKNOWN;
        if (s.heightCm() != null && (s.heightCm() < MIN_HEIGHT_CM || s.heightCm() > MAX_HEIGHT_CM)) {
            errors.put("subject.heightCm", Refusal.of(PersonRefusal.HEIGHT_RANGE));
        }
        for (String[] text : new String[][]{{"subject.build", s.build()}, {"subject.marks", s.marks()}}) {
            if (text[1] != null && text[1].length() > MAX_DESCRIPTION) {
                errors.put(text[0], Refusal.of(PersonRefusal.DESCRIPTION_LONG, MAX_DESCRIPTION));
            }
        }
        if (name == null) {
            return null;
        }
        return new NewPerson(s.name(), name, aliases, birth, nationalities, documents, sex,
                new PhysicalDescription(s.heightCm(), blankToNull(s.build()), blankToNull(s.marks())), null);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            errors.put(field, Refusal.of(NoticeRefusal.FIELD_REQUIRED));
            return null;
        }
        try {
            return RequestValues.choice(field, type, value);
        } catch (DomainException.InvalidInput e) {
            errors.put(field, e.refusal());
            return null;
        }
    }

    private LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            errors.put(field, Refusal.of(NoticeRefusal.DATE_REQUIRED));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, Refusal.of(NoticeRefusal.DATE_FORMAT));
            return null;
        }
    }

    static LocalDate requiredDate(String value, String field) {
        Inputs inputs = new Inputs();
        LocalDate d = inputs.date(value, field);
        if (!inputs.errors.isEmpty()) {
            throw new DomainException.InvalidInput(inputs.errors);
        }
        return d;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.strip() : null;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
