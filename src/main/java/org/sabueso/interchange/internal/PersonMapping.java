package org.sabueso.interchange.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sabueso.notice.NoticeDetail;
import org.sabueso.person.Alias;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonView;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.InvalidValue;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;

/**
 * Maps FtM {@code Person} and {@code Sanction} entities to Sabueso's persons and notices and back.
 *
 * <p>Names: {@code name} holds the name as written (further values become aliases), {@code alias}
 * other names, {@code weakAlias} nicknames ("Niño Guerrero"). The parts of a Hispanic name travel as
 * {@code firstName} (given names; {@code secondName} and {@code middleName} are further given
 * names), {@code fatherName} (first, paternal surname, with its particles: "de la Cruz") and
 * {@code motherName} (second, maternal surname); {@code lastName} (both surnames) is read when
 * those two are absent and always written. Countries are FtM's lower-case ISO 3166-1 codes;
 * {@code nationality} and {@code citizenship} become nationalities, {@code country} is checked but
 * not kept (it says a person is linked to a country, not that they hold its nationality).
 * {@code idNumber} is a national identity document, {@code passportNumber} a passport.
 */
final class PersonMapping {

    static final int MAX_NAME = 300;
    static final int MAX_ID = 200;
    static final int MAX_DOCUMENT = 64;
    static final int MAX_TEXT = 4000;
    static final int MAX_OFFENCE = 500;
    static final int MAX_OFFENCES = 30;
    static final String WANTED = "wanted";
    static final String NATIONAL_ID = "national_id";
    static final String PASSPORT = "passport";
    static final String PROGRAM = "Sabueso wanted notice";

    /** The properties an import reads; everything else on a line is passed over unread. */
    static final Set<String> READ = Set.of("name", "alias", "weakAlias", "firstName", "secondName", "middleName",
            "fatherName", "motherName", "lastName", "birthDate", "nationality", "citizenship", "country",
            "idNumber", "passportNumber", "gender", "height", "appearance", "topics", "notes",
            // Sanction
            "entity", "reason", "summary", "authorityId", "recordId");

