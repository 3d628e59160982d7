package org.sabueso.screening.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.Skeletons;
import org.sabueso.screening.internal.matching.Weights;
import org.sabueso.shared.PartialDate;

import static org.sabueso.screening.internal.index.QueryKey.Kind.FINDS;
import static org.sabueso.screening.internal.index.QueryKey.Kind.FINDS_NAMESAKES;
import static org.sabueso.screening.internal.index.QueryKey.Kind.RANKS;

/**
 * The keys a query looks the index up with, weighed against the index as it is: the phonetic key
 * of each word weighted by its rarity; every pair of words and the whole name; deletion keys for
 * words whose key is rare or unknown (a typo); the keys of the name rules ({@link RuleKeys});
 * document numbers; birth year, year-month and date.
 * The terms are those {@link EntryKeys} writes; the weights and gates are in {@link Weights}.
 */
final class QueryKeys {

    private QueryKeys() {
    }

    static List<QueryKey> of(Query q, IndexReader reader, FrequencyCache frequencies) throws IOException {
        int n = Math.max(1, reader.numDocs());
        List<QueryKey> keys = new ArrayList<>(48);
        List<String> phonetic = new ArrayList<>();
        for (String ph : q.phonetic()) {
            if (!phonetic.contains(ph)) {
                phonetic.add(ph);
            }
        }
        int clauses = 0;
        int pairs = Math.min(phonetic.size(), Weights.PAIR_WORDS);
        for (int i = 0; i < pairs; i++) {
            for (int j = i + 1; j < pairs; j++) {
                String pair = EntryKeys.pair(phonetic.get(i), phonetic.get(j));
                int df = frequencies.frequency(reader, pair);
                if (df > 0) {
                    keys.add(new QueryKey(pair, Weights.PAIR_IDF * idf(n, df), FINDS));
                    clauses++;
                    if (q.birthDate() != null) {
                        int y = q.birthDate().year();
                        for (int near = y - 1; near <= y + 1; near++) {
                            String pairYear = EntryKeys.pairYear(pair, near);
                            // two of the words and the year say more than the two words and the year apart
                            float weight = Weights.PAIR_YEAR_IDF * idf(n, frequencies.frequency(reader, pairYear))
                                    * (near == y ? 1 : Weights.NEAR_YEAR / Weights.YEAR);
                            keys.add(new QueryKey(pairYear, weight, FINDS_NAMESAKES));
                        }
                    }
                }
            }
        }
        if (phonetic.size() > 1) {
            keys.add(new QueryKey(EntryKeys.full(phonetic), Weights.FULL_NAME, FINDS));
        }
        clauses += RuleKeys.add(q, reader, frequencies, n, keys);
        for (String ph : q.phonetic()) {
            String key = EntryKeys.phonetic(ph);
            int df = frequencies.frequency(reader, key);
            keys.add(new QueryKey(key, Weights.WORD_IDF * idf(n, df), FINDS));
            clauses++;
            if (df < Weights.TYPO_RARER_THAN && ph.length() >= Weights.TYPO_MIN_LENGTH && clauses < Weights.MAX_TYPO_CLAUSES) {
                // rare or unknown spelling: let one typo on either side still meet
                float typoIdf = (float) Math.log(1.0 + n / Weights.TYPO_DF);
                keys.add(new QueryKey(EntryKeys.deletion(ph), typoIdf, FINDS));
                for (String d : NameKeys.deletions(ph)) {
                    keys.add(new QueryKey(EntryKeys.phonetic(d), typoIdf, FINDS));
                    keys.add(new QueryKey(EntryKeys.deletion(d), typoIdf * Weights.TYPO_BOTH_SIDES, FINDS));
                    clauses += 2;
                }
            }
        }
        for (Entry.Doc d : q.documents()) {
            keys.add(new QueryKey(EntryKeys.document(d.number()), Weights.DOCUMENT, FINDS));
        }
        skeletons(q, reader, frequencies, n, keys);
        if (q.birthDate() != null) {
            // namesakes are told apart by birth date: the closer the date, the earlier the candidate
            PartialDate b = q.birthDate();
            int y = b.year();
            keys.add(new QueryKey(EntryKeys.year(y), Weights.YEAR, RANKS));
            keys.add(new QueryKey(EntryKeys.year(y - 1), Weights.NEAR_YEAR, RANKS));
            keys.add(new QueryKey(EntryKeys.year(y + 1), Weights.NEAR_YEAR, RANKS));
            if (b.month() != null) {
                keys.add(new QueryKey(EntryKeys.month(y, b.month()), Weights.YEAR_MONTH, FINDS));
            }
            if (b.day() != null) {
                keys.add(new QueryKey(EntryKeys.day(b), Weights.DATE, FINDS));
                if (b.day() <= 12 && !b.day().equals(b.month())) {
                    PartialDate swapped = new PartialDate(y, b.day(), b.month());
                    keys.add(new QueryKey(EntryKeys.day(swapped), Weights.SWAPPED_DATE, FINDS));
                    keys.add(new QueryKey(EntryKeys.month(y, b.day()), Weights.SWAPPED_MONTH, FINDS));
                }
            }
        }
        return keys;
    }

    /**
     * A word written without vowels (from Arabic or Hebrew) also looks up its consonant skeleton,
     * weighed by its rarity as a word is; a query in Latin letters adds no key and costs nothing.
     */
    private static void skeletons(Query q, IndexReader reader, FrequencyCache frequencies, int n,
                                  List<QueryKey> keys) throws IOException {
        for (String t : q.tokens()) {
            if (Skeletons.vowelless(t)) {
                String s = Skeletons.of(t);
                if (!s.isEmpty()) {
                    String key = EntryKeys.skeleton(s);
                    keys.add(new QueryKey(key, Weights.WORD_IDF * idf(n, frequencies.frequency(reader, key)), FINDS));
                }
            }
        }
    }

    /** Inverse document frequency, ln(1 + N / (df + 1)): a word held by few notices says much. */
    static float idf(int n, int df) {
        return (float) Math.log(1.0 + n / (df + 1.0));
    }
}
