package org.sabueso.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sabueso.screening.internal.matching.JaroWinkler;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.Similarity;
import org.sabueso.demo.HispanicNames;

/**
 * The scorer turns most word pairs down with cheap bounds before computing edit distance or
 * Jaro-Winkler; these checks hold it to the plain computation on every pair of a large word list
 * with typos, so a bound that is not one shows up as a different similarity.
 */
class SimilarityBoundsTest {

    /** The word similarity as it was written before the bounds: full tables, always. */
    static double reference(String a, String b) {
        String pa = NameKeys.phonetic(a);
        String pb = NameKeys.phonetic(b);
        if (a.equals(b)) {
            return 1.0;
        }
        if (pa.equals(pb)) {
            return 0.95;
        }
        int shorter = Math.min(a.length(), b.length());
        int edits = osa(a, b);
        if (edits <= 1 && shorter >= 4) {
            return 0.9;
        }
        if (edits <= 2 && shorter >= 8) {
            return 0.85;
        }
        if (Math.min(pa.length(), pb.length()) >= 4 && osa(pa, pb) <= 1) {
            return 0.88;
        }
        double slips = Math.min(pa.length(), pb.length()) >= 8 && Math.abs(pa.length() - pb.length()) <= 2
                && osa(pa, pb) <= 2 ? 0.85 : 0;
        double jw = JaroWinkler.similarity(a, b);
        return Math.max(slips, jw >= 0.9 ? jw * 0.95 : 0);
    }

    /** Optimal string alignment distance over the whole table, capped at 3. */
    static int osa(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], 3);
    }

    static List<String> words() {
        List<String> words = new ArrayList<>();
        for (List<String> list : List.of(HispanicNames.Region.MALE.values(), HispanicNames.Region.FEMALE.values(),
                HispanicNames.Region.SURNAMES.values())) {
            for (String w : list) {
                words.addAll(NameKeys.tokens(w));
            }
        }
        Random random = new Random(7);
        int base = words.size();
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int n = 0; n < 3 * base; n++) {
            StringBuilder w = new StringBuilder(words.get(random.nextInt(base)));
            for (int e = 1 + random.nextInt(3); e > 0 && w.length() > 1; e--) {
                int at = random.nextInt(w.length());
                switch (random.nextInt(4)) {
                    case 0 -> w.deleteCharAt(at);
                    case 1 -> w.insert(at, letters.charAt(random.nextInt(26)));
                    case 2 -> w.setCharAt(at, letters.charAt(random.nextInt(26)));
                    default -> {
                        if (at + 1 < w.length()) {
                            char c = w.charAt(at);
                            w.setCharAt(at, w.charAt(at + 1));
                            w.setCharAt(at + 1, c);
                        }
                    }
                }
            }
            words.add(w.toString());
        }
        words.add("a");
        words.add("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz");
        words.add("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzz");
        return words;
    }

    @Test
    void bounded_similarity_equals_the_full_computation_on_every_pair() {
        List<String> words = words();
        assertThat(words.size()).isGreaterThan(900);
        long positive = 0;
        for (String a : words) {
            String pa = NameKeys.phonetic(a);
            for (String b : words) {
                double expected = reference(a, b);
                double actual = Similarity.of(a, pa, b, NameKeys.phonetic(b));
                if (actual != expected) {
                    throw new AssertionError(a + " / " + b + ": " + actual + " but the full computation gives " + expected);
                }
                if (expected > 0) {
                    positive++;
                }
            }
        }
        // the list must hold close pairs, or the test would only prove that far words stay far
        assertThat(positive).isGreaterThan(words.size() * 2L);
    }

    @Test
    void edit_distance_equals_the_full_table() {
        List<String> words = words();
        for (int i = 0; i < words.size(); i += 3) {
            for (int j = 0; j < words.size(); j += 7) {
                assertThat(Similarity.editsAtMost2(words.get(i), words.get(j)))
                        .as("%s / %s", words.get(i), words.get(j))
                        .isEqualTo(osa(words.get(i), words.get(j)));
            }
        }
    }

    @Test
    void the_jaro_winkler_bound_is_never_below_the_value() {
        List<String> words = words();
        for (int i = 0; i < words.size(); i += 2) {
            String a = words.get(i);
            for (int j = 0; j < words.size(); j += 5) {
                String b = words.get(j);
                assertThat(JaroWinkler.upperBound(a, Similarity.letters(a), b, Similarity.letters(b)))
                        .as("%s / %s", a, b)
                        .isGreaterThanOrEqualTo(JaroWinkler.similarity(a, b));
            }
        }
    }
}
