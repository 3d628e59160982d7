package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.Query;

/**
 * The keys a kept screening and a new notice meet by, before the scorer looks at them: each name
 * word's phonetic key and the key with one letter removed (so one typo on either side still
 * meets, as in the index), and the normalised document numbers. Made from the scorer's own
 * {@link Query} and {@link Entry}, so whatever name rules fold a word there fold it here too.
 */
final class KeptScreeningKeys {

    /** A kept screening with the keys it is found by. */
    record Row(KeptScreeningRepository.Kept kept, Set<String> nameKeys, List<String> documentNumbers) {
    }

    private KeptScreeningKeys() {
    }

    static Row of(KeptScreeningRepository.Kept kept, Query q) {
        Set<String> keys = new LinkedHashSet<>();
        q.phonetic().forEach(ph -> variants(ph, keys));
        return new Row(kept, keys, q.documents().stream().map(Entry.Doc::number).distinct().toList());
    }

    /** Every name form of the notice, aliases too: a traveller may have been screened under an alias. */
    static Set<String> nameKeys(Entry e) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entry.NameForm form : e.names()) {
            form.phonetic().forEach(ph -> variants(ph, keys));
        }
        return keys;
    }

    static List<String> documentNumbers(Entry e) {
        return new ArrayList<>(e.documents().stream().map(Entry.Doc::number).distinct().toList());
    }

    private static void variants(String phonetic, Set<String> into) {
        if (phonetic.isEmpty()) {
            return;
        }
        into.add(phonetic);
        into.addAll(NameKeys.deletions(phonetic));
    }
}
