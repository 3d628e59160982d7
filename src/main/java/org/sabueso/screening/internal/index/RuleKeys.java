package org.sabueso.screening.internal.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.NameRules;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.Weights;

import static org.sabueso.screening.internal.index.QueryKey.Kind.FINDS;

/**
 * The keys by which the name rules ({@link NameRules}) find their candidates, not only score
 * them: a nickname's names and a fused particle's surname, alone and paired with the query's
 * other words ("Pepe Linares" looks up "José"+"Linares"); two neighbouring words written as one
 * ("Don Juan" looks up "Donjuan"); a rare word split in two ("Donjuan" looks up the pair
 * "Don"+"Juan"). Only keys the index holds are added, weighed as words and pairs are.
 */
final class RuleKeys {

    private RuleKeys() {
    }

    /** Adds the keys to {@code keys}; returns how many were added. */
    static int add(Query q, IndexReader reader, FrequencyCache frequencies, int n,
                   List<QueryKey> keys) throws IOException {
        int added = 0;
        List<String> tokens = q.tokens();
        int words = Math.min(tokens.size(), Weights.PAIR_WORDS);
        for (int i = 0; i < tokens.size(); i++) {
            // a fused particle is a rare spelling: a common word ("Alberto", "Delgado") is itself
            boolean rare = frequencies.frequency(reader, EntryKeys.phonetic(q.phonetic().get(i))) < Weights.TYPO_RARER_THAN;
            List<String> alternatives = new java.util.ArrayList<>(NameRules.nicknameOf(tokens.get(i)));
            if (rare) {
                alternatives.addAll(NameRules.fusedRests(tokens.get(i)));
            }
            for (String alternative : alternatives) {
                String ph = NameKeys.phonetic(alternative);
                added += word(ph, reader, frequencies, n, keys);
                for (int j = 0; j < words && i < Weights.PAIR_WORDS; j++) {
                    String other = q.phonetic().get(j);
                    if (j != i && !other.equals(ph)) {
                        added += pair(EntryKeys.pair(ph, other), reader, frequencies, n, keys);
                    }
                }
            }
        }
        for (String joined : q.joined()) {
            added += word(NameKeys.phonetic(joined), reader, frequencies, n, keys);
        }
        for (int i = 0; i < tokens.size() && added < Weights.MAX_TYPO_CLAUSES; i++) {
            String t = tokens.get(i);
            if (t.length() >= 2 * Weights.SPLIT_MIN_PART
                    && frequencies.frequency(reader, EntryKeys.phonetic(q.phonetic().get(i))) < Weights.TYPO_RARER_THAN) {
                // a rare word may be two written as one: every split into parts of three letters or more
                for (int at = Weights.SPLIT_MIN_PART; at <= t.length() - Weights.SPLIT_MIN_PART; at++) {
                    String a = NameKeys.phonetic(t.substring(0, at));
                    String b = NameKeys.phonetic(t.substring(at));
                    if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
                        added += pair(EntryKeys.pair(a, b), reader, frequencies, n, keys);
                    }
                }
            }
        }
        return added;
    }

    private static int word(String ph, IndexReader reader, FrequencyCache frequencies, int n, List<QueryKey> keys)
            throws IOException {
        String key = EntryKeys.phonetic(ph);
        int df = frequencies.frequency(reader, key);
        if (df == 0) {
            return 0;
        }
        keys.add(new QueryKey(key, Weights.WORD_IDF * QueryKeys.idf(n, df), FINDS));
        return 1;
    }

    private static int pair(String key, IndexReader reader, FrequencyCache frequencies, int n, List<QueryKey> keys)
            throws IOException {
        int df = frequencies.frequency(reader, key);
        if (df == 0) {
            return 0;
        }
        keys.add(new QueryKey(key, Weights.PAIR_IDF * QueryKeys.idf(n, df), FINDS));
        return 1;
    }
}
