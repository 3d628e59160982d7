package org.sabueso.screening.internal.index;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.sabueso.screening.internal.matching.Entry;

/**
 * The entries in memory, by slot: each indexed document carries its slot number, and the scorer
 * reads the entry there instead of a stored Lucene document. A replaced notice takes a new slot
 * (its old document stays visible to open searchers until they refresh, and must still find its
 * entry, or none). Written under the index's write lock; read without locks.
 */
final class SlotTable {

    private final Map<UUID, Integer> slotByNotice = new ConcurrentHashMap<>();
    private volatile Entry[] entries = new Entry[1024];
    private int nextSlot;

    /** Puts the entry in a slot. Caller holds the write lock. */
    void place(int slot, Entry e) {
        if (slot >= entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[slot] = e;
    }

    /** The notice's entry is now the one in {@code slot}. Caller holds the write lock. */
    void bind(UUID noticeId, int slot) {
        slotByNotice.put(noticeId, slot);
    }

    /** The next free slot. Caller holds the write lock. */
    int nextSlot() {
        return nextSlot++;
    }

    Integer slotOf(UUID noticeId) {
        return slotByNotice.get(noticeId);
    }

    /** Empties a slot (its notice replaced or removed). Caller holds the write lock. */
    void clear(int slot) {
        entries[slot] = null;
    }

    Integer remove(UUID noticeId) {
        return slotByNotice.remove(noticeId);
    }

    Entry entry(int slot) {
        Entry[] current = entries;
        return slot < current.length ? current[slot] : null;
    }

    int size() {
        return slotByNotice.size();
    }

    boolean contains(UUID noticeId) {
        return slotByNotice.containsKey(noticeId);
    }
}
