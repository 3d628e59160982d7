package org.sabueso.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic and Hebrew write consonants and long vowels only: "محمد" in Latin letters is "mhmd", and
 * meets "Mohamed", "Muhammad" or "Mohammed" only by its consonants. A word from such a script
 * comes out of {@link NameKeys#fold} without vowels ({@link Scripts#latin}); a query holding such a
 * word is compared a second time by the consonant skeletons of both sides, at a discount
 * ({@link Weights#SKELETON}): many names share a skeleton (Mohamed and Mahmoud both give "mhmd").
 *
 * <p>The skeleton: vowels dropped; w and y dropped inside a word (there they write long vowels) and
 * kept at its start, where they are consonants (Walid, Yusuf); the letters romanisations disagree
 * on merged (p/f, v/b and an initial w, q/k/c); doubled letters once.
 */
public final class Skeletons {

    private Skeletons() {
    }

    /** Shorter skeletons ("md", "lk") meet too many words to find or compare by. */
    static final int MIN_LENGTH = 2;

    /** True when a folded word has no vowel: a word that came from an abjad, or a skeleton typed as such. */
    public static boolean vowelless(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ("aeiou".indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The consonant skeleton of a folded word, or the empty string when too short to say anything. */
    public static String of(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char code = switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> 0;
                case 'w' -> i == 0 ? 'b' : 0;
                case 'y' -> i == 0 ? 'y' : 0;
                case 'p' -> 'f';
                case 'v' -> 'b';
                case 'q', 'c' -> 'k';
                default -> c;
            };
            if (code != 0 && (out.isEmpty() || out.charAt(out.length() - 1) != code)) {
                out.append(code);
            }
        }
        return out.length() < MIN_LENGTH ? "" : out.toString();
    }

    /** True when the query holds a word written without vowels: then it is also compared by skeletons. */
    static boolean applies(Query q) {
        for (String t : q.tokens()) {
            if (vowelless(t)) {
                return true;
            }
        }
        return false;
    }

    /** The query's words as skeletons (a word too short for one kept as it is). */
    static Query query(Query q) {
        return new Query(skeletons(q.tokens()), q.initials(), q.birthDate(), q.nationality(), q.documents());
    }

    /** A name form's words as skeletons, in the same places, so the comparison's word roles still hold. */
    static Entry.NameForm form(Entry.NameForm f) {
        List<String> all = skeletons(f.tokens());
        // skeletons are compared as they are: their loose keys are the skeletons too; married words stay marked
        return new Entry.NameForm(f.written(), f.givenCount(), f.alias(), all, all, all, f.married());
    }

    private static List<String> skeletons(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String s = of(w);
            out.add(s.isEmpty() ? w : s);
        }
        return out;
    }
}
