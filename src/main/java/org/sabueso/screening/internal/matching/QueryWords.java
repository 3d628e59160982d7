package org.sabueso.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;

import org.sabueso.shared.NameParticles;

/**
 * The words of a name as asked, read once: significant folded words with abbreviations written
 * out and suffixes left out (each noted with its rule), initials apart, which words are probably
 * given names, and which follow a married "de". A query has no recorded parts, so the roles are
 * guessed as {@code shared.PersonName} guesses them: "SURNAMES, Given" puts the given names after
 * the comma; otherwise the last two words that are not a married name are the surnames.
 */
record QueryWords(List<String> tokens, List<Character> initials, long given, long married, List<List<String>> notes) {

    static QueryWords of(String name) {
        int comma = name.indexOf(',');
        int beforeComma = comma < 0 ? -1 : NameKeys.tokens(name.substring(0, comma)).size();
        List<String> raw = NameKeys.tokens(name);
        List<String> tokens = new ArrayList<>();
        List<Character> initials = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        long married = 0;
        long afterComma = 0;
        boolean pendingDe = false;
        for (int r = 0; r < raw.size(); r++) {
            String t = raw.get(r);
            if (t.length() == 1 && Character.isLetter(t.charAt(0)) && !NameParticles.isParticle(t)) {
                initials.add(t.charAt(0));
                pendingDe = false;
                continue;
            }
            if (t.length() <= 1 || NameParticles.isParticle(t)) {
                // only "de" directly before a word marks a married name: "de la Cruz" is a surname
                pendingDe = t.equals("de") && !tokens.isEmpty();
                continue;
            }
            if (NameRules.ignored(t)) {
                notes.add(List.of(NameRules.Rule.SUFFIX_IGNORED.code(), t, ""));
                pendingDe = false;
                continue;
            }
            String full = NameRules.abbreviation(t);
            if (full != null) {
                notes.add(List.of(NameRules.Rule.ABBREVIATION.code(), t, full));
            }
            int at = tokens.size();
            tokens.add(full == null ? t : full);
            if (at < 64) {
                if (pendingDe) {
                    married |= 1L << at;
                }
                if (comma >= 0 && r >= beforeComma) {
                    afterComma |= 1L << at;
                }
            }
            pendingDe = false;
        }
        long given = comma >= 0 && afterComma != 0 ? afterComma : leading(tokens.size() - Long.bitCount(married), tokens.size());
        // a married name follows a surname: after a given name ("Juan de Dios") it is part of the name
        for (int i = 1; i < tokens.size() && i < 64; i++) {
            if ((married & (1L << i)) != 0 && (given & (1L << (i - 1))) != 0) {
                married &= ~(1L << i);
            }
        }
        if (comma < 0 || afterComma == 0) {
            given = leading(tokens.size() - Long.bitCount(married), tokens.size());
        }
        return new QueryWords(List.copyOf(tokens), List.copyOf(initials), given, married, List.copyOf(notes));
    }

    /** The first words, all but the last two surnames: one of two words, two of four. */
    private static long leading(int ownWords, int words) {
        int count = ownWords >= 3 ? ownWords - 2 : Math.min(1, words);
        long m = 0;
        for (int i = 0; i < count && i < 64; i++) {
            m |= 1L << i;
        }
        return m;
    }
}
