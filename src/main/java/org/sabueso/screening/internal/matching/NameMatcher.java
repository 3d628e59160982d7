package org.sabueso.screening.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well a query's name words and one name form of a notice cover each other, 0..1: each query
 * word takes the most similar uncovered word of the form ({@link Similarity}); initials cover a
 * word left uncovered; the score blends the share of the query found with the weighted share of
 * the form covered (weights in {@link Weights}).
 */
final class NameMatcher {

    private NameMatcher() {
    }

    /**
     * {@code matchedBy}: bit i set when the form's word i was found; the word list is made only
     * for the best form. {@code initialled}: bit i set when only an initial of the query stood for
     * the form's word i ("J." for José). {@code why}: the explanation's parts, null when not explaining.
     */
    record NameMatch(double score, Why.NameParts why, Entry.NameForm form, long matchedBy, long initialled) {

        NameMatch(double score, Why.NameParts why, Entry.NameForm form, long matchedBy) {
            this(score, why, form, matchedBy, 0L);
        }

        List<String> matched() {
            if (form == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>(Long.bitCount(matchedBy));
            for (int i = 0; i < form.tokens().size() && i < 64; i++) {
                if ((matchedBy & (1L << i)) != 0) {
                    out.add(form.tokens().get(i));
                }
            }
            return out;
        }
    }

    /** How well the query's tokens and the form's tokens cover each other. */
    static NameMatch match(Query q, Entry.NameForm form, boolean explain) {
        int n = form.tokens().size();
        if (n > Scratch.WORDS) {
            return match(q, form, explain, new Scratch(n));
        }
        return match(q, form, explain, SCORING.get());
    }

    /**
     * Per-word working arrays of {@link #match}, one set per thread: about 130 name forms are
     * compared per screening, and small arrays for each is garbage nobody needs.
     */
    static final class Scratch {
        static final int WORDS = 32;
        final double[] weight;
        final double[] covered;
        final int[] matchedBy;
        final long[] masks;
        final long[] phoneticMasks;
        /** Per query word: the notice word it found (-1 none) and how alike. */
        int[] found = new int[WORDS];
        double[] similarity = new double[WORDS];

        Scratch(int words) {
            weight = new double[words];
            covered = new double[words];
            matchedBy = new int[words];
            masks = new long[words];
            phoneticMasks = new long[words];
        }

        void queryWords(int m) {
            if (found.length < m) {
                found = new int[m];
                similarity = new double[m];
            }
            Arrays.fill(found, 0, m, -1);
            Arrays.fill(similarity, 0, m, 0.0);
        }
    }

    private static final ThreadLocal<Scratch> SCORING = ThreadLocal.withInitial(() -> new Scratch(Scratch.WORDS));

