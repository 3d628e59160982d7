package org.sabueso.screening.internal.matching;

/**
 * How alike two folded name words are, 0..1: the same word, the same sound, one or two typos,
 * a typo on top of a spelling variant, or a close Jaro-Winkler; else 0. The values are in
 * {@link Weights}.
 */
public final class Similarity {

    private Similarity() {
    }

    /**
     * 1 for the same word, 0.95 for the same sound, 0.9 for one typo (an edit or a swap of two
     * letters) in a word of four letters or more, 0.85 for two in a long word, Jaro-Winkler above
     * 0.9 otherwise, else 0.
     */
    public static double of(String a, String b) {
        return of(a, NameKeys.phonetic(a), b, NameKeys.phonetic(b));
    }

    /** {@link #of(String, String)} with the phonetic keys already known. */
    public static double of(String a, String pa, String b, String pb) {
        return of(a, pa, letters(a), letters(pa), b, pb, letters(b), letters(pb));
    }

    /** {@link #of(String, String)} with the phonetic keys and the letter sets ({@link #letters}) known. */
    public static double of(String a, String pa, long maskA, long phoneticMaskA,
                     String b, String pb, long maskB, long phoneticMaskB) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (pa.equals(pb)) {
            return Weights.SAME_SOUND;
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
                return Weights.ONE_TYPO;
            }
            if (edits <= 2 && shorter >= 8) {
                return Weights.TWO_TYPOS;
            }
        }
        if (Math.min(pa.length(), pb.length()) >= 4 && Math.abs(pa.length() - pb.length()) <= 1
                && Long.bitCount(phoneticMaskA ^ phoneticMaskB) <= 2 && editsAtMost2(pa, pb) <= 1) {
            // a typo on top of a spelling variant: "Henrll"/"Henry", "Flroez"/"Flores"
            return Weights.TYPO_ON_SOUND;
        }
        // two slips in the sound of a long word, as a long word's spelling may hold two; a closer
        // Jaro-Winkler still wins
        double slips = Math.min(pa.length(), pb.length()) >= 8 && Math.abs(pa.length() - pb.length()) <= 2
                && Long.bitCount(phoneticMaskA ^ phoneticMaskB) <= 4 && editsAtMost2(pa, pb) <= 2 ? Weights.TWO_TYPOS : 0;
        if (JaroWinkler.upperBound(a, maskA, b, maskB) < Weights.JARO_WINKLER_FLOOR) {
            return slips;
        }
        double jw = JaroWinkler.similarity(a, b);
        return Math.max(slips, jw >= Weights.JARO_WINKLER_FLOOR ? jw * Weights.JARO_WINKLER_DISCOUNT : 0);
    }

    /** The set of letters of a word as bits (characters folded onto 64 bits: a coarser set, still a bound). */
    public static long letters(String s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) {
            m |= 1L << (s.charAt(i) & 63);
        }
        return m;
    }

    /** Optimal string alignment distance, or 3 when it is more than 2. */
    public static int editsAtMost2(String a, String b) {
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
}
