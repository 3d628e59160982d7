package org.sabueso.screening.internal.matching;

/**
 * The evidence rules' weights (Scorer, DateAndNamesRule, NamesakeRule.rareName): what a name
 * alone, a date with the names and a rare name say about one person. Apart from {@link Weights}
 * because they weigh evidence beside the name, each with the reason behind it; changing one
 * changes the bench's numbers (run it before and after).
 */
public final class EvidenceWeights {

    private EvidenceWeights() {
    }

    /**
     * A name alone (no birth date to compare and no document in common) scores at most this. A
     * name identifies a person only up to the namesakes nobody listed; the score must leave room
     * for the evidence it lacks: 0.94 is 1 minus the exact-date bonus, so the same name with the
     * same full date of birth (1.0) ranks above it. It stays above MATCH (0.85), so a rare name
     * alone is still a MATCH when the namesake rule sees nobody else who may bear it.
     */
    public static final double NAME_ONLY_CAP = 0.94;

    /**
     * The same complete date of birth with the notice's first given name and first surname found
     * (a married name, another second surname, a dropped middle name): the score is at least this.
     * A stranger shares the two words and the date with a chance of bearers × 1/18,000, which the
     * namesake rule checks before a MATCH; once it passes, the evidence is a MATCH, above 0.85 by
     * a margin that rounding cannot take away, and below a document's 0.9: about fifty people of
     * a million share a birth date, nobody else a document number.
     */
    public static final double DATE_AND_NAMES = 0.88;

    /**
     * The same complete date of birth (or it with day and month swapped) with the notice's first
     * given name and first surname found, but more query words not found than
     * {@code DATE_AND_NAMES_UNFOUND} allows, or the first given name only as an initial: the score is at
     * least this, POSSIBLE (0.70) with a margin that rounding cannot take away, far from MATCH.
     * The held-out sets of issue 14 name the same person with a middle name added and another
     * mother's surname ("Omar Enrique Zabala Padilla"), and the name rules alone gave such a name
     * 0.58–0.68 with the very date of birth: no result at all. A stranger with the two words and
     * the date is as likely as for {@code DATE_AND_NAMES} (bearers × 1/18,000), so an officer
     * should look, not be told it is the person. Set by reasoning (issue 14); measured in
     * docs/benchmarks.md.
     */
    public static final double DATE_AND_FIRST_NAMES = 0.72;

    /**
     * …provided at most this many query words were not found on the notice: the husband's surname
     * of a married name, or another second surname or middle name. Two strange words are another
     * person more often than a variant.
     */
    public static final int DATE_AND_NAMES_UNFOUND = 1;

    /**
     * A MATCH by that rule is doubted (kept POSSIBLE) when the chance that a stranger with the two
     * words also has the date, bearers × 1/18,000, is above this: the false-match target per
     * screening (0.5 %, issue 14), so the rule cannot add more false matches than the target
     * allows; at most about 90 bearers of the two words on the list. With the namesake rule's usual
     * 0.05 (900 bearers) the bench at 50,000 notices answered MATCH for three strangers in 1,257
     * ("José Hernández" with another surname, born the same day as a listed José Hernández). It was
     * 0.001 (18 bearers) until issue 14's session 10: 0.005 made MATCH for the wanted 0.7599 →
     * 0.7682 at 50,000 notices, false matches unchanged (0.0008), MATCH on the wrong person 0.0013
     * → 0.0016 (docs/benchmarks.md).
     */
    public static final double DATE_AND_NAMES_CHANCE = 0.005;

    /**
     * A different birth date does not hide a name this close (name score at least this)…
     */
    public static final double RARE_NAME_GATE = 0.9;

    /**
     * …when the list is expected to hold at most this many bearers of the name (the engine's own
     * estimate, as for the namesake rule): the notice's own subject and nobody else. Then a wrong
     * date on a form or on the notice is likelier than a stranger with this rare name, and the hit
     * stays POSSIBLE for an officer to look at. "José González" (hundreds of bearers on a large
     * list) drops below as before.
     */
    public static final double RARE_NAME_BEARERS = 1.0;

    /**
     * The first given name and first surname found, the birth date agreeing (the same year, or one
     * apart, or a closer date), the rest of the name differing (a middle name added, another
     * mother's surname): kept POSSIBLE when the list is expected to hold at most this many
     * bearers of the two words. The same reasoning as {@code RARE_NAME_BEARERS}: then the notice's
     * own subject is likelier than a stranger who happens to share a rare given name and surname
     * and the birth year; "José González" (hundreds of bearers) gains nothing. Set by reasoning
     * (issue 14), equal to {@code RARE_NAME_BEARERS}.
     */
    public static final double RARE_FIRST_NAMES_BEARERS = RARE_NAME_BEARERS;
}
