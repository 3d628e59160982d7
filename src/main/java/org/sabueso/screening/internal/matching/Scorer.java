package org.sabueso.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;

import org.sabueso.screening.Explanation;

/**
 * Scores a candidate against a query in 0..1 and says why. Name similarity decides most of it
 * ({@link NameMatcher}); birth date, documents and nationality confirm or contradict. Every number
 * is in {@link Weights}; every explanation item is made by {@link Why}.
 */
public final class Scorer {

    private Scorer() {
    }

    /**
     * {@code matched}: the candidate's name words the query found, to judge how common the name is.
     * {@code uncapped}: the score before a name alone was capped ({@link EvidenceWeights#NAME_ONLY_CAP}),
     * to keep capped hits in the order their names give them. {@code documentConflict}: a document
     * of the same kind and country with another number. {@code dateAndNames}: the score rests on
     * {@link DateAndNamesRule}, which the namesake rule judges by a stricter chance.
     */
    public record Result(double score, double nameScore, DateEvidence date, boolean documentMatch,
                         List<Explanation> explanation, List<String> matched, double uncapped,
                         boolean documentConflict, boolean dateAndNames, boolean firstNames,
                         String firstGiven, String firstSurname) {
    }

    public static Result score(Query q, Entry e) {
        return score(q, e, true);
    }

    /**
     * Scores; with {@code explain} false no explanation is written (most candidates are dropped,
     * and wording them cost as much as scoring them).
     */
    public static Result score(Query q, Entry e, boolean explain) {
        NameMatcher.NameMatch best = null;
        for (Entry.NameForm form : e.names()) {
            NameMatcher.NameMatch m = NameMatcher.match(q, form, explain);
            if (best == null || m.score() > best.score()) {
                best = m;
            }
        }
        boolean consonants = false;
        if (Skeletons.applies(q)) {
            // a word written without vowels (Arabic, Hebrew): compared again by consonant skeletons
            Query skeleton = Skeletons.query(q);
            for (Entry.NameForm form : e.names()) {
                NameMatcher.NameMatch m = NameMatcher.match(skeleton, Skeletons.form(form), explain);
                double discounted = m.score() * Weights.SKELETON;
                if (discounted > best.score()) {
                    best = new NameMatcher.NameMatch(discounted, m.why(), form, m.matchedBy(), m.initialled());
                    consonants = true;
                }
            }
        }
        List<Explanation> why = explain ? new ArrayList<>(5) : List.of();
        double score = best.score();
        if (explain) {
            why.add(Why.name(best.score(), best.why()));
            if (consonants) {
                why.add(Why.consonants());
            }
        }

        DateEvidence date = DateEvidence.of(q.birthDate(), e.birthDate());
        switch (date) {
            case EXACT -> score = Math.min(1.0, score + Weights.DATE_EXACT_BONUS);
            case SWAPPED -> score = Math.min(1.0, score + Weights.DATE_SWAPPED_BONUS);
            case SAME_MONTH -> score = Math.min(1.0, score + Weights.DATE_SAME_MONTH_BONUS);
            case SAME_YEAR -> score = Math.min(1.0, score + Weights.DATE_SAME_YEAR_BONUS);
            case CONFLICT -> {
                int gap = Math.abs(q.birthDate().year() - e.birthDate().year());
                score *= gap > Weights.DATE_FAR_YEARS ? Weights.DATE_FAR_CONFLICT : Weights.DATE_NEAR_CONFLICT;
            }
            case NEAR, NONE -> {
            }
        }
        if (explain && date != DateEvidence.NONE) {
            why.add(Why.birthDate(date, q.birthDate(), e.birthDate()));
        }

        boolean documentMatch = false;
        boolean documentConflict = false;
        for (Entry.Doc qd : q.documents()) {
            for (Entry.Doc ed : e.documents()) {
                if (sameNumber(qd, ed)) {
                    documentMatch = true;
                } else if (qd.type().equals(ed.type()) && qd.country() != null && qd.country().equals(ed.country())) {
                    documentConflict = true;
                }
            }
        }
        if (documentMatch) {
            score = Math.max(score, Weights.DOCUMENT_MATCH_FLOOR + Weights.DOCUMENT_NAME_SHARE * best.score());
            if (explain) {
                why.add(Why.sameDocument());
            }
        } else if (documentConflict) {
            score *= Weights.DOCUMENT_CONFLICT;
            if (explain) {
                why.add(Why.otherDocumentNumber());
            }
        }

        if (q.nationality() != null && !e.nationalities().isEmpty()) {
            if (e.nationalities().contains(q.nationality())) {
                score = Math.min(1.0, score + Weights.NATIONALITY_BONUS);
                if (explain) {
                    why.add(Why.sameNationality(q.nationality()));
                }
            } else {
                score *= Weights.NATIONALITY_OTHER;
                if (explain) {
                    why.add(Why.nationalityNotRecorded(q.nationality(), e.nationalities()));
                }
            }
        }
        // evidence rules, each named in the explanation when it changes the score
        boolean dateAndNames = false;
        if (!documentMatch && !documentConflict && DateAndNamesRule.fires(q, best, date) && score < EvidenceWeights.DATE_AND_NAMES) {
            score = EvidenceWeights.DATE_AND_NAMES;
            dateAndNames = true;
            if (explain) {
                why.add(Why.dateAndNames(e.birthDate(), DateAndNamesRule.firstGiven(best), DateAndNamesRule.firstSurname(best)));
            }
        } else if (!documentMatch && !documentConflict && DateAndNamesRule.firesPartly(q, best, date)
                && score < EvidenceWeights.DATE_AND_FIRST_NAMES) {
            score = EvidenceWeights.DATE_AND_FIRST_NAMES;
            if (explain) {
                why.add(Why.dateAndFirstNames(e.birthDate(), DateAndNamesRule.firstGiven(best), DateAndNamesRule.firstSurname(best)));
            }
        }
        score = Math.max(0, Math.min(1, score));
        double uncapped = score;
        if (date == DateEvidence.NONE && !documentMatch) {
            // a name alone never shows full certainty; the explanation says what is missing
            score = Math.min(score, EvidenceWeights.NAME_ONLY_CAP);
            if (explain) {
                why.add(Why.nameOnly(List.of("birthDate", "documents")));
            }
        }
        if (explain) {
            Explanation latin = Why.transliterated(best.form() == null ? null : best.form().written());
            if (latin != null) {
                why.add(1, latin);
            }
        }
        boolean firstNames = DateAndNamesRule.firstNamesFound(best, false);
        return new Result(score, best.score(), date, documentMatch, why, best.matched(), uncapped, documentConflict, dateAndNames,
                firstNames, firstNames ? DateAndNamesRule.firstGiven(best) : null,
                firstNames ? DateAndNamesRule.firstSurname(best) : null);
    }

    public static boolean sameNumber(Entry.Doc a, Entry.Doc b) {
        if (a.number().equals(b.number())) {
            return true;
        }
        // a Chilean RUN is written with or without its check digit
        String longer = a.number().length() > b.number().length() ? a.number() : b.number();
        String shorter = longer == a.number() ? b.number() : a.number();
        return shorter.length() >= 7 && longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
                && ("CL".equals(a.country()) || "CL".equals(b.country()));
    }

    /** Scores as the API shows them: three decimals. */
    public static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
