package org.sabueso.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.sabueso.agency.AgencyView;
import org.sabueso.agency.SharingScope;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.Alias;
import org.sabueso.person.IdentityDocument;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PhysicalDescription;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.Folding;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;

/**
 * The generated part of the demo, decided before anything is stored: persons and their notices
 * drawn from a fixed seed, so the same seed and day always give the same demo. Each notice draws
 * from its own split of the seed, so a smaller demo is the first part of a larger one.
 *
 * <p>Who is wanted where follows the Tren de Aragua case: Venezuela's notices are about
 * Venezuelans, while in Colombia, Peru, Chile and Ecuador about half the subjects are Venezuelans
 * who crossed the border.
 */
final class DemoPlan {

    /** 20 September 2023, the day Venezuelan forces retook Tocorón. */
    static final long SEED = 20_230_920L;

    private DemoPlan() {
    }

    /** One generated notice with its subject, the status it ends in and, for closed ones, why. */
    record Planned(String agencyId, String country, NoticeStatus status, SharingScope scope, Set<String> partners,
                   NewPerson subject, List<String> offences, String summary, String warrantReference,
                   String legalBasis, RequestedAction requestedAction, LocalDate reviewBy, String closingReason) {

        /**
         * Released notices that name no partner agencies are loaded in bulk through the import;
         * drafts, notices under review and notices shared with named partners go through the
         * ordinary drafting and review.
         */
        boolean viaImport() {
            return scope != SharingScope.PARTNERS && status != NoticeStatus.DRAFT && status != NoticeStatus.UNDER_REVIEW;
        }

        NoticeDraft draft() {
            return new NoticeDraft(subject, offences, summary, warrantReference, legalBasis, requestedAction, scope,
                    partners, reviewBy);
        }

        Notices.ImportedNotice imported() {
            return new Notices.ImportedNotice(subject, offences, summary, warrantReference, legalBasis,
                    requestedAction, reviewBy);
        }
    }

    private record Weighted<T>(T value, int weight) {
    }

    @SafeVarargs
    private static <T> T draw(RandomGenerator random, Weighted<T>... choices) {
        int total = 0;
        for (Weighted<T> c : choices) {
            total += c.weight();
        }
        int x = random.nextInt(total);
        for (Weighted<T> c : choices) {
            x -= c.weight();
            if (x < 0) {
                return c.value();
            }
        }
        throw new IllegalStateException();
    }

    private static <T> Weighted<T> w(T value, int weight) {
        return new Weighted<>(value, weight);
    }

    /** How many notices each country issues, relative to the others. */
    private static final Map<String, Integer> ISSUING_WEIGHT = Map.of("VE", 30, "CO", 25, "PE", 18, "CL", 15, "EC", 12);

