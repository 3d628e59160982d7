package org.sabueso.screening.internal.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.sabueso.screening.internal.matching.Weights;

/**
 * Document frequencies of keys, remembered per index reader (a reader never changes): every query
 * weighs its keys by their rarity, and the common words are asked about again and again.
 */
final class FrequencyCache {

    private volatile IndexReader reader;
    private volatile Map<String, Integer> frequencies = new ConcurrentHashMap<>();

    /** Document frequency of a key in {@code current}; the cache starts over when the reader changes. */
    int frequency(IndexReader current, String term) throws IOException {
        if (reader != current) {
            synchronized (this) {
                if (reader != current) {
                    frequencies = new ConcurrentHashMap<>();
                    reader = current;
                }
            }
        }
        Map<String, Integer> cache = frequencies;
        Integer df = cache.get(term);
        if (df == null) {
            df = current.docFreq(new Term(ScreeningIndex.KEYS, term));
            if (cache.size() < Weights.FREQUENCIES_CACHED) {
                cache.put(term, df);
            }
        }
        return df;
    }
}
