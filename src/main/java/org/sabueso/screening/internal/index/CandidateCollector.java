package org.sabueso.screening.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.sabueso.screening.internal.matching.Weights;

/**
 * Candidates of one segment, term at a time, rarest key first: each selective key's documents are
 * merged into the candidates with their weights; once there are {@code k} candidates, the common
 * keys are not read in full but only looked up, by skipping, for the candidates already there. A
 * Lucene disjunction walks the long lists of the common keys of every query ("José" is in one
 * notice in twenty) and ranks everything it meets; these lists are what made screening slow
 * (docs/benchmarks.md, session 3). Visibility is checked as postings are merged.
 */
final class CandidateCollector {

    private CandidateCollector() {
    }

    /** One key's postings in a segment, found once: its document count orders the reading. */
    private record Found(QueryKey key, int docFreq, BytesRef term, TermState state) {
    }

    static void collect(LeafReaderContext leaf, List<QueryKey> keys, FixedBitSet visible, int k, TopCandidates top)
            throws IOException {
        LeafReader reader = leaf.reader();
        Terms terms = reader.terms(ScreeningIndex.KEYS);
        if (terms == null) {
            return;
        }
        TermsEnum termsEnum = terms.iterator();
        // the same key twice (a token written twice) weighs twice, as in a disjunction
        List<Found> found = new ArrayList<>(keys.size());
        List<Found> ranking = new ArrayList<>(keys.size());
        for (QueryKey key : keys) {
            BytesRef term = new BytesRef(key.term());
            if (termsEnum.seekExact(term)) {
                found.add(new Found(key, termsEnum.docFreq(), term, termsEnum.termState()));
            }
        }
        found.sort(Comparator.comparingInt(Found::docFreq));
        Bits live = reader.getLiveDocs();
        Accumulator acc = new Accumulator();
        PostingsEnum postings = null;
        for (Found f : found) {
            if (reads(f, acc.size, k)) {
                termsEnum.seekExact(f.term(), f.state());
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                acc.merge(postings, f.key().weight(), visible, live);
            } else {
                ranking.add(f);
            }
        }
        if (acc.size == 0) {
            return;
        }
        for (Found f : ranking) {
            // a key that weighs nothing would add nothing to anyone
            if (f.key().weight() > 0) {
                termsEnum.seekExact(f.term(), f.state());
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                acc.addWhereFound(postings, f.key().weight());
            }
        }
        NumericDocValues slots = reader.getNumericDocValues(ScreeningIndex.SLOT);
        if (slots == null) {
            return;
        }
        // a segment's best k, then their slots (doc values read in document order)
        int[] best = acc.best(k);
        Arrays.sort(best);
        for (int i : best) {
            if (slots.advanceExact(acc.docs[i])) {
                top.offer((int) slots.longValue(), acc.scores[i], leaf.docBase + acc.docs[i]);
            }
        }
    }

    /** Whether a key's documents are merged into the candidates, or the key only ranks them. */
    private static boolean reads(Found f, int candidates, int k) {
        return switch (f.key().kind()) {
            case RANKS -> false;
            // all three years or none, never as a filler
            case FINDS_NAMESAKES -> f.docFreq() <= Weights.SELECTIVE_PAIR_YEAR;
            case FINDS -> f.docFreq() <= Weights.SELECTIVE || candidates < k;
        };
    }

    /**
     * Candidates of one segment in document order with their summed weights: each selective key's
     * postings are merged in; common keys add their weight where they meet a candidate.
     */
    private static final class Accumulator {
        int[] docs = new int[256];
        float[] scores = new float[256];
        int size;
        private int[] nextDocs = new int[256];
        private float[] nextScores = new float[256];

        void merge(PostingsEnum postings, float weight, FixedBitSet visible, Bits live) throws IOException {
            int i = 0;
            int out = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                while (i < size && docs[i] < doc) {
                    put(out++, docs[i], scores[i]);
                    i++;
                }
                if (i < size && docs[i] == doc) {
                    put(out++, doc, scores[i] + weight);
                    i++;
                } else if (visible.get(doc) && (live == null || live.get(doc))) {
                    put(out++, doc, weight);
                }
            }
            while (i < size) {
                put(out++, docs[i], scores[i]);
                i++;
            }
            int[] d = docs;
            float[] s = scores;
            docs = nextDocs;
            scores = nextScores;
            nextDocs = d;
            nextScores = s;
            size = out;
        }

        private void put(int at, int doc, float score) {
            if (at == nextDocs.length) {
                nextDocs = Arrays.copyOf(nextDocs, at * 2);
                nextScores = Arrays.copyOf(nextScores, at * 2);
            }
            nextDocs[at] = doc;
            nextScores[at] = score;
        }

        /** Adds {@code weight} to the candidates in the postings, skipping the rest of the list. */
        void addWhereFound(PostingsEnum postings, float weight) throws IOException {
            int doc = -1;
            for (int i = 0; i < size; i++) {
                if (doc < docs[i]) {
                    doc = postings.advance(docs[i]);
                    if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                        return;
                    }
                }
                if (doc == docs[i]) {
                    scores[i] += weight;
                }
            }
        }

        /** Indexes of the k best candidates (the earlier document first among equal scores). */
        int[] best(int k) {
            if (size <= k) {
                int[] all = new int[size];
                for (int i = 0; i < size; i++) {
                    all[i] = i;
                }
                return all;
            }
            long[] ranked = new long[size];
            for (int i = 0; i < size; i++) {
                ranked[i] = TopCandidates.rank(scores[i], i);
            }
            Arrays.sort(ranked);
            int[] out = new int[k];
            for (int j = 0; j < k; j++) {
                out[j] = Integer.MAX_VALUE - (int) ranked[size - 1 - j];
            }
            return out;
        }
    }
}
