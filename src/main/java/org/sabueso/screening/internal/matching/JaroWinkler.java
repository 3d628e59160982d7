package org.sabueso.screening.internal.matching;

/** Jaro-Winkler similarity of two short strings, allocation-free for names up to 64 letters. */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long matchedA = 0;
        long matchedB = 0;
        boolean big = la > 64 || lb > 64;
        boolean[] ma = big ? new boolean[la] : null;
        boolean[] mb = big ? new boolean[lb] : null;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                boolean taken = big ? mb[j] : (matchedB & (1L << j)) != 0;
                if (!taken && a.charAt(i) == b.charAt(j)) {
                    if (big) {
                        ma[i] = true;
                        mb[j] = true;
                    } else {
                        matchedA |= 1L << i;
                        matchedB |= 1L << j;
                    }
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            boolean inA = big ? ma[i] : (matchedA & (1L << i)) != 0;
            if (inA) {
                while (!(big ? mb[k] : (matchedB & (1L << k)) != 0)) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = commonPrefix(a, b);
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /**
     * At least {@link #similarity}, from counts alone: the matches cannot exceed the letters of
     * either word found in the other's letter set ({@code maskA}, {@code maskB} from
     * {@link Scorer#letters}), transpositions only lower the score, and the common prefix is exact.
     */
    public static double upperBound(String a, long maskA, String b, long maskB) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return a.equals(b) ? 1.0 : 0.0;
        }
        int inB = 0;
        for (int i = 0; i < la; i++) {
            if ((maskB & (1L << (a.charAt(i) & 63))) != 0) {
                inB++;
            }
        }
        int inA = 0;
        for (int j = 0; j < lb; j++) {
            if ((maskA & (1L << (b.charAt(j) & 63))) != 0) {
                inA++;
            }
        }
        double m = Math.min(inA, inB);
        if (m == 0) {
            return 0.0;
        }
        double jaro = (m / la + m / lb + 1.0) / 3.0;
        int prefix = commonPrefix(a, b);
        // rounding must never put the bound below the exact value
        return jaro + prefix * 0.1 * (1 - jaro) + 1e-9;
    }

    /** Letters the two words share at their start, at most four (the Winkler bonus). */
    private static int commonPrefix(String a, String b) {
        int limit = Math.min(4, Math.min(a.length(), b.length()));
        int prefix = 0;
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix;
    }
}
