package org.sabueso.screening.internal.matching;

/**
 * Every weight, gate and chance of the screening engine, each with the reason or the measurement
 * behind it. Measurements are those of {@code bench screening} recorded in docs/benchmarks.md
 * (sessions 1–3) and the commits named; the decision record is docs/adr/0008-screening-engine.md.
 *
 * <p>Three groups, in the order a screening meets them: the keys that bring candidates out of the
 * index and rank them ({@code index.QueryKeys}, {@code index.CandidateCollector}); the evidence
 * arithmetic of the scorer ({@link Scorer}, {@link NameMatcher}, {@link Similarity}); the
 * namesake rule that can keep a score below MATCH ({@link NamesakeRule}). The MATCH and POSSIBLE
 * thresholds themselves are a deployment's setting ({@code screening.Thresholds}, 0.85 and 0.70).
 *
 * <p>Where a value says "kept as first set", it was chosen by reasoning when the engine was
 * written, and the recall and false-match rate of the bench were measured with it; no variant was
 * measured. Changing any of them changes the bench's numbers: run it before and after.
 */
public final class Weights {

    private Weights() {
    }

    // ---- Candidate keys: which notices reach the scorer, and in which order ----

    /**
     * How many candidates the index hands to the scorer (or four times the hits asked for, if more).
     * 64 instead of 96 cut scoring by a quarter but recall fell from 0.9968 to 0.9958 at 300,000
     * notices, too close to the 0.99 target at a million; 48 was worse (benchmarks.md, session 3).
     */
    public static final int CANDIDATES = 96;

    /** Candidates asked per hit wanted, when a caller wants more than {@code CANDIDATES / 4} hits. */
    public static final int CANDIDATES_PER_HIT = 4;

    /**
     * A key held by at most this many documents is read in full; a more common one ("José",
     * "González") only ranks the candidates already found once there are enough of them.
     * 200 lost recall (0.9948); 1,000 and 2,000 cost more ranking for no recall (session 3).
     */
    public static final int SELECTIVE = 500;

    /**
     * A pair-and-year key ("José González" born in 1977) brings in up to this many documents:
     * the thousand or so namesakes born near a year on a list of a million. All three years or
     * none: never read as a filler (session 3, commit 279db12).
     */
    public static final int SELECTIVE_PAIR_YEAR = 1_500;

    /**
     * A name word's key weighs this many times its idf, ln(1 + N / (df + 1)): a rare word says
     * more than a common one. Kept as first set (commit cecf92c).
     */
    public static final float WORD_IDF = 2;

    /**
     * A pair of words of one name weighs this many times the pair's own idf: sharing two words
     * with a name says more than sharing each word apart, so the pair outweighs a single word of
     * the same rarity (commit c8d7de9, which brought pair keys in; kept as first set).
     */
    public static final float PAIR_IDF = 3;

    /**
     * A pair of words with the birth year ("José González" born in 1991) weighs this many times its
     * own idf; a year one off weighs {@code NEAR_YEAR / YEAR} of it. It said nothing before issue 14
     * (weight 0: it only brought the namesakes in), and a query that named the wanted person's two
     * words, the year and another second surname ("José González Rojas", 1991, for José González
     * García) lost its candidate place to the José González Rojas born in other years, whose third
     * word outweighed the year (5). Set by reasoning (issue 14, session 10): with the pair's idf
     * alone (1×) bench screening at 50,000 notices found 3 more of 3,719 wanted people (0.9613 →
     * 0.9621), false matches unchanged; 3× (as a pair key) was not tried.
     */
    public static final float PAIR_YEAR_IDF = 1;

    /** The whole name as a set of sounds: a small bonus for saying exactly this name, in any order. */
    public static final float FULL_NAME = 2;

    /**
     * A document number names one person: 40 outweighs any one name word, whose key weighs at
     * most 2 × ln(1 + N) ≈ 28 on a list of a million, so the notice with that number ranks first
     * even under a misspelt name.
     */
    public static final float DOCUMENT = 40;

