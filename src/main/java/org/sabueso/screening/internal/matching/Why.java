package org.sabueso.screening.internal.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.sabueso.screening.Explanation;
import org.sabueso.screening.ExplanationCode;
import org.sabueso.shared.PartialDate;

/**
 * The explanation items of a hit, each with its code, its arguments and its English detail, made
 * in this one place. The item's own score (1.0 speaks for the match, 0.0 against) is what the API
 * has always shown; it takes no part in the hit's score.
 */
public final class Why {

    private Why() {
    }

    static Explanation name(double score, NameParts parts) {
        if (parts.none) {
            return new Explanation(ExplanationCode.NAME_NONE, Scorer.round(score), "no comparable name");
        }
        StringBuilder detail = new StringBuilder(parts.pairs);
        if (parts.reversed) {
            detail.append("; surnames in the opposite order");
        }
        if (parts.alias != null) {
            detail.append(" (as ").append(parts.alias).append(')');
        }
        for (List<String> rule : parts.rules) {
            detail.append("; rule ").append(rule.get(0));
            if (!rule.get(1).isEmpty() || !rule.get(2).isEmpty()) {
                detail.append(": ").append(rule.get(1).isEmpty() ? "-" : rule.get(1))
                        .append(" ~ ").append(rule.get(2).isEmpty() ? "-" : rule.get(2));
            }
        }
        return new Explanation(ExplanationCode.NAME_WORDS, Scorer.round(score), detail.toString(),
                List.copyOf(parts.same), List.copyOf(parts.similar), List.copyOf(parts.missing), parts.reversed, parts.alias,
                List.copyOf(parts.rules));
    }

    static Explanation birthDate(DateEvidence date, PartialDate q, PartialDate e) {
        return switch (date) {
            case EXACT -> new Explanation(ExplanationCode.BIRTH_DATE_EXACT, 1.0, "same date of birth " + e, e.toString());
            case SWAPPED -> new Explanation(ExplanationCode.BIRTH_DATE_SWAPPED, 0.9,
                    "day and month swapped: " + q + " / " + e, q.toString(), e.toString());
            case SAME_MONTH -> new Explanation(ExplanationCode.BIRTH_DATE_SAME_MONTH, 0.9,
                    "same year and month of birth (" + q + " / " + e + ")", q.toString(), e.toString());
            case SAME_YEAR -> new Explanation(ExplanationCode.BIRTH_DATE_SAME_YEAR, 0.8,
                    "same year of birth (" + q + " / " + e + ")", q.toString(), e.toString());
            case NEAR -> new Explanation(ExplanationCode.BIRTH_DATE_NEAR, 0.5,
                    "year of birth one apart, only the year known (" + q + " / " + e + ")", q.toString(), e.toString());
            case CONFLICT -> new Explanation(ExplanationCode.BIRTH_DATE_DIFFERENT, 0.0,
                    "different date of birth: " + q + " / " + e, q.toString(), e.toString());
            case NONE -> null;
        };
    }

    static Explanation sameDocument() {
        return new Explanation(ExplanationCode.DOCUMENT_SAME, 1.0, "same document number");
    }

    static Explanation otherDocumentNumber() {
        return new Explanation(ExplanationCode.DOCUMENT_OTHER_NUMBER, 0.0,
                "a document of the same kind and country has another number");
    }

    static Explanation sameNationality(String country) {
        return new Explanation(ExplanationCode.NATIONALITY_SAME, 1.0, "nationality " + country, country);
    }

    static Explanation nationalityNotRecorded(String country, Collection<String> recorded) {
        return new Explanation(ExplanationCode.NATIONALITY_NOT_RECORDED, 0.0, "nationality " + country
                + " not recorded (recorded: " + String.join(", ", recorded) + ")", country, List.copyOf(recorded));
    }

    static Explanation commonName(double bearers, double chance) {
        double people = Math.max(1, bearers);
        return new Explanation(ExplanationCode.NAMESAKES_COMMON_NAME, 0.0, String.format(Locale.ROOT,
                "a common name: about %.0f people on the list bear it, so the chance that another of "
                        + "that name has this birth date is too high (%.2f) for a match without a document",
                people, chance), Math.round(people), Scorer.round(chance));
    }

    static Explanation namesakes(int count) {
        return new Explanation(ExplanationCode.NAMESAKES_SHARED, 0.0, count + " other wanted "
                + (count == 1 ? "person shares" : "people share")
                + " this name and a compatible birth date: a document or full date of birth is needed for a match", count);
    }

    /** The issuing agency answered on {@code date} (yyyy-mm-dd) that the person screened is not its subject. */
    public static Explanation previousAnswer(String date) {
        return new Explanation(ExplanationCode.PREVIOUS_ANSWER_REJECTED, 0.0, "the issuing agency answered on "
                + date + " that this person is not its subject; a new document number would reopen it", date);
    }

