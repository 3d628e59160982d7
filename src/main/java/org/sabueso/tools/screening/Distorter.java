package org.sabueso.tools.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.sabueso.screening.ScreeningRequest;
import org.sabueso.shared.Folding;

/**
 * Writes a person the way a border officer or an airline manifest would, with the variations
 * that defeat naive matching: no accents, upper case, surname first with a comma, a dropped
 * second surname or second given name, an initial, a Spanish spelling swap, a typo, hyphenated
 * surnames, the nickname; a birth date exact, with day and month swapped, year only, or a year
 * off by one; the document number in another format.
 *
 * <p>Since issue 14 also the forms Hispanic and regional naming gives the same person in other
 * records ({@link #distort(BenchPopulation.Person, Set)}): a married name, another second surname
 * or middle name, given names reordered or the first dropped, particles fused or split,
 * abbreviations, pet forms, other romanisations of names of Arabic origin, two slips in a long
 * word. Each query says which kinds it carries, for recall by kind. {@link #distort(BenchPopulation.Person)}
 * stays as it was, for the engine's randomized test and the HTTP bench.
 */
public final class Distorter {

    /** How a query differs from the notice's name. The first nine are the kinds before issue 14. */
    public enum Kind {
        ACCENTS, SECOND_SURNAME_DROPPED, SURNAME_FIRST, INITIAL, SECOND_GIVEN_DROPPED, SPELLING, TYPO, HYPHEN, NICKNAME,
        MARRIED_NAME, SECOND_SURNAME_OTHER, GIVEN_REORDERED, FIRST_GIVEN_DROPPED, SECOND_GIVEN_OTHER, PARTICLE_FUSED,
        PARTICLE_SPLIT, ABBREVIATION, HYPOCORISM, ARABIC_ORIGIN, TWO_EDITS_LONG;

        /** The kinds the bench drew from before issue 14. */
        public static final Set<Kind> BEFORE_ISSUE_14 = EnumSet.range(ACCENTS, NICKNAME);
    }

    private static final Kind[] LEGACY = Kind.BEFORE_ISSUE_14.toArray(Kind[]::new);

    /** A query with the kinds of variation it carries (those that changed the name). */
    public record Distorted(ScreeningRequest request, Set<Kind> kinds) {
    }

    /**
     * How often a kind is drawn where it applies, against 1 for the others. The everyday
     * variations of before issue 14 (accents, order, a dropped surname, an initial, a spelling,
     * a typo) twice as often as another second surname or middle name, a pet form or an
     * abbreviation: then about half the queries carry one of issue 14's kinds. The kinds that only
     * a few people can have are drawn more where they can, as those people's other records mostly
     * carry them, and so the by-kind figures rest on enough queries.
     */
    private static final Map<Kind, Integer> WEIGHTS = Map.of(Kind.MARRIED_NAME, 3, Kind.ARABIC_ORIGIN, 6,
            Kind.PARTICLE_FUSED, 5, Kind.PARTICLE_SPLIT, 5);

    private static int weight(Kind k) {
        return Kind.BEFORE_ISSUE_14.contains(k) ? 2 : WEIGHTS.getOrDefault(k, 1);
    }

    /** Kinds that would undo or hide one another in one query. */
    private static final Map<Kind, Set<Kind>> CONFLICTS = Map.of(
            Kind.NICKNAME, EnumSet.complementOf(EnumSet.of(Kind.ACCENTS, Kind.SPELLING, Kind.TYPO, Kind.TWO_EDITS_LONG)),
            Kind.MARRIED_NAME, EnumSet.of(Kind.SURNAME_FIRST, Kind.HYPHEN, Kind.SECOND_SURNAME_DROPPED, Kind.SECOND_SURNAME_OTHER),
            Kind.FIRST_GIVEN_DROPPED, EnumSet.of(Kind.GIVEN_REORDERED, Kind.SECOND_GIVEN_DROPPED, Kind.INITIAL, Kind.SECOND_GIVEN_OTHER),
            Kind.SECOND_GIVEN_DROPPED, EnumSet.of(Kind.INITIAL, Kind.SECOND_GIVEN_OTHER, Kind.GIVEN_REORDERED),
            Kind.INITIAL, EnumSet.of(Kind.SECOND_GIVEN_OTHER),
            Kind.HYPOCORISM, EnumSet.of(Kind.ABBREVIATION),
            Kind.SECOND_SURNAME_DROPPED, EnumSet.of(Kind.SECOND_SURNAME_OTHER, Kind.HYPHEN),
            Kind.TYPO, EnumSet.of(Kind.TWO_EDITS_LONG));