    /**
     * A spelling held by fewer documents than this is rare or unknown (a typo?): the query then
     * also looks up its one-letter deletions, so one typo on either side still meets.
     */
    public static final int TYPO_RARER_THAN = 50;

    /** Deletion keys only for phonetic keys of at least this many letters: shorter ones meet too many words. */
    public static final int TYPO_MIN_LENGTH = 4;

    /**
     * A deletion key weighs as a key held by {@code TYPO_RARER_THAN} documents would,
     * ln(1 + N / 50): it may be a typo, so it never weighs more than a rare real spelling.
     */
    public static final double TYPO_DF = 50.0;

    /** A deletion of a deletion (one typo on each side) weighs less than one deletion. */
    public static final float TYPO_BOTH_SIDES = 0.8f;

    /**
     * A query stops adding typo keys once it has this many keys: each long rare word adds about
     * twice its length in keys, and a query of pasted nonsense must not read thousands of lists.
     */
    public static final int MAX_TYPO_CLAUSES = 200;

    /**
     * Birth-year keys only rank (a year is shared by one notice in sixty). The year outweighs the
     * whole-name key: among a hundred "José González" the one born that year must reach the
     * scorer even if his notice adds a second given name (commit 1cd005a).
     */
    public static final float YEAR = 5;

    /** A year one off (a year of birth misremembered or miscomputed from an age) ranks less than the year. */
    public static final float NEAR_YEAR = 3;

    /** Year and month: may bring candidates in. */
    public static final float YEAR_MONTH = 2;

    /** A full date of birth: may bring candidates in; among a million notices about fifty share one. */
    public static final float DATE = 6;

    /** The date with day and month swapped (a form filled in the other order), when both are 12 or less. */
    public static final float SWAPPED_DATE = 4;

    /** The year-month with the day read as the month, for the same swap. */
    public static final float SWAPPED_MONTH = 1;

    /**
     * Only the first six words of a name make pair keys: pairs grow with the square of the words
     * (six words, fifteen pairs), and a name's identifying words come first.
     */
    public static final int PAIR_WORDS = 6;

    /**
     * A rare query word is also looked up as two words written as one ("Donjuan" as the pair
     * "Don"+"Juan"), split at every place leaving at least this many letters each side: shorter
     * parts are particles, which no pair key holds.
     */
    public static final int SPLIT_MIN_PART = 3;

    /** Document frequencies remembered per index reader, at most this many keys (a bound against hostile queries). */
    public static final int FREQUENCIES_CACHED = 200_000;

    // ---- Word similarity (Similarity): how alike two folded words are, 0..1 ----

    /** The same sound written differently ("Vásquez"/"Basques"): as good as the same word, almost. */
    public static final double SAME_SOUND = 0.95;

    /** One typo (an edit or a swap of two letters) in a word of four letters or more. */
    public static final double ONE_TYPO = 0.9;

    /** A typo on top of a spelling variant: "Henrll"/"Henry", "Flroez"/"Flores". */
    public static final double TYPO_ON_SOUND = 0.88;

    /**
     * Two typos in a word of eight letters or more; also two edits between the sounds of two such
     * words ("Etcheverry"/"Echeverría": a "t" added, a final "a" lost).
     */
    public static final double TWO_TYPOS = 0.85;

    /** Jaro-Winkler below this says nothing about names; above it, the similarity is JW × {@code JARO_WINKLER_DISCOUNT}. */
    public static final double JARO_WINKLER_FLOOR = 0.9;

    /** Jaro-Winkler alone is weaker evidence than a known typo or sound. */
    public static final double JARO_WINKLER_DISCOUNT = 0.95;

    // ---- Name coverage (NameMatcher) ----

    /**
     * Weights of a notice's name words when measuring how much of it the query covered: the first
     * given name and the first surname identify; a second given name is often dropped on forms,
     * a second surname often abroad. Kept as first set.
     */
    public static final double FIRST_GIVEN = 1.0;
    public static final double OTHER_GIVEN = 0.3;
    public static final double FIRST_SURNAME = 1.0;
    public static final double SECOND_SURNAME = 0.5;

    /** An initial ("R.") standing for an uncovered word of the notice covers it this much. */
    public static final double INITIAL = 0.8;

