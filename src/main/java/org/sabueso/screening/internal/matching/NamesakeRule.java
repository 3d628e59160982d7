package org.sabueso.screening.internal.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.screening.Explanation;

/**
 * A name alone is not a MATCH when someone else may bear it: another wanted person among the
 * candidates with as close a name and as good a birth date, or a name so common that a stranger
 * of that name could have the birth evidence by chance. A document number settles it either way;
 * without one the hit stays POSSIBLE and says why.
 */
public final class NamesakeRule {

    private NamesakeRule() {
    }

    /** A candidate and its score, as the engine ranks them. */
    public record Scored(Entry entry, Scorer.Result result) {
    }

    /** Why a name alone cannot be a MATCH here, or null when it can. */
    public static Explanation doubt(Scored s, List<Scored> all, double expectedBearers) {
        int namesakes = namesakes(s, all);
        double chance = expectedBearers * s.result().date().chance();
        // a MATCH on two words and the date (DateAndNamesRule) meets more strangers than one on the whole name
        double bar = s.result().dateAndNames() ? EvidenceWeights.DATE_AND_NAMES_CHANCE : Weights.COMMON_NAME;
        if (namesakes == 0 && chance > bar) {
            return Why.commonName(expectedBearers, chance);
        }
        if (namesakes > 0) {
            return Why.namesakes(namesakes);
        }
        return null;
    }

    /**
     * Whether a candidate pushed below POSSIBLE by another birth date may be kept for its rare name
     * ({@link #rareName}): a close name of two words or more, no document against it. Checked first
     * so that the estimate of bearers is asked only for these few candidates.
     */
    public static boolean mayBeRare(Scored s) {
        Scorer.Result r = s.result();
        return r.date() == DateEvidence.CONFLICT && !r.documentConflict()
                && r.nameScore() >= EvidenceWeights.RARE_NAME_GATE && r.matched().size() >= 2;
    }

    /**
     * A rare, closely matching name with another birth date stays POSSIBLE: with at most
     * {@link EvidenceWeights#RARE_NAME_BEARERS} people on the list expected to bear it, a wrong date on a
     * form or a notice is likelier than a stranger of that name. The explanation item, or null.
     */
    public static Explanation rareName(Scored s, double expectedBearers) {
        return mayBeRare(s) && expectedBearers <= EvidenceWeights.RARE_NAME_BEARERS ? Why.rareName(expectedBearers) : null;
    }

    /**
     * Whether a candidate below POSSIBLE may be kept for its rare first given name and first surname
     * ({@link #rareFirstNames}): both found, a birth date that agrees at least to the year one apart,
     * no document against it. Checked first so that the estimate of bearers is asked only for these.
     */
    public static boolean mayHaveRareFirstNames(Scored s) {
        Scorer.Result r = s.result();
        return r.firstNames() && !r.documentConflict() && switch (r.date()) {
            case EXACT, SWAPPED, SAME_MONTH, SAME_YEAR, NEAR -> true;
            case NONE, CONFLICT -> false;
        };
    }

    /**
     * A rare first given name and first surname with a birth date that agrees stays POSSIBLE however
     * the rest of the name differs: with at most {@link EvidenceWeights#RARE_FIRST_NAMES_BEARERS} people on
     * the list expected to bear both, the notice's subject is likelier than a stranger. The
     * explanation item, or null. {@code expectedBearers}: of the two words.
     */
    public static Explanation rareFirstNames(Scored s, double expectedBearers) {
        return mayHaveRareFirstNames(s) && expectedBearers <= EvidenceWeights.RARE_FIRST_NAMES_BEARERS
                ? Why.rareFirstNames(expectedBearers, s.result().firstGiven(), s.result().firstSurname()) : null;
    }

    /**
     * Two agencies record the same fugitive as two persons: one document number in common, or the
     * same complete birth date, says it is one person (a link proposal), not a namesake.
     */
    private static boolean samePersonElsewhere(Entry a, Entry b) {
        if (a.birthDate() != null && a.birthDate().isComplete() && a.birthDate().equals(b.birthDate())) {
            return true;
        }
        for (Entry.Doc x : a.documents()) {
            for (Entry.Doc y : b.documents()) {
                if (Scorer.sameNumber(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Other people among the candidates whose name is as close and whose birth date agrees at least
     * as well: an exact date of birth is not doubted because of namesakes known only by their year.
     */
    private static int namesakes(Scored s, List<Scored> all) {
        UUID person = s.entry().personId();
        Set<UUID> others = new HashSet<>();
        for (Scored o : all) {
            if (!o.entry().personId().equals(person) && !samePersonElsewhere(s.entry(), o.entry())
                    && o.result().nameScore() >= Weights.NAMESAKE_NAME
                    && o.result().nameScore() >= s.result().nameScore() - Weights.NAMESAKE_MARGIN
                    && o.result().date() != DateEvidence.CONFLICT
                    && o.result().date().ordinal() <= s.result().date().ordinal()) {
                others.add(o.entry().personId());
            }
        }
        return others.size();
    }
}
