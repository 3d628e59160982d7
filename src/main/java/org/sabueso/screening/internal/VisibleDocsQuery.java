package org.sabueso.screening.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches the documents whose entry the viewer may see, as the sharing policy decides in
 * {@code visible}. The bit set of a segment is computed once per viewer class and cached with
 * the segment: a segment's documents never change, updates arrive as new segments.
 */
final class VisibleDocsQuery extends Query {

    private final String viewerKey;
    private final IntPredicate visibleSlot;
    private final Map<Object, FixedBitSet> cache;

    VisibleDocsQuery(String viewerKey, IntPredicate visibleSlot, Map<Object, FixedBitSet> cache) {
        this.viewerKey = viewerKey;
        this.visibleSlot = visibleSlot;
        this.cache = cache;
    }

    static Map<Object, FixedBitSet> newCache() {
        return new ConcurrentHashMap<>();
    }

    private record Key(Object segment, String viewer) {
    }

    private FixedBitSet bits(LeafReaderContext context) throws IOException {
        LeafReader reader = context.reader();
        Object segmentKey = reader.getCoreCacheHelper() == null ? reader : reader.getCoreCacheHelper().getKey();
        Key key = new Key(segmentKey, viewerKey);
        FixedBitSet bits = cache.get(key);
        if (bits == null) {
            if (reader.getCoreCacheHelper() != null && cache.keySet().stream().noneMatch(k -> ((Key) k).segment() == segmentKey)) {
                // forget a segment's bit sets when merges retire it
                reader.getCoreCacheHelper().addClosedListener(closed -> cache.keySet().removeIf(k -> ((Key) k).segment() == closed));
            }
            bits = new FixedBitSet(reader.maxDoc());
            NumericDocValues slots = reader.getNumericDocValues(ScreeningIndex.SLOT);
            if (slots != null) {
                for (int doc = slots.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = slots.nextDoc()) {
                    if (visibleSlot.test((int) slots.longValue())) {
                        bits.set(doc);
                    }
                }
            }
            cache.put(key, bits);
        }
        return bits;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                FixedBitSet bits = bits(context);
                long cost = bits.cardinality();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(bits, cost));
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "visibleTo(" + viewerKey + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisibleDocsQuery v && v.viewerKey.equals(viewerKey);
    }

    @Override
    public int hashCode() {
        return viewerKey.hashCode();
    }
}