    /**
     * Name score = 0.55 × the share of the query's words found + 0.45 × the weighted share of the
     * notice's words covered: what the officer typed counts a little more than what the notice
     * adds (a notice often carries more names than a document shows). Kept as first set.
     */
    public static final double QUERY_COVERAGE = 0.55;
    /** 0.45 written out: 1 − 0.55 in binary is not 0.45, and the bench's numbers depend on the last bit. */
    public static final double NOTICE_COVERAGE = 0.45;

    /** Each query word with nothing like it on the notice multiplies the name score by this. */
    public static final double PER_WORD_NOT_FOUND = 0.85;

    /**
     * A given name the query adds, when another of its given names is the notice's, multiplies the
     * name score by this instead: a second given name is often dropped or recorded otherwise
     * ("Omar Enrique" for Omar Arturo, both surnames the same), as the notice side's own weight
     * for other given names ({@code OTHER_GIVEN}) says. 0.95 keeps such a name, even with the same
     * full birth date (+0.06), below MATCH when nothing else differs: 0.77 + 0.06 < 0.85.
     * First set by reasoning (issue 14); with it and the other name rules, bench screening at
     * 200,000 notices gave recall@10 0.9969 (0.9968 before) and false-match rate 0.0002 (same).
     */
    public static final double OTHER_GIVEN_NOT_FOUND = 0.95;

    /**
     * A second surname the query adds after the notice's only surname multiplies by this instead
     * of {@code PER_WORD_NOT_FOUND}: notices often record one surname, but the word is unverified.
     * With no cost at all, "José Luis Hernández Chigran" reached MATCH on a notice "José Luis
     * Fernández" (one typo apart) with a swapped birth date at 200,000 notices: 0.829 + 0.04;
     * with 0.95 it is 0.788 + 0.04, POSSIBLE. A married "de X" that the notice lacks costs nothing
     * and leaves the query's count (rule married-name in {@code Roles}).
     */
    public static final double SECOND_SURNAME_NOT_FOUND = 0.95;

    /**
     * A second surname other than the notice's, after the first surname found. Mothers' surnames
     * are recorded differently by different registries (a stepfather's, a compound one shortened),
     * so it is evidence against, not a verdict; the first surname found in its place already says
     * more than a query that adds a word to a notice of one surname (0.95). "Omar Arturo Zabala
     * Pérez" for Omar Arturo Zabala Padilla scores 0.78 × 0.96 = 0.75, POSSIBLE; with the same full
     * date the date-and-names rule decides. With one given name ("Consuelo Rojas Rodríguez" for
     * Consuelo Rojas Pérez) the name scores 0.73 × 0.96 = 0.70: below POSSIBLE alone, POSSIBLE with
     * the same year of birth, never MATCH (0.76 with the same full date, under 0.85). Set by
     * measurement (docs/benchmarks.md, session 9; bench screening, 50,000 notices): queries with
     * another second surname among other variations found 0.79 at 0.95 and 0.82 at 0.96 (0.85 alone
     * at 0.92, 0.94 at 0.95 and 0.96), the false-match rate (0.0008) and MATCH on the wrong person
     * (0.0013) of the whole mix unchanged. Session 7 had found 45 % of them at 0.85.
     */
    public static final double SECOND_SURNAME_OTHER = 0.96;

    /** One word alone ("González") identifies nobody: its name score is at most this, below POSSIBLE (0.70). */
    public static final double ONE_WORD_CAP = 0.6;

    /** Two surnames found in the opposite order name another family: Pérez Gil is not Gil Pérez. */
    public static final double SURNAMES_REVERSED = 0.85;

    // ---- Evidence besides the name (Scorer) ----

    /** Added to the name score for the same complete date of birth. */
    public static final double DATE_EXACT_BONUS = 0.06;

    /** Added for a complete date with day and month swapped. */
    public static final double DATE_SWAPPED_BONUS = 0.04;

    /** Added for the same year (one side or both known only to the year, or months not both known). */
    public static final double DATE_SAME_YEAR_BONUS = 0.03;