    static List<Planned> plan(long seed, int count, LocalDate today, List<AgencyView> agencies) {
        List<AgencyView> issuers = agencies.stream()
                .filter(a -> HispanicNames.COUNTRIES_COVERED.contains(a.country())).toList();
        if (issuers.isEmpty()) {
            throw new IllegalArgumentException("no agency of a country with name tables");
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<Planned> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(root.split(), today, issuers));
        }
        return out;
    }

    private static Planned one(SplittableRandom random, LocalDate today, List<AgencyView> issuers) {
        AgencyView agency = issuingAgency(random, issuers);
        String issuer = agency.country().value();
        String nationality = nationality(random, issuer);
        Sex sex = random.nextInt(100) < 88 ? Sex.MALE : Sex.FEMALE;
        HispanicNames names = HispanicNames.of(new CountryCode(nationality));
        PersonName name = names.personName(random, sex);
        int age = (int) Math.max(18, Math.min(70, Math.round(31 + 9 * random.nextGaussian())));
        PartialDate birth = birthDate(random, today.getYear() - age);

        Set<CountryCode> nationalities = new LinkedHashSet<>();
        nationalities.add(new CountryCode(nationality));
        if (random.nextInt(100) < 3) {
            nationalities.add(new CountryCode(nationality.equals("VE") ? "CO" : "VE"));
        }

        NewPerson subject = new NewPerson(written(random, name), name, aliases(random, names, name, sex),
                birth, nationalities, documents(random, nationality, issuer, birth.year()), sex,
                description(random, sex), null);

        CaseFacts.Kind primary = CaseFacts.Kind.draw(random);
        boolean trenDeAragua = random.nextInt(100) < 35;
        List<String> offences = offences(random, issuer, primary, trenDeAragua);
        String summary = CaseFacts.summary(primary, CaseFacts.city(issuer, random), trenDeAragua,
                random.nextInt(100) < 15);

        NoticeStatus status = draw(random, w(NoticeStatus.ACTIVE, 80), w(NoticeStatus.LOCATED, 5),
                w(NoticeStatus.ARRESTED, 5), w(NoticeStatus.CANCELLED, 3), w(NoticeStatus.DRAFT, 4),
                w(NoticeStatus.UNDER_REVIEW, 3));
        SharingScope scope = draw(random, w(SharingScope.PUBLIC, 30), w(SharingScope.ALL_MEMBERS, 30),
                w(SharingScope.NATIONAL, 15), w(SharingScope.AGENCY, 17), w(SharingScope.PARTNERS, 8));
        Set<String> partners = scope == SharingScope.PARTNERS ? partners(random, agency, issuers) : Set.of();
        RequestedAction action = draw(random, w(RequestedAction.ARREST_FOR_EXTRADITION, 55),
                w(RequestedAction.LOCATE, 35), w(RequestedAction.OBTAIN_INFORMATION, 10));
        int warrantYear = today.getYear() - random.nextInt(5);
        LocalDate reviewBy = today.plusDays(random.nextInt(100) < 4 ? random.nextInt(2, 31) : random.nextInt(31, 1000));

        return new Planned(agency.id(), issuer, status, scope, partners, subject, offences, summary,
                CaseFacts.warrantReference(issuer, warrantYear, random), CaseFacts.legalBasis(issuer), action,
                reviewBy, closingReason(random, status, issuer));
    }

    private static AgencyView issuingAgency(RandomGenerator random, List<AgencyView> issuers) {
        int total = issuers.stream().mapToInt(a -> ISSUING_WEIGHT.getOrDefault(a.country().value(), 10)).sum();
        int x = random.nextInt(total);
        for (AgencyView a : issuers) {
            x -= ISSUING_WEIGHT.getOrDefault(a.country().value(), 10);
            if (x < 0) {
                return a;
            }
        }
        throw new IllegalStateException();
    }

    /** Venezuelans are about half of those wanted abroad; a few cross between the other countries. */
    private static String nationality(RandomGenerator random, String issuer) {
        return switch (issuer) {
            case "VE" -> draw(random, w("VE", 97), w("CO", 3));
            case "CO" -> draw(random, w("CO", 50), w("VE", 48), w("EC", 2));
            case "PE" -> draw(random, w("PE", 45), w("VE", 50), w("CO", 5));
            case "CL" -> draw(random, w("CL", 35), w("VE", 50), w("CO", 8), w("PE", 7));
            case "EC" -> draw(random, w("EC", 50), w("VE", 35), w("CO", 15));
            default -> issuer;
        };
    }

    /** Police records often know only the year of birth, sometimes the month. */
    private static PartialDate birthDate(RandomGenerator random, int year) {
        int precision = random.nextInt(100);
        int month = random.nextInt(1, 13);
        if (precision < 45) {
            return new PartialDate(year, null, null);
        }
        if (precision < 60) {
            return new PartialDate(year, month, null);
        }
        return new PartialDate(year, month, random.nextInt(1, java.time.YearMonth.of(year, month).lengthOfMonth() + 1));
    }

    /** Most records write the name given names first; some as "Surnames, Given names". */
    private static String written(RandomGenerator random, PersonName name) {
        if (random.nextInt(100) >= 8) {
            return name.fullName();
        }
        String first = name.particles() == null ? name.firstSurname() : name.particles() + " " + name.firstSurname();
        return first + (name.secondSurname() == null ? "" : " " + name.secondSurname()) + ", " + name.givenNames();
    }

    private static List<Alias> aliases(RandomGenerator random, HispanicNames names, PersonName name, Sex sex) {
        List<Alias> aliases = new ArrayList<>();
        if (random.nextInt(100) < 35) {
            aliases.add(new Alias(names.nickname(random, sex, name.givenNames()), true));
        }
        int other = random.nextInt(100);
        if (other < 4) {
            // a false identity
            aliases.add(new Alias(names.personName(random, sex).fullName(), false));
        } else if (other < 8 && name.secondSurname() != null) {
            // only the father's surname, as documents abroad often show
            aliases.add(new Alias(new PersonName(name.givenNames(), name.firstSurname(), null, name.particles())
                    .fullName(), false));
        } else if (other < 12) {
            // written without accents, as on a foreign form or a keyboard without them
            String plain = withoutAccents(name.fullName());
            if (!plain.equals(name.fullName())) {
                aliases.add(new Alias(plain, false));
            }
        }
        return aliases;
    }

    static String withoutAccents(String s) {
        return Folding.plain(s);
    }

    private static List<IdentityDocument> documents(RandomGenerator random, String nationality, String issuer, int birthYear) {
        List<IdentityDocument> docs = new ArrayList<>();
        CountryCode own = new CountryCode(nationality);
        if (random.nextInt(100) < 80) {
            String number = switch (nationality) {
                case "VE" -> IdentityNumbers.venezuelanCedula(random, birthYear, false);
                case "CO" -> IdentityNumbers.colombianCedula(random, birthYear);
                case "PE" -> IdentityNumbers.peruvianDni(random, birthYear);
                case "CL" -> IdentityNumbers.chileanRun(random, birthYear, false);
                case "EC" -> IdentityNumbers.ecuadorianCedula(random);
                default -> throw new IllegalArgumentException(nationality);
            };
            docs.add(new IdentityDocument("national_id", number, own));
        }
        if (nationality.equals("VE") && random.nextInt(100) < 10) {
            docs.add(new IdentityDocument("passport", IdentityNumbers.venezuelanPassport(random), own));
        }
        if (!nationality.equals(issuer) && random.nextInt(100) < 30) {
            CountryCode host = new CountryCode(issuer);
            switch (issuer) {
                case "PE" -> docs.add(new IdentityDocument("residence_permit", IdentityNumbers.peruvianForeignerCard(random), host));
                case "CL" -> docs.add(new IdentityDocument("national_id", IdentityNumbers.chileanRun(random, birthYear, true), host));
                case "VE" -> docs.add(new IdentityDocument("national_id", IdentityNumbers.venezuelanCedula(random, birthYear, true), host));
                default -> {
                }
            }
        }
        return docs;
    }

    private static PhysicalDescription description(RandomGenerator random, Sex sex) {
        boolean female = sex == Sex.FEMALE;
        Integer height = random.nextInt(100) < 60
                ? (int) Math.round((female ? 158 : 171) + (female ? 6 : 7) * random.nextGaussian()) : null;
        String build = random.nextInt(100) < 50 ? CaseFacts.build(random, female) : null;
        String marks = random.nextInt(100) < 25 ? CaseFacts.marks(random) : null;
        return new PhysicalDescription(height, build, marks);
    }

    private static List<String> offences(RandomGenerator random, String issuer, CaseFacts.Kind primary,
                                         boolean trenDeAragua) {
        EnumSet<CaseFacts.Kind> kinds = EnumSet.of(primary);
        int more = draw(random, w(0, 50), w(1, 35), w(2, 15));
        for (int tries = 0; kinds.size() < 1 + more && tries < 10; tries++) {
            kinds.add(CaseFacts.Kind.draw(random));
        }
        if (trenDeAragua) {
            kinds.add(CaseFacts.Kind.ORGANISED_CRIME);
        }
        List<String> out = new ArrayList<>();
        out.add(CaseFacts.offence(issuer, primary));
        kinds.stream().filter(k -> k != primary).forEach(k -> out.add(CaseFacts.offence(issuer, k)));
        return out;
    }

    private static Set<String> partners(RandomGenerator random, AgencyView issuer, List<AgencyView> agencies) {
        List<String> others = new ArrayList<>(agencies.stream().map(AgencyView::id)
                .filter(id -> !id.equals(issuer.id())).toList());
        Set<String> chosen = new LinkedHashSet<>();
        int n = random.nextInt(1, Math.min(3, others.size()) + 1);
        while (chosen.size() < n) {
            chosen.add(others.get(random.nextInt(others.size())));
        }
        return chosen;
    }

    private static String closingReason(RandomGenerator random, NoticeStatus status, String issuer) {
        return switch (status) {
            case LOCATED -> "Ubicado en " + CaseFacts.city(issuer, random) + "; se coordina la captura con la fiscalía";
            case ARRESTED -> "Capturado en " + CaseFacts.city(issuer, random) + " en cumplimiento de la orden";
            case CANCELLED -> "Orden revocada por el tribunal que la dictó";
            default -> null;
        };
    }
}
