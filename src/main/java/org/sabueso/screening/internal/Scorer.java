package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sabueso.screening.Explanation;
import org.sabueso.shared.PartialDate;

/**
 * Scores a candidate against a query in 0..1 and says why. Name similarity decides most of it;
 * birth date, documents and nationality confirm or contradict; a name shared by other candidates
 * with a compatible birth date cannot be a MATCH without a document or a full birth date.
 */
final class Scorer {

    /** Weights of a candidate's name parts when measuring how much of it the query covered. */
    private static final double FIRST_GIVEN = 1.0;
    private static final double OTHER_GIVEN = 0.3;
    private static final double FIRST_SURNAME = 1.0;
    private static final double SECOND_SURNAME = 0.5;

    private Scorer() {
    }

    /** What was asked, already folded. */
    /** What was asked, already folded, name words in the order written, with their phonetic keys. */
    record Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
                 List<Entry.Doc> documents, List<String> phonetic, long[] masks, long[] phoneticMasks) {

        Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
              List<Entry.Doc> documents) {
            this(List.copyOf(tokens), initials, birthDate, nationality, documents,
                    tokens.stream().map(NameKeys::phonetic).toList());
        }

        private Query(List<String> tokens, List<Character> initials, PartialDate birthDate, String nationality,
                      List<Entry.Doc> documents, List<String> phonetic) {
            this(tokens, initials, birthDate, nationality, documents, phonetic,
                    tokens.stream().mapToLong(Scorer::letters).toArray(), phonetic.stream().mapToLong(Scorer::letters).toArray());
        }
    }

    /** How birth dates compare, strongest first. SWAPPED: both complete, day and month exchanged. */
    enum DateEvidence {
        EXACT, SWAPPED, SAME_YEAR, NEAR, NONE, CONFLICT;

        /** How likely a stranger with the same name also has this evidence: share of birth dates it admits. */
        double chance() {
            return switch (this) {
                case EXACT -> 1.0 / 18_000;
                case SWAPPED -> 2.0 / 18_000;
                case SAME_YEAR -> 1.0 / 20;
                case NEAR -> 1.0 / 10;
                case NONE -> 1.0;
                case CONFLICT -> 0.0;
            };
        }
    }

    /** {@code matched}: the candidate's name words the query found, to judge how common the name is. */
    record Result(double score, double nameScore, DateEvidence date, boolean documentMatch,
                  List<Explanation> explanation, List<String> matched) {
    }

    static Result score(Query q, Entry e) {
        return score(q, e, true);
    }

    /**
     * Scores; with {@code explain} false no explanation is written (most candidates are dropped,
     * and wording them cost as much as scoring them).
     */
    static Result score(Query q, Entry e, boolean explain) {
        NameMatch best = null;
        for (Entry.NameForm form : e.names()) {
            NameMatch m = name(q, form, explain);
            if (best == null || m.score > best.score) {
                best = m;
            }
        }
        List<Explanation> why = explain ? new ArrayList<>(5) : List.of();
        double score = best.score;
        if (explain) {
            why.add(new Explanation("name", round(best.score), best.detail));
        }

        DateEvidence date = date(q.birthDate(), e.birthDate());
        switch (date) {
            case EXACT -> {
                score = Math.min(1.0, score + 0.06);
                if (explain) {
                    why.add(new Explanation("birthDate", 1.0, "same date of birth " + e.birthDate()));
                }
            }
            case SWAPPED -> {
                score = Math.min(1.0, score + 0.04);
                if (explain) {
                    why.add(new Explanation("birthDate", 0.9, "day and month swapped: " + q.birthDate() + " / " + e.birthDate()));
                }
            }
            case SAME_YEAR -> {
                score = Math.min(1.0, score + 0.03);
                if (explain) {
                    why.add(new Explanation("birthDate", 0.8, "same year of birth (" + q.birthDate() + " / " + e.birthDate() + ")"));
                }
            }
            case NEAR -> {
                if (explain) {
                    why.add(new Explanation("birthDate", 0.5, "year of birth one apart, only the year known ("
                            + q.birthDate() + " / " + e.birthDate() + ")"));
                }
            }
            case CONFLICT -> {
                int gap = Math.abs(q.birthDate().year() - e.birthDate().year());
                score *= gap > 5 ? 0.6 : 0.75;
                if (explain) {
                    why.add(new Explanation("birthDate", 0.0, "different date of birth: " + q.birthDate() + " / " + e.birthDate()));
                }
            }
            case NONE -> {
            }
        }

        boolean documentMatch = false;
        boolean documentConflict = false;
        for (Entry.Doc qd : q.documents()) {
            for (Entry.Doc ed : e.documents()) {
                if (sameNumber(qd, ed)) {
                    documentMatch = true;
                } else if (qd.type().equals(ed.type()) && qd.country() != null && qd.country().equals(ed.country())) {
                    documentConflict = true;
                }
            }
        }
        if (documentMatch) {
            score = Math.max(score, 0.9 + 0.1 * best.score);
            if (explain) {
                why.add(new Explanation("documents", 1.0, "same document number"));
            }
        } else if (documentConflict) {
            score *= 0.8;
            if (explain) {
                why.add(new Explanation("documents", 0.0, "a document of the same kind and country has another number"));
            }
        }

        if (q.nationality() != null && !e.nationalities().isEmpty()) {
            if (e.nationalities().contains(q.nationality())) {
                score = Math.min(1.0, score + 0.01);
                if (explain) {
                    why.add(new Explanation("nationality", 1.0, "nationality " + q.nationality()));
                }
            } else {
                score *= 0.97;
                if (explain) {
                    why.add(new Explanation("nationality", 0.0, "nationality " + q.nationality() + " not recorded (recorded: "
                            + String.join(", ", e.nationalities()) + ")"));
                }
            }
        }
        return new Result(Math.max(0, Math.min(1, score)), best.score, date, documentMatch, why, best.matched());
    }

    static boolean sameNumber(Entry.Doc a, Entry.Doc b) {
        if (a.number().equals(b.number())) {
            return true;
        }
        // a Chilean RUN is written with or without its check digit
        String longer = a.number().length() > b.number().length() ? a.number() : b.number();
        String shorter = longer == a.number() ? b.number() : a.number();
        return shorter.length() >= 7 && longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
                && ("CL".equals(a.country()) || "CL".equals(b.country()));
    }

    static DateEvidence date(PartialDate q, PartialDate e) {
        if (q == null || e == null) {
            return DateEvidence.NONE;
        }
        if (q.isComplete() && e.isComplete()) {
            if (q.equals(e)) {
                return DateEvidence.EXACT;
            }
            if (q.year() == e.year() && q.month().equals(e.day()) && q.day().equals(e.month())) {
                return DateEvidence.SWAPPED;
            }
            return DateEvidence.CONFLICT;
        }
        if (q.year() == e.year()) {
            if (q.month() != null && e.month() != null && !q.month().equals(e.month())) {
                // a year-month on one side: months must agree unless one is the other's day swapped;
                // that proves little, so it counts as the same year only
                boolean swappable = (q.day() != null && q.day().equals(e.month())) || (e.day() != null && e.day().equals(q.month()));
                return swappable ? DateEvidence.SAME_YEAR : DateEvidence.CONFLICT;
            }
            return DateEvidence.SAME_YEAR;
        }
        if (Math.abs(q.year() - e.year()) == 1 && (q.month() == null || e.month() == null)) {
            return DateEvidence.NEAR;
        }
        return DateEvidence.CONFLICT;
    }

    /** {@code matchedBy}: bit i set when the form's word i was found; the word list is made only for the best form. */
    private record NameMatch(double score, String detail, Entry.NameForm form, long matchedBy) {

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
    private static NameMatch name(Query q, Entry.NameForm form, boolean explain) {
        List<String> candidate = form.tokens();
        List<String> candidatePhonetic = form.phonetic();
        int n = candidate.size();
        if (n > Scratch.WORDS) {
            return name(q, form, explain, new Scratch(n));
        }
        return name(q, form, explain, SCORING.get());
    }

    /**
     * Per-word working arrays of {@link #name}, one set per thread: about 130 name forms are
     * compared per screening, and five small arrays for each is garbage nobody needs.
     */
    private static final class Scratch {
        static final int WORDS = 32;
        final double[] weight;
        final double[] covered;
        final int[] matchedBy;
        final long[] masks;
        final long[] phoneticMasks;

        Scratch(int words) {
            weight = new double[words];
            covered = new double[words];
            matchedBy = new int[words];
            masks = new long[words];
            phoneticMasks = new long[words];
        }
    }

    private static final ThreadLocal<Scratch> SCORING = ThreadLocal.withInitial(() -> new Scratch(Scratch.WORDS));

    private static NameMatch name(Query q, Entry.NameForm form, boolean explain, Scratch scratch) {
        List<String> candidate = form.tokens();
        List<String> candidatePhonetic = form.phonetic();
        int n = candidate.size();
        double[] weight = scratch.weight;
        for (int i = 0; i < n; i++) {
            if (form.alias()) {
                weight[i] = 1.0;
            } else if (i < form.givenCount()) {
                weight[i] = i == 0 ? FIRST_GIVEN : OTHER_GIVEN;
            } else {
                weight[i] = i == form.givenCount() ? FIRST_SURNAME : SECOND_SURNAME;
            }
        }
        if (!form.alias() && form.givenCount() == 0 && n > 0) {
            weight[0] = FIRST_SURNAME;
        }
        double[] covered = scratch.covered;
        int[] matchedBy = scratch.matchedBy;
        java.util.Arrays.fill(covered, 0, n, 0.0);
        java.util.Arrays.fill(matchedBy, 0, n, -1);
        // each word's letter sets once per form, not once per pair of words
        long[] masks = scratch.masks;
        long[] phoneticMasks = scratch.phoneticMasks;
        for (int i = 0; i < n; i++) {
            masks[i] = letters(candidate.get(i));
            phoneticMasks[i] = letters(candidatePhonetic.get(i));
        }
        StringBuilder detail = explain ? new StringBuilder() : null;
        int position = 0;
        double queryTotal = 0;
        int unmatched = 0;
        for (int qi = 0; qi < q.tokens().size(); qi++) {
            String t = q.tokens().get(qi);
            String tp = q.phonetic().get(qi);
            int bestIndex = -1;
            double bestSim = 0;
            for (int i = 0; i < n; i++) {
                if (covered[i] >= 1.0) {
                    continue;
                }
                double s = similarity(t, tp, q.masks()[qi], q.phoneticMasks()[qi],
                        candidate.get(i), candidatePhonetic.get(i), masks[i], phoneticMasks[i]);
                if (s > bestSim) {
                    bestSim = s;
                    bestIndex = i;
                }
            }
            if (bestIndex >= 0 && bestSim > 0) {
                covered[bestIndex] = Math.max(covered[bestIndex], bestSim);
                matchedBy[bestIndex] = position;
                queryTotal += bestSim;
                if (explain) {
                    appendPair(detail, t, candidate.get(bestIndex), bestSim);
                }
            } else {
                unmatched++;
                if (explain) {
                    appendPair(detail, t, null, 0);
                }
            }
            position++;
        }
        for (char initial : q.initials()) {
            for (int i = 0; i < n; i++) {
                if (covered[i] == 0 && candidate.get(i).charAt(0) == initial) {
                    covered[i] = 0.8;
                    if (explain) {
                        appendPair(detail, initial + ".", candidate.get(i), 0.8);
                    }
                    break;
                }
            }
        }
        double totalWeight = 0;
        double coveredWeight = 0;
        for (int i = 0; i < n; i++) {
            totalWeight += weight[i];
            coveredWeight += weight[i] * covered[i];
        }
        int queryCount = q.tokens().size();
        if (queryCount == 0 || totalWeight == 0) {
            return new NameMatch(0, "no comparable name", null, 0);
        }
        double queryCoverage = queryTotal / queryCount;
        double candidateCoverage = coveredWeight / totalWeight;
        double score = 0.55 * queryCoverage + 0.45 * candidateCoverage;
        if (unmatched > 0) {
            score *= Math.pow(0.85, unmatched);
        }
        if (queryCount == 1 && n > 1) {
            // one word alone ("González") identifies nobody
            score = Math.min(score, 0.6);
        }
        // Two surnames found in the opposite order name another family: Pérez Gil is not Gil Pérez.
        if (!form.alias() && form.surnameCount() == 2 && form.givenCount() + 1 < n) {
            int s1 = form.givenCount();
            if (matchedBy[s1] >= 0 && matchedBy[s1 + 1] >= 0 && matchedBy[s1] > matchedBy[s1 + 1]) {
                score *= 0.85;
                if (explain) {
                    detail.append("; surnames in the opposite order");
                }
            }
        }
        if (explain && form.alias()) {
            detail.append(" (as ").append(form.written()).append(')');
        }
        long found = 0;
        for (int i = 0; i < n && i < 64; i++) {
            if (matchedBy[i] >= 0) {
                found |= 1L << i;
            }
        }
        return new NameMatch(score, explain ? detail.toString() : null, form, found);
    }

    private static void appendPair(StringBuilder sb, String q, String c, double s) {
        if (!sb.isEmpty()) {
            sb.append(", ");
        }
        if (c == null) {
            sb.append(q).append(" not found");
        } else if (q.equals(c)) {
            sb.append(q).append(" = ").append(c);
        } else {
            sb.append(q).append(" ≈ ").append(c).append(String.format(Locale.ROOT, " (%.2f)", s));
        }
    }

    /**
     * 1 for the same word, 0.95 for the same sound, 0.9 for one typo (an edit or a swap of two
     * letters) in a word of four letters or more, 0.85 for two in a long word, Jaro-Winkler above
     * 0.9 otherwise, else 0.
     */
    static double similarity(String a, String b) {
        return similarity(a, NameKeys.phonetic(a), b, NameKeys.phonetic(b));
    }

    /** {@link #similarity(String, String)} with the phonetic keys already known. */
    static double similarity(String a, String pa, String b, String pb) {
        return similarity(a, pa, letters(a), letters(pa), b, pb, letters(b), letters(pb));
    }

    /** {@link #similarity(String, String)} with the phonetic keys and the letter sets ({@link #letters}) known. */
    static double similarity(String a, String pa, long maskA, long phoneticMaskA,
                             String b, String pb, long maskB, long phoneticMaskB) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (pa.equals(pb)) {
            return 0.95;
        }
        // Most pairs a screening compares are different words: cheap lower bounds on the edit
        // distance and an upper bound on Jaro-Winkler turn them down before any table is filled.
        int la = a.length();
        int lb = b.length();
        int shorter = Math.min(la, lb);
        int lengthGap = Math.abs(la - lb);
        // an insertion or deletion changes at most one letter of the set, a substitution two
        int setGap = Long.bitCount(maskA ^ maskB);
        if ((shorter >= 4 && lengthGap <= 1 && setGap <= 2) || (shorter >= 8 && lengthGap <= 2 && setGap <= 4)) {
            int edits = editsAtMost2(a, b);
            if (edits <= 1 && shorter >= 4) {
                return 0.9;
            }
            if (edits <= 2 && shorter >= 8) {
                return 0.85;
            }
        }
        if (Math.min(pa.length(), pb.length()) >= 4 && Math.abs(pa.length() - pb.length()) <= 1
                && Long.bitCount(phoneticMaskA ^ phoneticMaskB) <= 2 && editsAtMost2(pa, pb) <= 1) {
            // a typo on top of a spelling variant: "Henrll"/"Henry", "Flroez"/"Flores"
            return 0.88;
        }
        if (JaroWinkler.upperBound(a, maskA, b, maskB) < 0.9) {
            return 0;
        }
        double jw = JaroWinkler.similarity(a, b);
        return jw >= 0.9 ? jw * 0.95 : 0;
    }

    /** The set of letters of a word as bits (characters folded onto 64 bits: a coarser set, still a bound). */
    static long letters(String s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) {
            m |= 1L << (s.charAt(i) & 63);
        }
        return m;
    }

    /** Optimal string alignment distance, or 3 when it is more than 2. */
    static int editsAtMost2(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 2) {
            return 3;
        }
        if (lb > 62) {
            return editsAtMost2Long(a, b);
        }
        // names are short: the three rows live in a per-thread scratch, nothing is allocated per call
        int[][] rows = SCRATCH.get();
        return osa(a, b, rows[0], rows[1], rows[2]);
    }

    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[3][64]);

    private static int editsAtMost2Long(String a, String b) {
        int lb = b.length();
        return osa(a, b, new int[lb + 1], new int[lb + 1], new int[lb + 1]);
    }

    private static int osa(String a, String b, int[] prev2, int[] prev, int[] cur) {
        int la = a.length();
        int lb = b.length();
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char bj = b.charAt(j - 1);
                int cost = ai == bj ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > 2) {
                return 3;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], 3);
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
