package org.sabueso.screening.internal.matching;

import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Names in other scripts in Latin letters, so that "Владимир Путин" on a travel document meets the
 * notice of Vladimir Putin and a notice written in Arabic is found by its name in Latin letters.
 * ICU4J's transliterators do it: Cyrillic by the BGN/PCGN romanisation (the one passports and
 * foreign lists use: "Юрий Щукин" → "Yuriy Shchukin", not the scholarly "Urij Ŝukin"), Greek by
 * UNGEGN (modern sounds: "Ελένη" → "Eleni"), every other script by ICU's default to Latin, then
 * the Latin letters without accents. Arabic and Hebrew are written without short vowels ("محمد"
 * → "mhmd"): {@link Skeletons} compares such words by their consonants.
 */
public final class Scripts {

    private Scripts() {
    }

    /**
     * The rules, read once: ICU documents its transliterators as stateless, so threads share one
     * without locking. A leading NFC with no filter keeps the first filter from becoming the
     * filter of the whole chain.
     */
    private static final String RULES = ":: NFC; :: [:Cyrillic:] Russian-Latin/BGN; :: [:Greek:] Greek-Latin/UNGEGN; "
            + ":: Any-Latin; :: Latin-ASCII;";

    /**
     * Built on first use, not at start: building it reads ICU's rule data (seconds on a busy
     * machine), and most deployments screen Latin names only.
     */
    private static final class Holder {
        static final Transliterator LATIN = Transliterator.createFromRules("SabuesoLatin", RULES, Transliterator.FORWARD);
    }

    /**
     * Marks a romanisation leaves inside a word (ʿ for ayin, ʼ for hamza, ' for the Russian soft
     * sign): dropped, so "Koval'chuk" stays one word instead of two.
     */
    private static final Pattern IN_WORD_MARKS = Pattern.compile("[\\u02B0-\\u02FF'\\u2019]");

    /** True when a letter of {@code s} is of a script other than Latin. */
    public static boolean otherScript(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x250 && Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} holds a letter of a script written without short vowels (Arabic, Hebrew, Syriac). */
    public static boolean abjad(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW
                        || script == Character.UnicodeScript.SYRIAC) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code s} in Latin letters without accents; Latin text comes back without its accents only.
     * A word of an abjad comes out as its consonants: the alef or waw that writes a long vowel
     * says no more than the short vowels left unwritten, and a word without vowels is how
     * {@link Skeletons} knows to compare it by consonants. The feminine ending ة is dropped: it is
     * silent in names ("Fatima", "Jomaa").
     */
    public static String latin(String s) {
        if (!abjad(s)) {
            return IN_WORD_MARKS.matcher(Holder.LATIN.transliterate(s)).replaceAll("");
        }
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean fromAbjad = abjad(word);
            String latin = IN_WORD_MARKS.matcher(Holder.LATIN.transliterate(fromAbjad ? word.replace("\u0629", "") : word))
                    .replaceAll("");
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(fromAbjad ? VOWELS.matcher(latin).replaceAll("") : latin);
        }
        return out.toString();
    }

    private static final Pattern VOWELS = Pattern.compile("[aeiouAEIOU]");
}
