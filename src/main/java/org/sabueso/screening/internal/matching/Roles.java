package org.sabueso.screening.internal.matching;

import java.util.List;

/**
 * What a name comparison makes of the words one side has and the other lacks, by their roles:
 * a married "de X" on either side, a second surname only one side records, a given name dropped,
 * added or differing, the first given name dropped (people often go by their second), given names
 * in another order. Each reading is a rule with a name ({@link NameRules.Rule}) and goes into the
 * explanation. Aliases have no roles: their missing words cost as any other.
 */
final class Roles {

    private Roles() {
    }

    /** Query words left out of the query's count, and the factor for the words not found. */
    record Missing(int excluded, double penalty) {
    }

    private static final Missing NONE = new Missing(0, 1.0);

    /**
     * Reads the words not found and adjusts the notice's word weights ({@code weight}) in place:
     * a married name the query lacks weighs nothing; the first given name dropped gives its
     * weight to the given name the query has.
     */
    static Missing read(Query q, Entry.NameForm form, double[] weight, double[] covered, int[] matchedBy, int[] found,
                        Why.NameParts why) {
        List<String> qt = q.tokens();
        List<String> ct = form.tokens();
        int m = qt.size();
        int g = form.givenCount();
        boolean roles = !form.alias() && g > 0;
        boolean givenFound = false;
        for (int qi = 0; qi < m && roles; qi++) {
            givenFound |= q.isGiven(qi) && found[qi] >= 0 && found[qi] < g;
        }
        boolean marriedOpen = roles && form.surnameCount() == 2 && form.isMarried(g + 1) && covered[g + 1] == 0;
        boolean marriedRead = false;
        int excluded = 0;
        int givenUnmatched = 0;
        double penalty = 1.0;
        for (int qi = 0; qi < m; qi++) {
            if (found[qi] >= 0) {
                continue;
            }
            String t = qt.get(qi);
            if (why != null) {
                why.missing(t);
            }
            boolean given = q.isGiven(qi);
            givenUnmatched += given ? 1 : 0;
            if (q.isMarried(qi) && qi > 0 && found[qi - 1] >= 0) {
                // "Contreras de Cabello": the husband's surname, which the notice need not have
                excluded++;
                rule(why, NameRules.Rule.MARRIED_NAME, t, "");
            } else if (roles && !given && qi > 0 && found[qi - 1] == g && marriedOpen) {
                // the maiden second surname asked where the notice holds the married one
                excluded++;
                marriedRead = true;
                rule(why, NameRules.Rule.MARRIED_NAME, t, ct.get(g + 1));
            } else if (roles && !given && qi > 0 && found[qi - 1] == g && form.surnameCount() == 1) {
                // the surname after the first one, on a notice that records only one
                penalty *= Weights.SECOND_SURNAME_NOT_FOUND;
                rule(why, NameRules.Rule.SECOND_SURNAME_MISSING, t, "");
            } else if (roles && !given && qi > 0 && found[qi - 1] == g && form.surnameCount() == 2 && covered[g + 1] == 0) {
                // another second surname than the notice's: a mother's surname recorded otherwise, or a second family name
                penalty *= Weights.SECOND_SURNAME_OTHER;
                rule(why, NameRules.Rule.SECOND_SURNAME_DIFFERS, t, ct.get(g + 1));
            } else if (roles && given && givenFound) {
                penalty *= Weights.OTHER_GIVEN_NOT_FOUND;
                int open = openGiven(covered, g);
                rule(why, open >= 0 ? NameRules.Rule.GIVEN_NAME_DIFFERS : NameRules.Rule.GIVEN_NAME_MISSING, t,
                        open >= 0 ? ct.get(open) : "");
            } else {
                penalty *= Weights.PER_WORD_NOT_FOUND;
            }
        }
        if (marriedOpen) {
            weight[g + 1] = 0;
            if (!marriedRead) {
                rule(why, NameRules.Rule.MARRIED_NAME, "", ct.get(g + 1));
            }
        }
        if (roles && g >= 2 && covered[0] == 0 && givenUnmatched == 0) {
            for (int j = 1; j < g; j++) {
                if (covered[j] > 0) {
                    weight[0] = Weights.OTHER_GIVEN;
                    weight[j] = Weights.FIRST_GIVEN;
                    rule(why, NameRules.Rule.FIRST_GIVEN_DROPPED, "", ct.get(0));
                    break;
                }
            }
        }
        if (why != null && roles) {
            reordered(q, form, matchedBy, why);
        }
        return excluded == 0 && penalty == 1.0 ? NONE : new Missing(excluded, penalty);
    }

    /** A notice's given name that nothing covered, the first one, or -1. */
    private static int openGiven(double[] covered, int given) {
        for (int i = 0; i < given; i++) {
            if (covered[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Given names found in the other order ("José Ricardo" for Ricardo José): said, not scored. */
    private static void reordered(Query q, Entry.NameForm form, int[] matchedBy, Why.NameParts why) {
        int g = form.givenCount();
        for (int i = 0; i < g; i++) {
            for (int j = i + 1; j < g; j++) {
                if (matchedBy[i] >= 0 && matchedBy[j] >= 0 && matchedBy[i] > matchedBy[j]) {
                    why.rule(NameRules.Rule.GIVEN_NAMES_REORDERED.code(),
                            q.tokens().get(matchedBy[j]) + " " + q.tokens().get(matchedBy[i]),
                            form.tokens().get(i) + " " + form.tokens().get(j));
                    return;
                }
            }
        }
    }

    private static void rule(Why.NameParts why, NameRules.Rule rule, String query, String notice) {
        if (why != null) {
            why.rule(rule.code(), query, notice);
        }
    }
}