    /** A name alone: [the features that could have confirmed it and were not there to compare]. */
    static Explanation nameOnly(List<String> missing) {
        return new Explanation(ExplanationCode.EVIDENCE_NAME_ONLY, 0.5, "the name alone, without "
                + String.join(" or ", missing.stream().map(Why::featureWords).toList()) + " to confirm it",
                List.copyOf(missing));
    }

    private static String featureWords(String feature) {
        return switch (feature) {
            case "birthDate" -> "a birth date";
            case "documents" -> "a document";
            default -> feature;
        };
    }

    /** The same full date with the notice's first given name and first surname: [date, given name, surname]. */
    static Explanation dateAndNames(PartialDate date, String given, String surname) {
        return new Explanation(ExplanationCode.EVIDENCE_DATE_AND_NAMES, 1.0, "same full date of birth " + date
                + " with the first given name " + given + " and the first surname " + surname, date.toString(), given, surname);
    }

    /**
     * The same full date with the notice's first given name and first surname, other words of the
     * query not on the notice: [date, given name, surname].
     */
    static Explanation dateAndFirstNames(PartialDate date, String given, String surname) {
        return new Explanation(ExplanationCode.EVIDENCE_DATE_AND_FIRST_NAMES, 0.5, "the full date of birth " + date
                + " (as written or with day and month swapped) with the first given name " + given + " and the first surname "
                + surname + ", other words differ: kept as possible", date.toString(), given, surname);
    }

    /**
     * A rare first given name and first surname, found with a birth date that agrees, the rest of
     * the name differing: [people on the list expected to bear the two, given name, surname].
     */
    public static Explanation rareFirstNames(double bearers, String given, String surname) {
        return new Explanation(ExplanationCode.EVIDENCE_RARE_FIRST_NAMES, 0.5, String.format(Locale.ROOT,
                "the first given name %s with the first surname %s is rare (about %.2f people on the list bear both) "
                        + "and the birth date agrees: kept as possible though other words differ", given, surname, bearers),
                Scorer.round(bearers), given, surname);
    }

    /**
     * A rare name kept despite another birth date: [people on the list expected to bear the name].
     */
    public static Explanation rareName(double bearers) {
        return new Explanation(ExplanationCode.EVIDENCE_RARE_NAME, 0.5, String.format(Locale.ROOT,
                "a rare name (about %.2f people on the list bear it): kept as possible despite the other birth date",
                bearers), Scorer.round(bearers));
    }

    /** A name written in another script and compared in Latin letters: [as written, in Latin letters], or null. */
    public static Explanation transliterated(String written) {
        if (written == null || !Scripts.otherScript(written)) {
            return null;
        }
        String latin = Scripts.latin(written).strip();
        return new Explanation(ExplanationCode.NAME_TRANSLITERATED, 1.0, written + " in Latin letters: " + latin,
                written, latin);
    }

    /** The name was compared by consonant skeletons (written without vowels). No args. */
    static Explanation consonants() {
        return new Explanation(ExplanationCode.NAME_CONSONANTS, Weights.SKELETON,
                "compared by consonants: the name was written without vowels");
    }

    /** The name comparison's parts, gathered as {@link NameMatcher} goes, query word by query word. */
    static final class NameParts {
        static final NameParts NONE = new NameParts(true);

        private final boolean none;
        private final StringBuilder pairs = new StringBuilder();
        private final List<String> same = new ArrayList<>();
        private final List<List<Object>> similar = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();
        private final List<List<String>> rules = new ArrayList<>();
        private boolean reversed;
        private String alias;

        NameParts() {
            this(false);
        }

        private NameParts(boolean none) {
            this.none = none;
        }

        void pair(String query, String notice, double similarity) {
            separate();
            if (query.equals(notice)) {
                pairs.append(query).append(" = ").append(notice);
                same.add(query);
            } else {
                pairs.append(query).append(" ≈ ").append(notice).append(String.format(Locale.ROOT, " (%.2f)", similarity));
                similar.add(List.of(query, notice, Scorer.round(similarity)));
            }
        }

        void missing(String query) {
            separate();
            pairs.append(query).append(" not found");
            missing.add(query);
        }

        /** A name rule fired ({@link NameRules.Rule}): its code, the query's word(s), the notice's ("" when none). */
        void rule(String code, String query, String notice) {
            rules.add(List.of(code, query, notice));
        }

        void reversed() {
            reversed = true;
        }

        void alias(String written) {
            alias = written;
        }

        private void separate() {
            if (!pairs.isEmpty()) {
                pairs.append(", ");
            }
        }
    }
}