    /** FtM dates are ISO 8601 prefixes: 1983, 1983-12, 1983-12-01, or a full timestamp. */
    private static final Pattern FTM_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T[0-9:.]*(?:Z|[+-][0-9:]+)?)?)?)?");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:@/+=-]+");

    private PersonMapping() {
    }

    /** A person read from an FtM line, with what a notice needs when it is wanted. */
    record Imported(String externalId, NewPerson person, boolean wanted, String summary) {
    }

    /** The facts of a {@code Sanction} line that complete the notice of a wanted person. */
    record NoticeFacts(String entityId, List<String> offences, String summary, String reference) {
    }

    static String externalId(FtmEntity e) {
        String id = Text.line("id", e.id(), MAX_ID);
        if (id == null || !ID.matcher(id).matches()) {
            throw new LineRejected("id", InterchangeRefusal.BAD_ID, MAX_ID);
        }
        return id;
    }

    static Imported person(FtmEntity e) {
        String externalId = externalId(e);
        List<String> names = lines(e, "name", MAX_NAME);
        String given = joined(lines(e, "firstName", MAX_NAME), lines(e, "secondName", MAX_NAME),
                lines(e, "middleName", MAX_NAME));
        String father = Text.line("fatherName", e.first("fatherName"), MAX_NAME);
        String mother = Text.line("motherName", e.first("motherName"), MAX_NAME);
        String last = Text.line("lastName", e.first("lastName"), MAX_NAME);
        String written = !names.isEmpty() ? names.getFirst()
                : joined(given == null ? List.of() : List.of(given),
                father != null ? List.of(father) : last != null ? List.of(last) : List.of(),
                father != null && mother != null ? List.of(mother) : List.of());
        if (written == null) {
            throw new LineRejected("name", InterchangeRefusal.PERSON_NO_NAME);
        }
        if (written.length() > MAX_NAME) {
            throw new LineRejected("name", InterchangeRefusal.TEXT_LONG, MAX_NAME);
        }
        PersonName name;
        try {
            name = nameParts(given, father, mother, last);
            if (name == null) {
                name = PersonName.parse(written);
            }
        } catch (IllegalArgumentException ex) {
            throw new LineRejected("name", InterchangeRefusal.NAME_PARTS);
        }
        List<Alias> aliases = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(written);
        for (String n : names.isEmpty() ? names : names.subList(1, names.size())) {
            if (seen.add(n)) {
                aliases.add(new Alias(n, false));
            }
        }
        for (String n : lines(e, "alias", MAX_NAME)) {
            if (seen.add(n)) {
                aliases.add(new Alias(n, false));
            }
        }
        for (String n : lines(e, "weakAlias", MAX_NAME)) {
            aliases.add(new Alias(n, true));
        }
        Set<CountryCode> nationalities = new LinkedHashSet<>(countries(e, "nationality"));
        nationalities.addAll(countries(e, "citizenship"));
        countries(e, "country");
        List<IdentityDocument> documents = new ArrayList<>();
        for (String n : lines(e, "idNumber", MAX_DOCUMENT)) {
            documents.add(new IdentityDocument(NATIONAL_ID, n, null));
        }
        for (String n : lines(e, "passportNumber", MAX_DOCUMENT)) {
            documents.add(new IdentityDocument(PASSPORT, n, null));
        }
        PhysicalDescription description = new PhysicalDescription(height(e.first("height")), null,
                Text.multiline("appearance", e.first("appearance"), 2000));
        NewPerson person = new NewPerson(written, name, aliases, birthDate(e.first("birthDate")), nationalities,
                documents, sex(e.first("gender")), description, externalId);
        boolean wanted = e.values("topics").stream().anyMatch(t -> WANTED.equalsIgnoreCase(t.strip()));
        String notes = null;
        if (wanted) {
            StringJoiner j = new StringJoiner("\n\n");
            for (String n : e.values("notes")) {
                String clean = Text.multiline("notes", abbreviate(n, MAX_TEXT), MAX_TEXT);
                if (clean != null) {
                    j.add(clean);
                }
            }
            notes = j.length() == 0 ? null : abbreviate(j.toString(), MAX_TEXT);
        }
        return new Imported(externalId, person, wanted, notes);
    }

    /** Reads a {@code Sanction} line written for a notice: offences, summary, reference. */
    static NoticeFacts noticeFacts(FtmEntity e) {
        externalId(e);
        String entity = Text.line("entity", e.first("entity"), MAX_ID);
        if (entity == null) {
            throw new LineRejected("entity", InterchangeRefusal.SANCTION_NO_ENTITY);
        }
        List<String> offences = lines(e, "reason", MAX_OFFENCE);
        if (offences.size() > MAX_OFFENCES) {
            throw new LineRejected("reason", InterchangeRefusal.OFFENCES_MANY, MAX_OFFENCES);
        }
        String summary = Text.multiline("summary", e.first("summary"), MAX_TEXT);
        String reference = Text.line("authorityId", e.first("authorityId"), 200);
        if (reference == null) {
            reference = Text.line("recordId", e.first("recordId"), 200);
        }
        return new NoticeFacts(entity, offences, summary, reference);
    }

    private static PersonName nameParts(String given, String father, String mother, String last) {
        if (father != null) {
            PersonName surname = PersonName.parse(father + ", " + (given == null ? "" : given));
            if (surname.secondSurname() != null) {
                // a compound first surname ("Ponce León"): keep it whole
                return new PersonName(given, father, mother, null);
            }
            return new PersonName(given, surname.firstSurname(), mother, surname.particles());
        }
        if (last != null) {
            return PersonName.parse(last + ", " + (given == null ? "" : given));
        }
        return given == null ? null : new PersonName(given, null, null, null);
    }

    static PartialDate birthDate(String value) {
        return date("birthDate", value);
    }

    /** An FtM date property as a partial date. */
    static PartialDate date(String property, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = FTM_DATE.matcher(value.strip());
        if (!m.matches()) {
            throw new LineRejected(property, InterchangeRefusal.DATE_FORMAT);
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException ex) {
            throw new LineRejected(property, InvalidValue.refusalOf(ex));
        }
    }

    static Set<CountryCode> countries(FtmEntity e, String property) {
        Set<CountryCode> out = new LinkedHashSet<>();
        for (String raw : e.values(property)) {
            String code = raw.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (code.length() != 2 || !CountryCode.isValid(code)) {
                throw new LineRejected(property, InterchangeRefusal.COUNTRY_UNKNOWN, Text.quote(code));
            }
            out.add(CountryCode.of(code));
        }
        return out;
    }

    private static Sex sex(String value) {
        if (value == null || value.isBlank()) {
            return Sex.UNKNOWN;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "male", "m", "masculino", "hombre" -> Sex.MALE;
            case "female", "f", "femenino", "mujer" -> Sex.FEMALE;
            case "other", "o" -> Sex.OTHER;
            default -> throw new LineRejected("gender", InterchangeRefusal.GENDER);
        };
    }

    /** FtM heights are numbers; in centimetres, or in metres when below 3. */
    private static Integer height(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double h;
        try {
            h = Double.parseDouble(value.strip());
        } catch (NumberFormatException ex) {
            throw new LineRejected("height", InterchangeRefusal.HEIGHT_NOT_A_NUMBER);
        }
        int cm = (int) Math.round(h < 3 ? h * 100 : h);
        if (cm < 40 || cm > 260) {
            throw new LineRejected("height", InterchangeRefusal.HEIGHT_RANGE);
        }
        return cm;
    }

    static List<String> lines(FtmEntity e, String property, int max) {
        List<String> out = new ArrayList<>();
        for (String v : e.values(property)) {
            String clean = Text.line(property, v, max);
            if (clean != null) {
                out.add(clean);
            }
        }
        return out;
    }

    @SafeVarargs
    private static String joined(List<String>... parts) {
        StringJoiner j = new StringJoiner(" ");
        for (List<String> p : parts) {
            p.forEach(j::add);
        }
        return j.length() == 0 ? null : j.toString();
    }

    /** Cuts to at most {@code max} characters, never between the halves of a surrogate pair. */
    private static String abbreviate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
        return s.substring(0, cut) + "…";
    }

    // ---- export ----

    /** The FtM id of a person: the one it was imported under, or one made from its Sabueso id. */
    /** How our exports name a person recorded without an FtM id. */
    static final String SABUESO_PERSON = "sabueso-person-";

    static String ftmId(PersonView p) {
        return p.externalId() != null ? p.externalId() : SABUESO_PERSON + p.id();
    }

    static FtmEntity toFtm(PersonView p, boolean wanted) {
        FtmEntity.Builder b = new FtmEntity.Builder(ftmId(p), FtmEntity.PERSON).add("name", p.writtenName());
        for (Alias a : p.aliases()) {
            b.add(a.nickname() ? "weakAlias" : "alias", a.name());
        }
        PersonName n = p.name();
        b.add("firstName", n.givenNames());
        String father = n.firstSurname() == null ? null
                : n.particles() == null ? n.firstSurname() : n.particles() + " " + n.firstSurname();
        b.add("fatherName", father);
        b.add("motherName", n.secondSurname());
        b.add("lastName", joined(father == null ? List.of() : List.of(father),
                n.secondSurname() == null ? List.of() : List.of(n.secondSurname())));
        if (p.birthDate() != null) {
            b.add("birthDate", p.birthDate().toString());
        }
        p.nationalities().forEach(c -> b.add("nationality", c.value().toLowerCase(Locale.ROOT)));
        for (IdentityDocument d : p.documents()) {
            b.add(PASSPORT.equals(d.type()) ? "passportNumber" : "idNumber", d.number());
        }
        if (p.sex() != Sex.UNKNOWN) {
            b.add("gender", p.sex().name().toLowerCase(Locale.ROOT));
        }
        if (p.description().heightCm() != null) {
            b.add("height", p.description().heightCm().toString());
        }
        b.add("appearance", p.description().marks());
        if (wanted) {
            b.add("topics", WANTED);
        }
        return b.build();
    }

    /** A notice as an FtM {@code Sanction} on its subject. */
    static FtmEntity toFtm(NoticeDetail n, String authority) {
        FtmEntity.Builder b = new FtmEntity.Builder("sabueso-notice-" + n.id(), FtmEntity.SANCTION)
                .add("entity", ftmId(n.subject()))
                .add("authority", authority)
                .add("authorityId", n.reference())
                .add("program", PROGRAM)
                .add("provisions", n.requestedAction().name())
                .addAll("reason", n.offences())
                .add("summary", n.summary())
                .add("status", n.status().name())
                .add("country", n.issuingCountry().toLowerCase(Locale.ROOT));
        if (n.activatedAt() != null) {
            b.add("startDate", n.activatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        return b.build();
    }
}
