package org.sabueso.screening.internal.matching;

/**
 * The same complete date of birth and the notice's first given name and first surname found: strong
 * evidence, even when the rest of the name differs ("CONTRERAS DE CABELLO, Marleny" born the same
 * day as Marleny Josefina Contreras Hernández: a married name). It reads which of the notice's
 * words the name comparison found and their roles, not spellings, so it holds for every way the
 * comparison finds a word (a typo, a pet form, a particle). The score is at least
 * {@link EvidenceWeights#DATE_AND_NAMES}; the namesake rule still doubts a common name or another wanted
 * person with the name and the date.
 */
final class DateAndNamesRule {

    private DateAndNamesRule() {
    }

    /** True when the rule holds for this name comparison and birth-date evidence. */
    static boolean fires(Query q, NameMatcher.NameMatch m, DateEvidence date) {
        return date == DateEvidence.EXACT && firstNamesFound(m, false) && unfound(q, m) <= EvidenceWeights.DATE_AND_NAMES_UNFOUND;
    }

    /**
     * The same complete date with the first given name and first surname found, but more of the
     * query's words not on the notice than {@link #fires} allows ("Alexander Félix Castro Pérez"
     * for Alexander Castro Sofobón, born the same day: a middle name added and another mother's
     * surname). Two strange words may be another person, so the evidence is worth an officer's
     * look ({@link EvidenceWeights#DATE_AND_FIRST_NAMES}), never a MATCH by itself. An initial may stand
     * for the first given name here ("J. Gusa Flores" for José Gusa Torres, born the same day), and
     * the date may be written with day and month swapped (a form filled in the other order: two
     * dates in 18,000 instead of one, still far rarer than a shared year).
     */
    static boolean firesPartly(Query q, NameMatcher.NameMatch m, DateEvidence date) {
        if (date == DateEvidence.SWAPPED) {
            return firstNamesFound(m, true);
        }
        return date == DateEvidence.EXACT && firstNamesFound(m, true)
                && (unfound(q, m) > EvidenceWeights.DATE_AND_NAMES_UNFOUND || !firstNamesFound(m, false));
    }

    /**
     * Whether the comparison found the notice's first given name and its first surname (not an
     * alias); with {@code initial}, a query's initial of the first given name counts as found.
     */
    static boolean firstNamesFound(NameMatcher.NameMatch m, boolean initial) {
        if (m.form() == null || m.form().alias()) {
            return false;
        }
        Entry.NameForm form = m.form();
        int given = form.givenCount();
        if (given == 0 || form.surnameCount() == 0 || given >= 64) {
            return false;
        }
        long firstGiven = initial ? m.matchedBy() | m.initialled() : m.matchedBy();
        return (firstGiven & 1L) != 0 && (m.matchedBy() & (1L << given)) != 0;
    }

    private static int unfound(Query q, NameMatcher.NameMatch m) {
        return q.tokens().size() - Long.bitCount(m.matchedBy());
    }

    /** The notice's first given name and first surname, for the explanation. */
    static String firstGiven(NameMatcher.NameMatch m) {
        return m.form().tokens().getFirst();
    }

    static String firstSurname(NameMatcher.NameMatch m) {
        return m.form().tokens().get(m.form().givenCount());
    }
}
