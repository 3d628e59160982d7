package org.sabueso.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one accent folder: "Muñoz" and "MUNOZ", "Peña" and "Pena" compare alike once folded.
 * Decomposition (NFD) splits a letter from its marks, which are then dropped; ligatures and
 * compatibility forms (NFKD) are not touched here, since a name's own letters should not change.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** Without accents or other combining marks, case kept. */
    public static String plain(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /** Without marks and in lower case (root locale, so a Turkish machine folds "I" as everyone else). */
    public static String key(String s) {
        return plain(s).toLowerCase(Locale.ROOT);
    }
}
