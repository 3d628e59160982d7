package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.Query;

/**
 * The keys a kept screening and a new notice meet by, before the scorer looks at them: every two
 * words of a name, in either order, as their phonetic keys (a name of one word: that word), and the
 * normalised document numbers. The notice adds each pair again with one letter removed from one
 * of its two words, so a screening that wrote a word one letter short still meets it. A screening
 * that shares no two words and no document with the notice is never read.
 *
 * <p>Made from the scorer's own {@link Query} and {@link Entry}, so whatever name rules fold a
 * word there fold it here too; a notice's every name form (aliases too) gives its keys. Measured at
 * 100,000 kept screenings of common names (README, "Re-matching"): single words and their deletions
 * as keys brought in a quarter of them for "José Luis García Rodríguez"; pairs a fiftieth. The
 * screening side keeps only its exact pairs (six for four words): with the deletions too, eighty
 * keys a row made every insert and every overlap test costly.
 */
final class KeptScreeningKeys {

    /** Words of a name that make keys: a hostile 300-character name must not make thousands of keys. */
    static final int MAX_WORDS = 8;

    /** A kept screening with the keys it is found by. */
    record Row(KeptScreeningRepository.Kept kept, Set<String> nameKeys, List<String> documentNumbers) {
    }

    private KeptScreeningKeys() {
    }

    static Row of(KeptScreeningRepository.Kept kept, Query q) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> words = words(q.phonetic());
        if (words.size() == 1) {
            keys.add(single(words.getFirst()));
        }
        pairs(words, keys, false);
        return new Row(kept, keys, q.documents().stream().map(Entry.Doc::number).distinct().toList());
    }

    /** Every name form of the notice, aliases too: a traveller may have been screened under an alias. */
    static Set<String> nameKeys(Entry e) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entry.NameForm form : e.names()) {
            List<String> words = words(form.phonetic());
            // a screening of one word meets any word of the notice
            words.forEach(w -> keys.add(single(w)));
            pairs(words, keys, true);
        }
        return keys;
    }

    static List<String> documentNumbers(Entry e) {
        return new ArrayList<>(e.documents().stream().map(Entry.Doc::number).distinct().toList());
    }

    private static List<String> words(List<String> phonetic) {
        return phonetic.stream().filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).toList();
    }

    private static String single(String w) {
        return "1:" + w;
    }

    /** Each pair, the two words in sorted order; {@code typos}: also with one letter removed from one of them. */
    private static void pairs(List<String> words, Set<String> into, boolean typos) {
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                String a = words.get(i);
                String b = words.get(j);
                into.add(pair(a, b));
                if (typos) {
                    NameKeys.deletions(a).forEach(d -> into.add(pair(d, b)));
                    NameKeys.deletions(b).forEach(d -> into.add(pair(a, d)));
                }
            }
        }
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
