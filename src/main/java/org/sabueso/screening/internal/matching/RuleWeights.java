package org.sabueso.screening.internal.matching;

/**
 * How alike two words are when a name rule ({@link NameRules}) reads one as the other: what
 * {@link Similarity} alone cannot see. Apart from {@link Weights} because they belong to the rules,
 * each with the reason behind it; changing one changes the bench's numbers (run it before and after).
 */
final class RuleWeights {

    private RuleWeights() {
    }

    /**
     * A nickname for its name ("Pepe"/"José", "Chucho"/"Jesús"): the same person's name, but one
     * name word may stand for several names ("Beto": Alberto, Roberto…) and a nickname is not what
     * a document shows, so a little less than the same sound: as much as one typo. First set by
     * reasoning (issue 14); the bench's queries use no such nicknames, so its numbers do not move.
     */
    public static final double HYPOCORISM = 0.9;

    /**
     * A particle written fused or apart ("Deleon"/"De León", "Delrio"/"Del Río"): the same
     * surname, written as the record keeper's habit goes; as good as the same sound.
     */
    public static final double PARTICLES_JOINED = 0.95;

    /** Two words written as one ("Don Juan"/"Donjuan"): both halves exact, as good as the same sound. */
    public static final double WORDS_JOINED = 0.95;

    /**
     * The Arabic article fused or dropped ("Alaulaqi"/"Aulaqi"): as one typo, a little below a
     * Spanish particle, because "al"/"el" also begin Spanish surnames ("Almonte"/"Monte").
     */
    public static final double ARABIC_ARTICLE = 0.9;

    /**
     * A loose spelling, the vowels e/i and o/u, ou/u, w/v, ll/l (transliterated Arabic "Valed"/
     * "Walid", "Jomaa"/"Joumaa"; a misheard "Llenares"/"Linares"): two letters may differ, so as
     * much as two typos in a long word, below one typo.
     */
    public static final double SPELLING_LOOSE = 0.85;

    /**
     * The same consonants with other vowels, in a word spelt as a transliteration ({@link Vowels}:
     * "Youssef"/"Yusuf", "Muhammad"/"Mohamed"): every vowel may differ, so below a loose spelling,
     * where only e/i and o/u may; still above nothing, which is what such a pair scored before and
     * why an authority's recorded romanisation of a Lebanese-Venezuelan name came back empty.
     */
    public static final double VOWELS_DIFFER = 0.8;
}
