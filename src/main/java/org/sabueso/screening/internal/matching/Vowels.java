package org.sabueso.screening.internal.matching;

/**
 * Names romanised from Arabic keep their consonants and lose their vowels: Arabic writes the
 * short vowels not at all, so every clerk supplies their own ("Youssef", "Yousef", "Yusuf";
 * "Muhammad", "Mohamed", "Mohammed"). Two words that have the same consonants in the same places,
 * with vowels only where the other has vowels, are read as one name written twice
 * ({@link NameRules.Rule#VOWELS_DIFFER}).
 *
 * <p>Spanish spelling writes its vowels as they sound, and they tell names apart ("Salas" and
 * "Solís", "Morales" and "Morelos", "Camilo" and "Camila"): the rule therefore holds only when one
 * of the two words is spelt as a transliteration is ({@link #transliterated}: "ou", "ee", a doubled
 * consonant, "kh", "w"…), when both have at least three consonants besides "h" (below that, too
 * many names share a shape: "Hassan" and "Hussein" are two names), and when a word that ends in a
 * vowel ends in the same vowel on both sides (the Spanish ending of a name says the sex).
 *
 * <p>Runs inside the comparison of every candidate word that spelling alone did not match, so it
 * allocates nothing: two per-thread buffers.
 */
final class Vowels {

    private Vowels() {
    }

    /** Fewer consonants than this (not counting "h") say too little: "Hassan"/"Hussein" both give s-n. */
    static final int MIN_CONSONANTS = 3;

    /** Longer words are no names; the shape of a word fits in a buffer of this size. */
    private static final int MAX_LENGTH = 40;

    private static final ThreadLocal<char[][]> SCRATCH = ThreadLocal.withInitial(() -> new char[2][MAX_LENGTH + 1]);

    /** True when two folded words differ only in their vowels, as transliterations of one name do. */
    static boolean sameButVowels(String a, String b) {
        if (a.length() < 4 || b.length() < 4 || a.length() > MAX_LENGTH || b.length() > MAX_LENGTH
                || Math.abs(a.length() - b.length()) > 3 || !(transliterated(a) || transliterated(b))) {
            return false;
        }
        char[][] buffers = SCRATCH.get();
        int la = shape(a, buffers[0]);
        if (la < 0) {
            return false;
        }
        int lb = shape(b, buffers[1]);
        if (la != lb) {
            return false;
        }
        for (int i = 0; i < la; i++) {
            if (buffers[0][i] != buffers[1][i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word's consonants, each vowel run as one 'V', and a final vowel as itself; -1 when it has
     * too few consonants. Spellings of one consonant are merged as romanisations disagree on them
     * (w/v/b, q/k/hard c, z/s/soft c, kh/j, ph/f, a doubled letter once).
     */
    static int shape(String w, char[] out) {
        int len = 0;
        int consonants = 0;
        int n = w.length();
        char lastVowel = 0;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            boolean vowel = isVowel(c)
                    // "y" and "w" after a vowel and before no vowel write a long vowel: "Husayn", "Dawla"
                    || ((c == 'y' || c == 'w') && i > 0 && isVowel(w.charAt(i - 1)) && !isVowel(next));
            if (vowel) {
                lastVowel = c == 'y' ? 'i' : c == 'w' ? 'u' : c;
                if (len == 0 || out[len - 1] != 'V') {
                    out[len++] = 'V';
                }
                continue;
            }
            lastVowel = 0;
            char code;
            switch (c) {
                case 'w', 'v', 'b' -> code = 'b';
                case 'q' -> code = 'k';
                case 'z' -> code = 's';
                case 'c' -> {
                    if (next == 'h') {
                        code = 'C';
                        i++;
                    } else {
                        code = next == 'e' || next == 'i' ? 's' : 'k';
                    }
                }
                case 'k' -> {
                    if (next == 'h') {
                        code = 'j';
                        i++;
                    } else {
                        code = 'k';
                    }
                }
                case 'p' -> {
                    code = next == 'h' ? 'f' : 'p';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 's', 't', 'd', 'g' -> {
                    // "sh", "th", "dh", "gh" are one Arabic consonant each
                    code = next == 'h' ? Character.toUpperCase(c) : c;
                    if (next == 'h') {
                        i++;
                    }
                }
                default -> code = c;
            }
            if (len > 0 && out[len - 1] == code) {
                continue;
            }
            out[len++] = code;
            if (code != 'h') {
                consonants++;
            }
        }
        if (consonants < MIN_CONSONANTS) {
            return -1;
        }
        if (lastVowel != 0) {
            // "Camilo"/"Camila": the final vowel of a Spanish name says the sex
            out[len++] = lastVowel;
        }
        return len;
    }

    /**
     * True when a folded word is spelt as a romanisation, not as Spanish writes: a doubled vowel,
     * "ou", a doubled consonant other than rr, ll, cc and nn, "kh", "sh", "dh", "gh", a "w" or "k",
     * a "q" without "u", a "y" closing a syllable inside the word, or a final "h" after a vowel.
     */
    static boolean transliterated(String w) {
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            if (c == 'w' || c == 'k' || (c == 'q' && next != 'u')) {
                return true;
            }
            if (next == c && c != 'r' && c != 'l' && c != 'c' && c != 'n') {
                return true;
            }
            if ((c == 'o' && next == 'u') || (next == 'h' && (c == 's' || c == 'd' || c == 'g'))) {
                return true;
            }
            if (c == 'y' && i > 0 && i + 1 < n && isVowel(w.charAt(i - 1)) && !isVowel(next)) {
                return true;
            }
            if (c == 'h' && i == n - 1 && i > 0 && isVowel(w.charAt(i - 1))) {
                // a final "h" after a vowel writes the Arabic ta marbuta or "-llah": Spanish never ends so
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
