package org.sabueso.agency.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map in access order that forgets its least recently used entry beyond a size: caches and
 * counters kept in memory stay bounded whatever names or addresses arrive. Not thread-safe;
 * callers synchronize on it.
 */
final class BoundedMap<K, V> extends LinkedHashMap<K, V> {

    private final int maxEntries;

    BoundedMap(int maxEntries) {
        super(256, 0.75f, true);
        this.maxEntries = maxEntries;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > maxEntries;
    }
}