    private final Random random;

    public Distorter(Random random) {
        this.random = random;
    }

    /** A query for this person with one to three name distortions and a birth date variation. */
    public ScreeningRequest distort(BenchPopulation.Person p) {
        List<String> given = new ArrayList<>(p.given());
        String s1 = p.firstSurname();
        String s2 = p.secondSurname();
        String birthDate = birthDate(p);
        // a query keeps enough to identify someone: with only a year of birth, the name stays whole
        boolean yearOnly = birthDate.length() == 4;
        int count = 1 + random.nextInt(3);
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind k = LEGACY[random.nextInt(LEGACY.length)];
            if (!(yearOnly && (k == Kind.SECOND_SURNAME_DROPPED || k == Kind.SECOND_GIVEN_DROPPED))) {
                kinds.add(k);
            }
        }
        String name;
        if (kinds.contains(Kind.NICKNAME) && p.nickname() != null) {
            name = p.nickname();
        } else {
            if (kinds.contains(Kind.SECOND_SURNAME_DROPPED)) {
                s2 = null;
            }
            if (kinds.contains(Kind.SECOND_GIVEN_DROPPED) && given.size() > 1) {
                given.remove(1);
            } else if (kinds.contains(Kind.INITIAL) && given.size() > 1) {
                given.set(1, given.get(1).substring(0, 1) + ".");
            }
            String surnames = s2 == null ? s1 : kinds.contains(Kind.HYPHEN) ? s1 + "-" + s2 : s1 + " " + s2;
            name = kinds.contains(Kind.SURNAME_FIRST) ? surnames + ", " + String.join(" ", given)
                    : String.join(" ", given) + " " + surnames;
        }
        if (kinds.contains(Kind.SPELLING)) {
            name = spelling(name);
        }
        if (kinds.contains(Kind.TYPO)) {
            name = typo(name);
        }
        if (kinds.contains(Kind.ACCENTS) || random.nextDouble() < 0.3) {
            name = stripAccents(name).toUpperCase(Locale.ROOT);
        }
        String nationality = random.nextBoolean() ? p.country() : null;
        List<ScreeningRequest.Document> docs = p.document() != null && random.nextDouble() < 0.3
                ? List.of(new ScreeningRequest.Document("national_id", reformat(p.document()), p.country())) : List.of();
        return new ScreeningRequest(name, birthDate, nationality, docs, "benchmark", 10, null);
    }

    /**
     * A query for this person with one to three variations drawn from {@code enabled} among those
     * that apply to the person (a married name only for a woman, a pet form only for a name that
     * has one), none undoing another, and a birth date variation. The kinds returned are those
     * that changed the name; empty when none of {@code enabled} applies.
     */
    public Distorted distort(BenchPopulation.Person p, Set<Kind> enabled) {
        String birthDate = birthDate(p);
        NameDraft draft = new NameDraft(p, random, birthDate.length() == 4);
        int count = 1 + random.nextInt(3);
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (int i = 0; i < count; i++) {
            Kind k = draw(draft, enabled, kinds);
            if (k == null) {
                break;
            }
            String before = draft.render();
            draft.apply(k);
            if (!draft.render().equals(before) || k == Kind.ACCENTS || k == Kind.SPELLING || k == Kind.TYPO) {
                kinds.add(k);
            }
        }
        String name = draft.render();
        if (kinds.contains(Kind.SPELLING)) {
            String spelt = spelling(name);
            if (spelt.equals(name)) {
                kinds.remove(Kind.SPELLING);
            }
            name = spelt;
        }
        if (kinds.contains(Kind.TYPO)) {
            String typed = typo(name);
            if (typed.equals(name)) {
                kinds.remove(Kind.TYPO);
            }
            name = typed;
        }
        if (kinds.contains(Kind.ACCENTS) || random.nextDouble() < 0.3) {
            name = stripAccents(name).toUpperCase(Locale.ROOT);
        }
        String nationality = random.nextBoolean() ? p.country() : null;
        List<ScreeningRequest.Document> docs = p.document() != null && random.nextDouble() < 0.3
                ? List.of(new ScreeningRequest.Document("national_id", reformat(p.document()), p.country())) : List.of();
        return new Distorted(new ScreeningRequest(name, birthDate, nationality, docs, "benchmark", 10, null),
                Set.copyOf(kinds));
    }

    /** Draws one kind by weight among the enabled ones that apply and conflict with none drawn; null when none is left. */
    private Kind draw(NameDraft draft, Set<Kind> enabled, Set<Kind> drawn) {
        List<Kind> options = new ArrayList<>();
        int total = 0;
        for (Kind k : Kind.values()) {
            if (enabled.contains(k) && !drawn.contains(k) && !conflicts(k, drawn) && draft.applies(k)) {
                options.add(k);
                total += weight(k);
            }
        }
        if (options.isEmpty()) {
            return null;
        }
        int x = random.nextInt(total);
        for (Kind k : options) {
            x -= weight(k);
            if (x < 0) {
                return k;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static boolean conflicts(Kind k, Set<Kind> drawn) {
        for (Kind d : drawn) {
            if (CONFLICTS.getOrDefault(d, Set.of()).contains(k) || CONFLICTS.getOrDefault(k, Set.of()).contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** A person not on the list, written plainly. */
    public ScreeningRequest plain(BenchPopulation.Person p) {
        String date = "%04d-%02d-%02d".formatted(p.year(), p.trueMonth(), p.trueDay());
        return new ScreeningRequest(random.nextBoolean() ? stripAccents(p.fullName()).toUpperCase(Locale.ROOT) : p.fullName(),
                date, random.nextBoolean() ? p.country() : null, List.of(), "benchmark", 10, null);
    }

    private String birthDate(BenchPopulation.Person p) {
        double r = random.nextDouble();
        if (r < 0.5) {
            return "%04d-%02d-%02d".formatted(p.year(), p.trueMonth(), p.trueDay());
        }
        if (r < 0.65 && p.trueDay() <= 12 && p.trueDay() != p.trueMonth()) {
            return "%04d-%02d-%02d".formatted(p.year(), p.trueDay(), p.trueMonth());
        }
        if (r < 0.85) {
            return "%04d".formatted(p.year());
        }
        return "%04d".formatted(p.year() + (random.nextBoolean() ? 1 : -1));
    }

    private String reformat(String document) {
        String digits = document.replaceAll("[^0-9Kk]", "");
        return random.nextBoolean() ? digits : document;
    }

    private static final String[][] SWAPS = {{"v", "b"}, {"b", "v"}, {"z", "s"}, {"s", "z"}, {"ll", "y"}, {"y", "ll"},
            {"ge", "je"}, {"gi", "ji"}, {"je", "ge"}, {"ce", "se"}, {"ci", "si"}, {"qu", "k"}, {"ñ", "n"}, {"Jo", "Jho"},
            {"Yo", "Jo"}, {"Wi", "Wui"}, {"Wui", "Wi"}, {"th", "t"}, {"H", ""}, {"rr", "r"}};

    private String spelling(String name) {
        for (int attempt = 0; attempt < 8; attempt++) {
            String[] swap = SWAPS[random.nextInt(SWAPS.length)];
            int at = name.indexOf(swap[0]);
            if (at >= 0) {
                return name.substring(0, at) + swap[1] + name.substring(at + swap[0].length());
            }
        }
        return name;
    }

    private String typo(String name) {
        String[] words = name.split(" ");
        List<Integer> long_ = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 5) {
                long_.add(i);
            }
        }
        if (long_.isEmpty()) {
            return name;
        }
        int w = long_.get(random.nextInt(long_.size()));
        String word = words[w];
        int at = 1 + random.nextInt(word.length() - 2);
        word = switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            case 2 -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
        words[w] = word;
        return String.join(" ", words);
    }

    private static String stripAccents(String s) {
        return Folding.plain(s);
    }
}
