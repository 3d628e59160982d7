package org.sabueso.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways Hispanic and regional names really vary, each a rule with a name that the explanation
 * gives when it fires: abbreviations written on forms ("Ma." for María, "Fco." for Francisco),
 * generational suffixes and titles that name nobody ("Jr.", "II", "Lic."), nicknames
 * ({@link Hypocorisms}), particles fused to the surname ("Deleon", "Delrio", "Alaulaqi"), two words
 * written as one ("Donjuan"), and the loose spelling of transliterated or misheard names (e/i,
 * o/u, ou/u, w/v, ll/l: "Valed"/"Walid", "Llenares"/"Linares"), and Arabic names whose vowels each
 * clerk supplies ({@link Vowels}: "Youssef"/"Yusuf", "Muhammad"/"Mohamed"). The structural rules (a married
 * name, a missing second surname, given names reordered or dropped) are applied in
 * {@link NameMatcher}, which knows the roles of a notice's words. Words here are folded.
 */
public final class NameRules {

    private NameRules() {
    }

    /** A rule's code, as the explanation's {@code name.words} item names it (args[5], see ExplanationCode). */
    public enum Rule {
        ABBREVIATION("abbreviation"),
        SUFFIX_IGNORED("suffix-ignored"),
        HYPOCORISM("hypocorism"),
        PARTICLES_JOINED("particles-joined"),
        ARABIC_ARTICLE("arabic-article"),
        WORDS_JOINED("words-joined"),
        SPELLING_LOOSE("spelling-loose"),
        VOWELS_DIFFER("vowels-differ"),
        MARRIED_NAME("married-name"),
        SECOND_SURNAME_MISSING("second-surname-missing"),
        SECOND_SURNAME_DIFFERS("second-surname-differs"),
        GIVEN_NAME_DIFFERS("given-name-differs"),
        GIVEN_NAME_MISSING("given-name-missing"),
        FIRST_GIVEN_DROPPED("first-given-dropped"),
        GIVEN_NAMES_REORDERED("given-names-reordered");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * Abbreviations of given names and surnames as clerks and forms write them (folded, the dot
     * gone): only forms that are no name of their own.
     */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ma", "maria"), Map.entry("mra", "maria"), Map.entry("fco", "francisco"),
            Map.entry("fca", "francisca"), Map.entry("gmo", "guillermo"), Map.entry("fdo", "fernando"),
            Map.entry("jse", "jose"), Map.entry("ant", "antonio"), Map.entry("dgo", "domingo"),
            Map.entry("hdez", "hernandez"), Map.entry("hndz", "hernandez"), Map.entry("hdz", "hernandez"),
            Map.entry("glez", "gonzalez"), Map.entry("gzlez", "gonzalez"), Map.entry("gonz", "gonzalez"),
            Map.entry("rguez", "rodriguez"), Map.entry("rodz", "rodriguez"), Map.entry("rdz", "rodriguez"),
            Map.entry("fdez", "fernandez"), Map.entry("fndz", "fernandez"), Map.entry("mtz", "martinez"),
            Map.entry("mtnez", "martinez"), Map.entry("gtz", "gutierrez"), Map.entry("gtrrez", "gutierrez"),
            Map.entry("sanchz", "sanchez"), Map.entry("sta", "santa"), Map.entry("sto", "santo"));

    /**
     * Generational suffixes and titles: they tell a father from a son or say a profession, never
     * who the person is ("MEZA, JR., Arturo" is Arturo Meza). "Junior" is left out: in Latin
     * America it is also a given name.
     */
    private static final Set<String> IGNORED = Set.of("jr", "sr", "sra", "srta", "ii", "iii", "iv", "dr", "dra", "lic", "ing");

    /**
     * Particles that may be written fused to the surname after them, with the shortest rest that
     * is still a surname: "de" + "leon", "del" + "rio", "da" + "silva". Two-letter ones ask for a
     * longer rest, so "Davila" is not read as "da Vila".
     */
    private static final Map<String, Integer> FUSED = Map.ofEntries(
            Map.entry("de", 4), Map.entry("del", 3), Map.entry("dela", 3), Map.entry("delas", 3),
            Map.entry("delos", 3), Map.entry("da", 5), Map.entry("das", 4), Map.entry("do", 5),
            Map.entry("dos", 4), Map.entry("van", 4), Map.entry("von", 4));

    /** The Arabic article, fused ("Alaulaqi", "Elhadi") or split ("Al Aulaqi", "Al-Aulaqi"). */
    private static final Map<String, Integer> ARTICLES = Map.of("al", 4, "el", 4);

    /** The full word a folded abbreviation stands for, or null. */
    public static String abbreviation(String word) {
        return ABBREVIATIONS.get(word);
    }

    /** Whether a folded word is a suffix or title to ignore. */
    public static boolean ignored(String word) {
        return IGNORED.contains(word);
    }

