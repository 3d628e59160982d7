package org.sabueso.screening.internal.matching;

/**
 * The same complete date of birth and the notice's first given name and first surname found: strong
 * evidence, even when the rest of the name differs ("CONTRERAS DE CABELLO, Marleny" born the same
 * day as Marleny Josefina Contreras Hernández: a married name). It reads which of the notice's
 * words the name comparison found and their roles, not spellings, so it holds for every way the
 * comparison finds a word (a typo, a pet form, a particle). The score is at least
 * {@link Weights#DATE_AND_NAMES}; the namesake rule still doubts a common name or another wanted
 * person with the name and the date.
 */
final class DateAndNamesRule {

    private DateAndNamesRule() {
    }

    /** True when the rule holds for this name comparison and birth-date evidence. */
    static boolean fires(Query q, NameMatcher.NameMatch m, DateEvidence date) {
        if (date != DateEvidence.EXACT || m.form() == null || m.form().alias()) {
            return false;
        }
        Entry.NameForm form = m.form();
        int given = form.givenCount();
        if (given == 0 || form.surnameCount() == 0 || given >= 64) {
            return false;
        }
        boolean firstGiven = (m.matchedBy() & 1L) != 0;
        boolean firstSurname = (m.matchedBy() & (1L << given)) != 0;
        int unfound = q.tokens().size() - Long.bitCount(m.matchedBy());
        return firstGiven && firstSurname && unfound <= Weights.DATE_AND_NAMES_UNFOUND;
    }

    /** The notice's first given name and first surname, for the explanation. */
    static String firstGiven(NameMatcher.NameMatch m) {
        return m.form().tokens().getFirst();
    }

    static String firstSurname(NameMatcher.NameMatch m) {
        return m.form().tokens().get(m.form().givenCount());
    }
}