    private static NameMatch match(Query q, Entry.NameForm form, boolean explain, Scratch scratch) {
        List<String> candidate = form.tokens();
        List<String> candidatePhonetic = form.phonetic();
        int n = candidate.size();
        double[] weight = scratch.weight;
        for (int i = 0; i < n; i++) {
            if (form.alias()) {
                weight[i] = 1.0;
            } else if (i < form.givenCount()) {
                weight[i] = i == 0 ? Weights.FIRST_GIVEN : Weights.OTHER_GIVEN;
            } else {
                weight[i] = i == form.givenCount() ? Weights.FIRST_SURNAME : Weights.SECOND_SURNAME;
            }
        }
        if (!form.alias() && form.givenCount() == 0 && n > 0) {
            weight[0] = Weights.FIRST_SURNAME;
        }
        double[] covered = scratch.covered;
        int[] matchedBy = scratch.matchedBy;
        Arrays.fill(covered, 0, n, 0.0);
        Arrays.fill(matchedBy, 0, n, -1);
        int m = q.tokens().size();
        scratch.queryWords(m);
        int[] found = scratch.found;
        double[] similarity = scratch.similarity;
        // each word's letter sets once per form, not once per pair of words
        long[] masks = scratch.masks;
        long[] phoneticMasks = scratch.phoneticMasks;
        for (int i = 0; i < n; i++) {
            masks[i] = Similarity.letters(candidate.get(i));
            phoneticMasks[i] = Similarity.letters(candidatePhonetic.get(i));
        }
        Why.NameParts why = explain ? new Why.NameParts() : null;
        if (explain) {
            for (List<String> note : q.notes()) {
                why.rule(note.get(0), note.get(1), note.get(2));
            }
        }
        double queryTotal = Joins.read(q, form, covered, matchedBy, found, similarity, why);
        for (int qi = 0; qi < m; qi++) {
            if (found[qi] >= 0) {
                continue;
            }
            String t = q.tokens().get(qi);
            String tp = q.phonetic().get(qi);
            int bestIndex = -1;
            double bestSim = 0;
            NameRules.Rule bestRule = null;
            for (int i = 0; i < n; i++) {
                if (covered[i] >= 1.0) {
                    continue;
                }
                double s = Similarity.of(t, tp, q.masks()[qi], q.phoneticMasks()[qi],
                        candidate.get(i), candidatePhonetic.get(i), masks[i], phoneticMasks[i]);
                NameRules.Rule rule = null;
                if (s < Weights.SAME_SOUND) {
                    // the rules only where spelling alone says too little: most pairs never get here twice
                    NameRules.Rule r = NameRules.word(q, qi, candidate.get(i), form.loose().get(i));
                    if (r != null && NameRules.similarity(r) > s) {
                        s = NameRules.similarity(r);
                        rule = r;
                    }
                }
                if (s > bestSim) {
                    bestSim = s;
                    bestIndex = i;
                    bestRule = rule;
                }
            }
            if (bestIndex >= 0 && bestSim > 0) {
                covered[bestIndex] = Math.max(covered[bestIndex], bestSim);
                matchedBy[bestIndex] = qi;
                found[qi] = bestIndex;
                similarity[qi] = bestSim;
                queryTotal += bestSim;
                if (explain) {
                    why.pair(t, candidate.get(bestIndex), bestSim);
                    if (bestRule != null) {
                        why.rule(bestRule.code(), t, candidate.get(bestIndex));
                    }
                }
            }
        }
        long initialled = 0;
        for (char initial : q.initials()) {
            for (int i = 0; i < n; i++) {
                if (covered[i] == 0 && candidate.get(i).charAt(0) == initial) {
                    covered[i] = Weights.INITIAL;
                    if (i < 64) {
                        initialled |= 1L << i;
                    }
                    if (explain) {
                        why.pair(initial + ".", candidate.get(i), Weights.INITIAL);
                    }
                    break;
                }
            }
        }
        // what is missing on either side, read by the roles of the words (married name, second surname, given names)
        Roles.Missing missing = Roles.read(q, form, weight, covered, matchedBy, found, why);
        double totalWeight = 0;
        double coveredWeight = 0;
        for (int i = 0; i < n; i++) {
            totalWeight += weight[i];
            coveredWeight += weight[i] * covered[i];
        }
        int queryCount = m - missing.excluded();
        if (queryCount <= 0 || totalWeight == 0) {
            return new NameMatch(0, explain ? Why.NameParts.NONE : null, null, 0);
        }
        double queryCoverage = queryTotal / queryCount;
        double candidateCoverage = coveredWeight / totalWeight;
        double score = Weights.QUERY_COVERAGE * queryCoverage + Weights.NOTICE_COVERAGE * candidateCoverage;
        score *= missing.penalty();
        if (queryCount == 1 && n > 1) {
            score = Math.min(score, Weights.ONE_WORD_CAP);
        }
        if (!form.alias() && form.surnameCount() == 2 && form.givenCount() + 1 < n) {
            int s1 = form.givenCount();
            if (matchedBy[s1] >= 0 && matchedBy[s1 + 1] >= 0 && matchedBy[s1] > matchedBy[s1 + 1]) {
                score *= Weights.SURNAMES_REVERSED;
                if (explain) {
                    why.reversed();
                }
            }
        }
        if (explain && form.alias()) {
            why.alias(form.written());
        }
        long foundMask = 0;
        for (int i = 0; i < n && i < 64; i++) {
            if (matchedBy[i] >= 0) {
                foundMask |= 1L << i;
            }
        }
        return new NameMatch(score, why, form, foundMask, initialled);
    }
}