    /** A notice's or alias's significant words with abbreviations written out and suffixes left out. */
    public static List<String> normalise(List<String> words) {
        List<String> out = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String full = ABBREVIATIONS.get(w);
            if (full != null || IGNORED.contains(w)) {
                if (out == null) {
                    out = new ArrayList<>(words.subList(0, i));
                }
                if (full != null) {
                    out.add(full);
                }
            } else if (out != null) {
                out.add(w);
            }
        }
        return out == null ? words : out;
    }

    /**
     * The surnames a word may hold after a fused particle or article: "deleon" → "leon" (and
     * "eon", as "del" + "eon": every reading is kept, the index has no such word).
     */
    public static List<String> fusedRests(String word) {
        List<String> out = List.of();
        for (int len = 2; len <= 5 && len < word.length(); len++) {
            String prefix = word.substring(0, len);
            Integer min = FUSED.get(prefix);
            if (min == null) {
                min = ARTICLES.get(prefix);
            }
            if (min != null && word.length() - len >= min) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(word.substring(len));
            }
        }
        return out;
    }

    /**
     * Which particle rule reads {@code fused} as a particle or article followed by {@code plain}
     * ("deleon"/"leon", "alaulaqi"/"aulaqi"), or null. No allocation: it runs on many word pairs.
     */
    static Rule fused(String fused, String plain) {
        int prefix = fused.length() - plain.length();
        if (prefix < 2 || prefix > 5 || !fused.endsWith(plain)) {
            return null;
        }
        for (Map.Entry<String, Integer> e : FUSED.entrySet()) {
            if (e.getKey().length() == prefix && plain.length() >= e.getValue() && fused.startsWith(e.getKey())) {
                return Rule.PARTICLES_JOINED;
            }
        }
        if (prefix == 2 && plain.length() >= 4 && (fused.startsWith("al") || fused.startsWith("el"))) {
            return Rule.ARABIC_ARTICLE;
        }
        return null;
    }

    /**
     * A key for spellings that differ only as transliterations and mishearings do: e/i, o/u, ou/u,
     * w/v, ll/l, kh/j, q/k, ph/f, th/t, dh/d, then the phonetic key ({@link NameKeys#phonetic}).
     * "Valed" and "Walid" share it, "Jomaa" and "Joumaa", "Llenares" and "Linares".
     */
    public static String loose(String w) {
        StringBuilder b = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            switch (c) {
                case 'o' -> {
                    b.append('u');
                    if (next == 'u') {
                        i++;
                    }
                }
                case 'e' -> b.append('i');
                case 'w' -> b.append('v');
                case 'q' -> b.append('k');
                case 'k' -> {
                    if (next == 'h') {
                        b.append('j');
                        i++;
                    } else {
                        b.append('k');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        b.append('f');
                        i++;
                    } else {
                        b.append('p');
                    }
                }
                case 't', 'd' -> {
                    b.append(c);
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'l' -> {
                    b.append('l');
                    if (next == 'l') {
                        i++;
                    }
                }
                default -> b.append(c);
            }
        }
        return NameKeys.phonetic(b.toString());
    }

    /**
     * The rule by which query word {@code qi} reads notice word {@code c} as the same name, when
     * their {@link Similarity} alone says too little, or null: a nickname, a fused particle
     * either way, or a loose spelling ({@code cLoose}, the notice word's {@link #loose} key).
     */
    static Rule word(Query q, int qi, String c, String cLoose) {
        String t = q.tokens().get(qi);
        if (q.nicknameOf(qi).contains(c) || (q.isNamed(qi) && Hypocorisms.namesOf(c).contains(t))) {
            return Rule.HYPOCORISM;
        }
        Rule r = t.length() > c.length() ? fused(t, c) : fused(c, t);
        if (r != null) {
            return r;
        }
        if (t.length() >= 4 && c.length() >= 4 && q.loose().get(qi).equals(cLoose)) {
            return Rule.SPELLING_LOOSE;
        }
        if (Vowels.sameButVowels(t, c)) {
            return Rule.VOWELS_DIFFER;
        }
        return null;
    }

    /** How alike two words are through a rule ({@link Weights}). */
    static double similarity(Rule r) {
        return switch (r) {
            case HYPOCORISM -> RuleWeights.HYPOCORISM;
            case PARTICLES_JOINED -> RuleWeights.PARTICLES_JOINED;
            case WORDS_JOINED -> RuleWeights.WORDS_JOINED;
            case ARABIC_ARTICLE -> RuleWeights.ARABIC_ARTICLE;
            case SPELLING_LOOSE -> RuleWeights.SPELLING_LOOSE;
            case VOWELS_DIFFER -> RuleWeights.VOWELS_DIFFER;
            default -> 1.0;
        };
    }

    /** The names a folded word is a nickname of ("pepe" → "jose"), or none. */
    public static Set<String> nicknameOf(String word) {
        return Hypocorisms.namesOf(word);
    }

    /**
     * Other words a name word may be found by in the index: the names a nickname stands for, and
     * the surname after a fused particle. Folded words; empty for most words.
     */
    public static List<String> alternatives(String word) {
        Set<String> names = Hypocorisms.namesOf(word);
        List<String> rests = fusedRests(word);
        if (names.isEmpty()) {
            return rests;
        }
        List<String> out = new ArrayList<>(names);
        out.addAll(rests);
        return out;
    }

    /** Whether a folded word is a name some nickname stands for (then a notice's nickname may be it). */
    static boolean named(String word) {
        return Hypocorisms.isName(word);
    }
}
