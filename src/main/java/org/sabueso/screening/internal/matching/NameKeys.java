package org.sabueso.screening.internal.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sabueso.shared.DocumentNumbers;
import org.sabueso.shared.Folding;
import org.sabueso.shared.NameParticles;

/**
 * The keys a Hispanic name is found by. Folding removes accents, case and punctuation; the
 * phonetic key collapses the spellings Spanish speakers use for the same sound (b/v, s/z/c, y/ll,
 * silent h, j/g, qu/k/c, gu/w, ñ/n, doubled letters); deletion keys let one typo still meet its
 * name. Plain Java, no Lucene: the index stores what these produce.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /** Lower case, no accents (ñ kept as n), letters and digits only, words split on anything else. */
    public static List<String> tokens(String name) {
        String folded = fold(name);
        List<String> out = new ArrayList<>();
        for (String t : folded.split("[^a-z0-9]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Lower case without accents ({@link Folding}), after compatibility forms are composed
     * (NFKC): fullwidth letters from some keyboards and ligatures from scanned documents ("ﬁ")
     * become the letters they stand for, so what an officer types still meets the notice. A name
     * in another script (Cyrillic, Arabic, Hebrew, Greek, CJK…) is first put in Latin letters
     * ({@link Scripts#latin}).
     */
    public static String fold(String s) {
        // most names on a list and in a manifest are plain ASCII, which neither form changes:
        // the index build folds every name word, and two normalisations each cost more than this
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                String composed = Normalizer.normalize(s, Normalizer.Form.NFKC);
                // a name in another script is compared in Latin letters (Scripts): "Путин" → "putin"
                return Folding.key(Scripts.otherScript(composed) ? Scripts.latin(composed) : composed);
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Tokens that carry identity: no particles, no single letters (initials are handled apart). */
    public static List<String> significant(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (t.length() > 1 && !NameParticles.isParticle(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A phonetic key for a folded Spanish (or anglicised Latin American) word: "Wuilmer" and
     * "Wilmer" → "uilmer"; "Yonathan", "Jonathan", "Jhonatan" → "yonatan"; "Guerrero" → "gerero";
     * "Vásquez"/"Vazquez"/"Basques" → "baskes".
     */
    public static String phonetic(String w) {
        StringBuilder out = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char code;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> code = c;
                case 'b', 'v', 'p' -> code = c == 'p' ? 'p' : 'b';
                case 'c' -> {
                    if (next == 'h') {
                        code = 'C';
                        i++;
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        code = 's';
                    } else {
                        code = 'k';
                    }
                }
                case 'k', 'q' -> {
                    code = 'k';
                    if (c == 'q' && next == 'u') {
                        i++;
                    }
                }
                case 'z', 's', 'x' -> code = c == 'x' ? 'k' : 's';
                case 'g' -> {
                    if (next == 'e' || next == 'i') {
                        code = 'j';
                    } else if (next == 'u' && i + 2 < n && (w.charAt(i + 2) == 'e' || w.charAt(i + 2) == 'i')) {
                        code = 'g';
                        i++;
                    } else {
                        code = 'g';
                    }
                }
                case 'j' -> code = 'y';
                case 'y' -> code = (next == 0 || "aeiou".indexOf(next) < 0) && i > 0 ? 'i' : 'y';
                case 'l' -> {
                    if (next == 'l') {
                        code = 'y';
                        i++;
                    } else {
                        code = 'l';
                    }
                }
                case 'h' -> {
                    continue;
                }
                case 'w' -> code = 'u';
                case 'n', 'm' -> code = c;
                case 'r' -> code = 'r';
                case 't' -> code = 't';
                case 'd' -> code = 'd';
                case 'f' -> code = 'f';
                default -> code = c;
            }
            // "jo" after "y" is the j/y merge: "Jhon" → "yon"; keep doubled letters single
            if (out.isEmpty() || out.charAt(out.length() - 1) != code) {
                out.append(code);
            }
        }
        // "gu" before a vowel and "hu"/"w" are all the same glide: "Guillermo" ~ "Wilmer" is too far, but "Guadalupe"/"Wadalupe" meet
        String key = out.toString();
        if (key.startsWith("gua") || key.startsWith("gue") || key.startsWith("gui")) {
            // "Guerrero" keeps its hard g: only "gua" becomes the glide
            if (key.startsWith("gua")) {
                key = "ua" + key.substring(3);
            }
        }
        // final "d" is often silent: "Madrid"/"Madri", "Trinidad"/"Trinida"
        if (key.length() > 3 && key.endsWith("d")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    /** The key with one letter removed at each place; one typo on either side still meets. */
    public static Set<String> deletions(String key) {
        Set<String> out = new LinkedHashSet<>();
        if (key.length() < 4) {
            return out;
        }
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }

    /** Only digits and letters, upper case, without the Venezuelan "V-"/"E-" prefix: "V-12.345.678" → "12345678". */
    public static String documentNumber(String number) {
        return DocumentNumbers.key(fold(number));
    }
}
