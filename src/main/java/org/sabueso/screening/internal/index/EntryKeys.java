package org.sabueso.screening.internal.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.NameRules;
import org.sabueso.screening.internal.matching.Skeletons;
import org.sabueso.screening.internal.matching.Weights;
import org.sabueso.shared.PartialDate;

/**
 * The terms an entry is indexed by, and the makers of the terms a query looks them up with.
 *
 * <p>Terms: {@code p:} phonetic key of a name word, and of the words a name rule reads it as
 * ({@link NameRules#alternatives}: the names of a nickname, the surname after a fused particle); {@code d:} that key with one letter removed;
 * {@code q:a|b} two words of one name; {@code t1977:a|b} the same pair with the birth year;
 * {@code f:} the whole name as a set of sounds; {@code y:}, {@code m:}, {@code b:} birth year,
 * year-month and date; {@code n:} a document number.
 */
public final class EntryKeys {

    private EntryKeys() {
    }

    public static Set<String> of(Entry e) {
        Set<String> keys = new LinkedHashSet<>();
        Integer year = e.birthDate() == null ? null : e.birthDate().year();
        for (Entry.NameForm form : e.names()) {
            List<String> phonetic = form.phonetic();
            for (String ph : phonetic) {
                keys.add(phonetic(ph));
                for (String d : NameKeys.deletions(ph)) {
                    keys.add(deletion(d));
                }
            }
            // a nickname is found by its names, a fused particle's surname by itself ("Delacruz" by
            // "Cruz"), but only in a surname: "Alberto" is no "al" + "Berto", and a key for every
            // Alberto made the Albertos weigh twice in every query that named one
            for (int i = 0; i < form.tokens().size(); i++) {
                String word = form.tokens().get(i);
                for (String name : NameRules.nicknameOf(word)) {
                    keys.add(phonetic(NameKeys.phonetic(name)));
                }
                if (!form.alias() && i >= form.givenCount()) {
                    for (String rest : NameRules.fusedRests(word)) {
                        keys.add(phonetic(NameKeys.phonetic(rest)));
                    }
                }
            }
            int n = Math.min(phonetic.size(), Weights.PAIR_WORDS);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    String pair = pair(phonetic.get(i), phonetic.get(j));
                    keys.add(pair);
                    if (year != null) {
                        keys.add(pairYear(pair, year));
                    }
                }
            }
            keys.add(full(phonetic));
        }
        if (e.birthDate() != null) {
            PartialDate b = e.birthDate();
            keys.add(year(b.year()));
            if (b.month() != null) {
                keys.add(month(b.year(), b.month()));
            }
            if (b.day() != null) {
                keys.add(day(b));
            }
        }
        for (Entry.Doc d : e.documents()) {
            keys.add(document(d.number()));
        }
        skeletons(e, keys);
        return keys;
    }

    /**
     * The consonant skeleton of each name word ({@code k:}), so a query word written in Arabic or
     * Hebrew without vowels finds "Mohamed" by "mhmd" ({@code matching.Skeletons}). One term per
     * name word: about one in fifteen of an entry's terms.
     */
    private static void skeletons(Entry e, Set<String> keys) {
        for (Entry.NameForm form : e.names()) {
            for (String t : form.tokens()) {
                String s = Skeletons.of(t);
                if (!s.isEmpty()) {
                    keys.add(skeleton(s));
                }
            }
        }
    }

    /** A name word's consonant skeleton. */
    static String skeleton(String s) {
        return "k:" + s;
    }

    /** The phonetic key of one name word. */
    static String phonetic(String ph) {
        return "p:" + ph;
    }

    /** A name word's phonetic key with one letter removed. */
    static String deletion(String d) {
        return "d:" + d;
    }

    /** A normalised document number. */
    static String document(String number) {
        return "n:" + number;
    }

    /**
     * A key for two words of one name, in either order: "José González" is common, but far less
     * common than either word, and a query that shares two words with a name shares a pair key
     * with it.
     */
    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? "q:" + a + "|" + b : "q:" + b + "|" + a;
    }

    /**
     * The pair again with the birth year ("q:a|b" born in 1977 → "t1977:a|b"): among the
     * thousands of "José González" on a long list, the fifty born in 1977.
     */
    static String pairYear(String pair, int year) {
        return "t" + year + pair.substring(1);
    }

    /** The whole name as a set of sounds: a query that says exactly this name, in any order, meets it. */
    static String full(List<String> phonetic) {
        return "f:" + String.join("|", new TreeSet<>(phonetic));
    }

    static String year(int year) {
        return "y:" + year;
    }

    static String month(int year, int month) {
        return "m:" + year + "-" + month;
    }

    static String day(PartialDate date) {
        return "b:" + date;
    }
}
