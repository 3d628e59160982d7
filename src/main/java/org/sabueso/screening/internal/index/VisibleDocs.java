package org.sabueso.screening.internal.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.sabueso.agency.SharingPolicy;

/**
 * Which documents of a segment a viewer may see, as the sharing policy decides for each entry.
 * The bit set of a segment is computed once per visibility key (what the policy reads of a viewer:
 * {@link SharingPolicy#visibilityKey}) and kept with the segment: a
 * segment's documents never change (updates arrive as new segments and deletions), and it is
 * forgotten when a merge retires the segment.
 */
final class VisibleDocs {

    private record Key(IndexReader.CacheKey segment, SharingPolicy.VisibilityKey viewer) {
    }

    private final Map<Key, FixedBitSet> cache = new ConcurrentHashMap<>();

    /** The documents of {@code leaf} whose entry slot {@code visibleSlot} accepts; computed once per visibility key. */
    FixedBitSet bits(LeafReaderContext leaf, SharingPolicy.VisibilityKey viewerKey, IntPredicate visibleSlot) throws IOException {
        LeafReader reader = leaf.reader();
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return compute(reader, visibleSlot);
        }
        IndexReader.CacheKey segment = helper.getKey();
        Key key = new Key(segment, viewerKey);
        FixedBitSet bits = cache.get(key);
        if (bits == null) {
            if (cache.keySet().stream().noneMatch(k -> k.segment() == segment)) {
                helper.addClosedListener(closed -> cache.keySet().removeIf(k -> k.segment() == closed));
            }
            bits = compute(reader, visibleSlot);
            cache.put(key, bits);
        }
        return bits;
    }

    private static FixedBitSet compute(LeafReader reader, IntPredicate visibleSlot) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
        NumericDocValues slots = reader.getNumericDocValues(ScreeningIndex.SLOT);
        if (slots != null) {
            for (int doc = slots.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = slots.nextDoc()) {
                if (visibleSlot.test((int) slots.longValue())) {
                    bits.set(doc);
                }
            }
        }
        return bits;
    }
}
