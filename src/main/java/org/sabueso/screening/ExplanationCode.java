package org.sabueso.screening;

import java.util.Arrays;
import java.util.Optional;

/**
 * The codes of a hit's explanation items and what their {@code args} hold. Codes are part of the
 * API (and of what one node sends another): keep them; add new ones. Dates are ISO partial dates
 * as written ({@code 1983}, {@code 1983-07}, {@code 1983-07-14}).
 */
public enum ExplanationCode {
    /** No name words to compare. No args. */
    NAME_NONE("name", "name.none"),
    /**
     * The words compared: [same words (list), similar pairs (list of [query word, notice word,
     * similarity]), query words not found (list), surnames reversed (boolean), alias read through
     * (text, or null), name rules fired (list of [rule code, query word(s), notice word(s)], a
     * side without words being "")]. Query words are folded; an initial is written "r.". Items
     * stored before the rules existed have five args. Rule codes ({@code matching.NameRules}):
     * {@code abbreviation} ("ma" read as "maria"), {@code suffix-ignored} ("jr"), {@code hypocorism}
     * ("pepe"/"jose"), {@code particles-joined} ("deleon"/"leon"), {@code arabic-article}
     * ("alaulaqi"/"aulaqi"), {@code words-joined} ("don juan"/"donjuan"), {@code spelling-loose}
     * ("valed"/"walid"), {@code married-name} (a "de X" one side lacks), {@code second-surname-missing}, {@code second-surname-differs},
     * {@code given-name-differs}, {@code given-name-missing}, {@code first-given-dropped},
     * {@code given-names-reordered}.
     */
    NAME_WORDS("name", "name.words"),
    /** [the date]. */
    BIRTH_DATE_EXACT("birthDate", "birth-date.exact"),
    /** [screened date, notice's date]. */
    BIRTH_DATE_SWAPPED("birthDate", "birth-date.swapped"),
    /** [screened date, notice's date]. */
    BIRTH_DATE_SAME_YEAR("birthDate", "birth-date.same-year"),
    /** [screened date, notice's date]: the same year and month, the day known on one side at most. */
    BIRTH_DATE_SAME_MONTH("birthDate", "birth-date.same-month"),
    /** [screened date, notice's date]. */
    BIRTH_DATE_NEAR("birthDate", "birth-date.near"),
    /** [screened date, notice's date]. */
    BIRTH_DATE_DIFFERENT("birthDate", "birth-date.different"),
    /** No args. */
    DOCUMENT_SAME("documents", "documents.same"),
    /** No args. */
    DOCUMENT_OTHER_NUMBER("documents", "documents.other-number"),
    /** [country code]. */
    NATIONALITY_SAME("nationality", "nationality.same"),
    /** [country code asked, country codes on the notice (list)]. */
    NATIONALITY_NOT_RECORDED("nationality", "nationality.not-recorded"),
    /** [people on the list expected to bear the name (number), chance another has the birth evidence (number)]. */
    NAMESAKES_COMMON_NAME("namesakes", "namesakes.common-name"),
    /** [how many other wanted people share the name and a compatible date]. */
    NAMESAKES_SHARED("namesakes", "namesakes.shared"),
    /** [the date of the answer, yyyy-mm-dd]. */
    PREVIOUS_ANSWER_REJECTED("previousAnswer", "previous-answer.rejected"),
    /** A name alone confirmed by nothing else: [the features that could have confirmed it (list: birthDate, documents)]. */
    EVIDENCE_NAME_ONLY("evidence", "evidence.name-only"),
    /** The same full date with the notice's first given name and first surname: [the date, given name, surname (folded)]. */
    EVIDENCE_DATE_AND_NAMES("evidence", "evidence.date-and-names"),
    /**
     * The notice's full date (or it with day and month swapped) with its first given name and first surname,
     * more words differing than {@code EVIDENCE_DATE_AND_NAMES} allows: kept POSSIBLE. [the notice's date, given
     * name, surname (folded)].
     */
    EVIDENCE_DATE_AND_FIRST_NAMES("evidence", "evidence.date-and-first-names"),
    /**
     * A rare first given name and first surname with a birth date that agrees, other words differing: kept
     * POSSIBLE. [people on the list expected to bear both (number), given name, surname (folded)].
     */
    EVIDENCE_RARE_FIRST_NAMES("evidence", "evidence.rare-first-names"),
    /** A rare name kept POSSIBLE despite another birth date: [people on the list expected to bear it (number)]. */
    EVIDENCE_RARE_NAME("evidence", "evidence.rare-name"),
    /** A name in another script, compared in Latin letters: [as written, in Latin letters]. */
    NAME_TRANSLITERATED("name", "name.transliterated"),
    /** The name was compared by its consonants, as written in Arabic or Hebrew (without vowels). No args. */
    NAME_CONSONANTS("name", "name.consonants");

    private final String feature;
    private final String code;

    ExplanationCode(String feature, String code) {
        this.feature = feature;
        this.code = code;
    }

    public String feature() {
        return feature;
    }

    public String code() {
        return code;
    }

    public static Optional<ExplanationCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