    /**
     * Added for the same year and month when the day is missing on one side: halfway between the
     * same year (0.03) and the same complete date (0.06), as its chance (1 in 240) lies between
     * theirs. It lifts a name with another second surname (0.67 for "Consuelo Rojas Rodríguez"
     * against Consuelo Rojas Pérez) to POSSIBLE when the months agree, and no further.
     */
    public static final double DATE_SAME_MONTH_BONUS = 0.045;

    /** A different birth date multiplies the score by this when the years are more than {@code DATE_FAR_YEARS} apart… */
    public static final double DATE_FAR_CONFLICT = 0.6;

    /** …and by this when they are closer (a typo in a date is more likely than a namesake's). */
    public static final double DATE_NEAR_CONFLICT = 0.75;

    public static final int DATE_FAR_YEARS = 5;

    /** The same document number: the score is at least this plus {@code DOCUMENT_NAME_SHARE} × the name score. */
    public static final double DOCUMENT_MATCH_FLOOR = 0.9;
    public static final double DOCUMENT_NAME_SHARE = 0.1;

    /** A document of the same kind and country with another number: the score times this. */
    public static final double DOCUMENT_CONFLICT = 0.8;

    /** The nationality asked is on the notice: a small plus (nationality is shared by millions). */
    public static final double NATIONALITY_BONUS = 0.01;

    /** It is not: a small minus (notices often miss a second nationality). */
    public static final double NATIONALITY_OTHER = 0.97;

    // ---- Names written without vowels (NameMatcher) ----

    /**
     * A name compared by consonant skeletons (a word written in Arabic or Hebrew, without vowels)
     * scores this times the comparison: the skeleton is all the script wrote, but several names
     * share one (Mohamed and Mahmoud are both "mhmd"), so a skeleton the same counts about as a
     * close Jaro-Winkler does (0.95 × 0.95), and a name alone so compared (0.9) is a MATCH only
     * when the namesake rule sees nobody else who may bear it.
     */
    public static final double SKELETON = 0.9;

    // ---- Chances that a stranger with the same name also has this birth-date evidence (DateEvidence) ----

    /**
     * A complete date admits one day in about 18,000: the 365 days of the roughly fifty birth
     * years a list of wanted adults spans.
     */
    public static final double CHANCE_EXACT = 1.0 / 18_000;

    /** Day and month swapped admits two dates. */
    public static final double CHANCE_SWAPPED = 2.0 / 18_000;

    /**
     * The same year: about one year in fifty, taken as one in twenty because the ages of wanted
     * people crowd into fewer years than fifty (a cautious guess, not a measurement).
     */
    public static final double CHANCE_SAME_YEAR = 1.0 / 20;

    /** The same year and month: the same year's one in twenty, times one month in twelve. */
    public static final double CHANCE_SAME_MONTH = CHANCE_SAME_YEAR / 12;

    /** A year one apart admits about three years, taken as one in ten for the same reason. */
    public static final double CHANCE_NEAR = 1.0 / 10;

    // ---- The namesake rule (NamesakeRule) ----

    /**
     * Above this chance that someone else on the list with the name also has the birth evidence,
     * a name alone is not a MATCH. With it the bench's false-match rate (people not on the list
     * answered MATCH) is 0.0002 at 200,000 and about 0.001 at 1,000,000 notices, the target being
     * 0.005 (commit 1cd005a; benchmarks.md).
     */
    public static final double COMMON_NAME = 0.05;

    /**
     * A list this short counts as this long when estimating how common a name is, so a short list
     * does not make every name look common (commit c8d7de9).
     */
    public static final double BEARERS_LIST_FLOOR = 1000;

    /** Added to each word's document count before taking its share: a word never seen still has a chance. */
    public static final double BEARERS_SMOOTHING = 0.5;

    /** Another candidate is a namesake when its name score is at least this… */
    public static final double NAMESAKE_NAME = 0.85;

    /** …and within this of the candidate's own name score. */
    public static final double NAMESAKE_MARGIN = 0.05;

    /** A capped score stays this far below MATCH, still POSSIBLE if it was above it. */
    public static final double BELOW_MATCH = 0.001;
}
