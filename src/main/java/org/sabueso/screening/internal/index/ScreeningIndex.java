package org.sabueso.screening.internal.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.Weights;

/**
 * The Lucene side of screening: one document per screenable notice, whose terms are the keys
 * {@link EntryKeys} makes (phonetic keys of every name word and their one-letter deletions, pairs,
 * birth dates, document numbers), plus a slot number pointing at the {@link Entry} kept in memory
 * ({@link SlotTable}) for the scorer. Files live in a directory of their own, rebuilt at each start.
 *
 * <p>This class writes and searches; the query's keys are weighed by {@link QueryKeys}, collected
 * by {@link CandidateCollector}, filtered by what the viewer may see with {@link VisibleDocs}.
 */
public final class ScreeningIndex implements Closeable {

    static final String KEYS = "k";
    static final String SLOT = "slot";
    static final String NOTICE = "nid";

    private static final FieldType KEY_TYPE = new FieldType();

    /** From this many entries their keys are made in parallel; below, handing them out costs more than it saves. */
    private static final int PARALLEL_KEYS = 256;

    static {
        KEY_TYPE.setIndexOptions(IndexOptions.DOCS);
        KEY_TYPE.setOmitNorms(true);
        KEY_TYPE.setTokenized(true);
        KEY_TYPE.setStored(false);
        KEY_TYPE.freeze();
    }

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SlotTable slots = new SlotTable();
    private final VisibleDocs visibility = new VisibleDocs();
    private final FrequencyCache frequencies = new FrequencyCache();
    private final Object writeLock = new Object();

    public ScreeningIndex(Path path) {
        try {
            this.path = path;
            deleteRecursively(path);
            Files.createDirectories(path);
            this.directory = new MMapDirectory(path);
            IndexWriterConfig config = new IndexWriterConfig();
            // a million notices fit in few flushes, so the merge after a build has little to do
            config.setRAMBufferSizeMB(512);
            config.setUseCompoundFile(false);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces the entries (by notice id); searchable after {@link #refresh()}. The keys of
     * a large batch are made on every core before the write lock is taken: making them is most of
     * an entry's cost (an import's review activates thousands at once), and only the slots and the
     * writer need the lock.
     */
    public void upsert(Collection<Entry> batch) {
        List<Entry> entries = List.copyOf(batch);
        List<String[]> keys = (entries.size() >= PARALLEL_KEYS ? entries.parallelStream() : entries.stream())
                .map(e -> EntryKeys.of(e).toArray(String[]::new)).toList();
        try {
            synchronized (writeLock) {
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    Integer old = slots.slotOf(e.noticeId());
                    int slot = slots.nextSlot();
                    slots.place(slot, e);
                    Document doc = document(e, keys.get(i), slot);
                    if (old != null) {
                        writer.updateDocument(new Term(NOTICE, e.noticeId().toString()), doc);
                    } else {
                        writer.addDocument(doc);
                    }
                    slots.bind(e.noticeId(), slot);
                    if (old != null) {
                        slots.clear(old);
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public void remove(UUID noticeId) {
        try {
            synchronized (writeLock) {
                Integer old = slots.remove(noticeId);
                if (old != null) {
                    writer.deleteDocuments(new Term(NOTICE, noticeId.toString()));
                    slots.clear(old);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written searchable (near-real-time: no commit to disk needed). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges segments after a bulk build so queries visit few of them. */
    public void optimize() {
        try {
            writer.forceMerge(1);
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return slots.size();
    }

    public Entry entry(int slot) {
        return slots.entry(slot);
    }

    public boolean contains(UUID noticeId) {
        return slots.contains(noticeId);
    }

    /**
     * Whether the index holds this very entry for its notice already: a change the scorer cannot
     * see (a status between two open ones, a new review-by date) then needs no write and no refresh.
     */
    public boolean holds(Entry e) {
        Integer slot = slots.slotOf(e.noticeId());
        return slot != null && e.equals(slots.entry(slot));
    }

    /** The notice's slot, or null when it is not indexed. */
    public Integer slotOf(UUID noticeId) {
        return slots.slotOf(noticeId);
    }

    private static Document document(Entry e, String[] keys, int slot) {
        Document doc = new Document();
        doc.add(new Field(KEYS, new KeysTokenStream(keys), KEY_TYPE));
        doc.add(new NumericDocValuesField(SLOT, slot));
        doc.add(new StringField(NOTICE, e.noticeId().toString(), Field.Store.NO));
        return doc;
    }

    /**
     * Candidates for a query among documents {@code visibleSlot} accepts, best key score first.
     * {@code visibilityKey} names the viewer's class for the sharing policy
     * ({@link SharingPolicy#visibilityKey}): every viewer with that key sees the same
     * documents, so the bit set of a segment is computed once per key.
     */
    public List<Candidate> candidates(Query q, SharingPolicy.VisibilityKey visibilityKey, IntPredicate visibleSlot, int k) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexReader reader = searcher.getIndexReader();
            List<QueryKey> keys = QueryKeys.of(q, reader, frequencies);
            TopCandidates top = new TopCandidates(k);
            for (LeafReaderContext leaf : reader.leaves()) {
                CandidateCollector.collect(leaf, keys, visibility.bits(leaf, visibilityKey, visibleSlot), k, top);
            }
            return top.result();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The query's keys as {@link #candidates} weighs them against the current index. */
    public List<QueryKey> keys(Query q) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return QueryKeys.of(q, searcher.getIndexReader(), frequencies);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many people on the list one would expect to bear all these name words by chance: the
     * list size times the share of documents carrying each word's phonetic key. Below a thousand
     * notices the shares are taken over a thousand, so a short list does not make every name
     * look common.
     */
    public double expectedBearers(Collection<String> tokens) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                double n = Math.max(Weights.BEARERS_LIST_FLOOR, reader.numDocs());
                double expected = n;
                for (String key : new LinkedHashSet<>(tokens.stream().map(NameKeys::phonetic).toList())) {
                    expected *= (frequencies.frequency(reader, EntryKeys.phonetic(key)) + Weights.BEARERS_SMOOTHING) / n;
                }
                return expected;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
            deleteRecursively(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
