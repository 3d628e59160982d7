package org.sabueso.screening.internal.matching;

import java.util.List;

/**
 * Words written together on one side and apart on the other ("Don Juan"/"Donjuan", "Juan
 * Carlos"/"Juancarlos"), as spelt or as sounded. Read before the word-by-word matching of
 * {@link NameMatcher}, so neither half is taken by another word first; only whole joins count,
 * both halves exactly, so two other words never pass for one.
 */
final class Joins {

    private Joins() {
    }

    /**
     * Marks the query words and notice words that join and returns the query words' similarity
     * found this way. Arrays as in {@link NameMatcher}: {@code found} and {@code similarity} per
     * query word, {@code covered} and {@code matchedBy} per notice word.
     */
    static double read(Query q, Entry.NameForm form, double[] covered, int[] matchedBy, int[] found,
                       double[] similarity, Why.NameParts why) {
        List<String> qt = q.tokens();
        List<String> qp = q.phonetic();
        List<String> ct = form.tokens();
        List<String> cp = form.phonetic();
        int m = qt.size();
        int n = ct.size();
        double total = 0;
        double s = RuleWeights.WORDS_JOINED;
        // two query words that a notice writes as one
        for (int qi = 0; qi + 1 < m; qi++) {
            if (found[qi] >= 0 || found[qi + 1] >= 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (covered[i] == 0 && (joins(ct.get(i), qt.get(qi), qt.get(qi + 1)) || joins(cp.get(i), qp.get(qi), qp.get(qi + 1)))) {
                    covered[i] = s;
                    matchedBy[i] = qi;
                    found[qi] = i;
                    found[qi + 1] = i;
                    similarity[qi] = s;
                    similarity[qi + 1] = s;
                    total += 2 * s;
                    if (why != null) {
                        why.pair(qt.get(qi) + " " + qt.get(qi + 1), ct.get(i), s);
                        why.rule(NameRules.Rule.WORDS_JOINED.code(), qt.get(qi) + " " + qt.get(qi + 1), ct.get(i));
                    }
                    break;
                }
            }
        }
        // one query word that a notice writes as two
        for (int qi = 0; qi < m && n > 1; qi++) {
            if (found[qi] >= 0) {
                continue;
            }
            for (int i = 0; i + 1 < n; i++) {
                if (covered[i] == 0 && covered[i + 1] == 0
                        && (joins(qt.get(qi), ct.get(i), ct.get(i + 1)) || joins(qp.get(qi), cp.get(i), cp.get(i + 1)))) {
                    covered[i] = s;
                    covered[i + 1] = s;
                    matchedBy[i] = qi;
                    matchedBy[i + 1] = qi;
                    found[qi] = i;
                    similarity[qi] = s;
                    total += s;
                    if (why != null) {
                        why.pair(qt.get(qi), ct.get(i) + " " + ct.get(i + 1), s);
                        why.rule(NameRules.Rule.WORDS_JOINED.code(), qt.get(qi), ct.get(i) + " " + ct.get(i + 1));
                    }
                    break;
                }
            }
        }
        return total;
    }

    /** Whether {@code whole} is exactly {@code a} then {@code b}, without allocating. */
    static boolean joins(String whole, String a, String b) {
        return whole.length() == a.length() + b.length() && whole.startsWith(a) && whole.endsWith(b);
    }
}
