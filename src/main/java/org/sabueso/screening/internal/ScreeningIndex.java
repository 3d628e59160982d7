package org.sabueso.screening.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.sabueso.shared.PartialDate;

/**
 * The Lucene side of screening: one document per screenable notice, whose terms are the keys
 * {@link NameKeys} makes (phonetic keys of every name token and their one-letter deletions, birth
 * years, document numbers), plus a slot number pointing at the {@link Entry} kept in memory for
 * the scorer. Files live in a directory of their own, rebuilt at each start.
 */
final class ScreeningIndex implements Closeable {

    static final String KEYS = "k";
    static final String SLOT = "slot";
    static final String NOTICE = "nid";

    private static final FieldType KEY_TYPE = new FieldType();

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
    private final Map<UUID, Integer> slotByNotice = new ConcurrentHashMap<>();
    private final Map<Object, FixedBitSet> visibilityCache = VisibleDocsQuery.newCache();
    private final Object writeLock = new Object();
    private volatile Entry[] entries = new Entry[1024];
    private volatile IndexReader frequencyReader;
    private volatile Map<String, Integer> frequencies = new ConcurrentHashMap<>();
    private int nextSlot;

    ScreeningIndex(Path path) {
        try {
            this.path = path;
            deleteRecursively(path);
            Files.createDirectories(path);
            this.directory = new MMapDirectory(path);
            IndexWriterConfig config = new IndexWriterConfig();
            config.setRAMBufferSizeMB(256);
            config.setUseCompoundFile(false);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the entries (by notice id); searchable after {@link #refresh()}. */
    void upsert(Collection<Entry> batch) {
        try {
            synchronized (writeLock) {
                for (Entry e : batch) {
                    Integer old = slotByNotice.get(e.noticeId());
                    int slot = nextSlot++;
                    if (slot >= entries.length) {
                        entries = Arrays.copyOf(entries, entries.length * 2);
                    }
                    entries[slot] = e;
                    Document doc = document(e, slot);
                    if (old != null) {
                        writer.updateDocument(new Term(NOTICE, e.noticeId().toString()), doc);
                    } else {
                        writer.addDocument(doc);
                    }
                    slotByNotice.put(e.noticeId(), slot);
                    if (old != null) {
                        entries[old] = null;
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void remove(UUID noticeId) {
        try {
            synchronized (writeLock) {
                Integer old = slotByNotice.remove(noticeId);
                if (old != null) {
                    writer.deleteDocuments(new Term(NOTICE, noticeId.toString()));
                    entries[old] = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written searchable (near-real-time: no commit to disk needed). */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges segments after a bulk build so queries visit few of them. */
    void optimize() {
        try {
            writer.forceMerge(1);
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return slotByNotice.size();
    }

    Entry entry(int slot) {
        Entry[] current = entries;
        return slot < current.length ? current[slot] : null;
    }

    boolean contains(UUID noticeId) {
        return slotByNotice.containsKey(noticeId);
    }

    private static Document document(Entry e, int slot) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entry.NameForm form : e.names()) {
            List<String> phonetic = form.phonetic();
            for (String ph : phonetic) {
                keys.add("p:" + ph);
                for (String d : NameKeys.deletions(ph)) {
                    keys.add("d:" + d);
                }
            }
            addPairs(keys, phonetic);
            keys.add(fullKey(phonetic));
        }
        if (e.birthDate() != null) {
            PartialDate b = e.birthDate();
            keys.add("y:" + b.year());
            if (b.month() != null) {
                keys.add("m:" + b.year() + "-" + b.month());
            }
            if (b.day() != null) {
                keys.add("b:" + b);
            }
        }
        for (Entry.Doc d : e.documents()) {
            keys.add("n:" + d.number());
        }
        Document doc = new Document();
        doc.add(new Field(KEYS, new KeysTokenStream(keys.toArray(String[]::new)), KEY_TYPE));
        doc.add(new NumericDocValuesField(SLOT, slot));
        doc.add(new StringField(NOTICE, e.noticeId().toString(), Field.Store.NO));
        return doc;
    }

    /**
     * A key for every two words of one name, in either order: "José González" is common, but far
     * less common than either word, and a query that shares two words with a name shares a pair
     * key with it. Candidates are found by these selective keys first.
     */
    private static void addPairs(Set<String> keys, List<String> phonetic) {
        int n = Math.min(phonetic.size(), 6);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                keys.add(pairKey(phonetic.get(i), phonetic.get(j)));
            }
        }
    }

    /** The whole name as a set of sounds: a query that says exactly this name, in any order, meets it. */
    private static String fullKey(List<String> phonetic) {
        return "f:" + String.join("|", new java.util.TreeSet<>(phonetic));
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? "q:" + a + "|" + b : "q:" + b + "|" + a;
    }

    /** A candidate: the entry's slot and its Lucene score (how many weighted keys it shares). */
    record Candidate(int slot, float keyScore) {
    }

    /**
     * Candidates for a query among documents {@code visibleSlot} accepts, best keyScore first.
     * Keys: the phonetic key of each token weighted by its rarity; deletion keys for tokens whose
     * phonetic key is rare or unknown (a typo); birth years; document numbers.
     */
    List<Candidate> candidates(Scorer.Query q, String viewerKey, IntPredicate visibleSlot, int k) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexReader reader = searcher.getIndexReader();
            int n = Math.max(1, reader.numDocs());
            BooleanQuery.Builder identity = new BooleanQuery.Builder();
            int clauses = 0;
            List<String> phonetic = new ArrayList<>();
            for (String token : q.tokens()) {
                String ph = NameKeys.phonetic(token);
                if (!phonetic.contains(ph)) {
                    phonetic.add(ph);
                }
            }
            int pairs = Math.min(phonetic.size(), 6);
            for (int i = 0; i < pairs; i++) {
                for (int j = i + 1; j < pairs; j++) {
                    String pair = pairKey(phonetic.get(i), phonetic.get(j));
                    int df = reader.docFreq(new Term(KEYS, pair));
                    if (df > 0) {
                        identity.add(key(pair, 3 * (float) Math.log(1.0 + n / (df + 1.0))), BooleanClause.Occur.SHOULD);
                        clauses++;
                    }
                }
            }
            if (phonetic.size() > 1) {
                identity.add(key(fullKey(phonetic), 2), BooleanClause.Occur.SHOULD);
            }
            for (String token : q.tokens()) {
                String ph = NameKeys.phonetic(token);
                int df = frequency(reader, ph);
                float idf = (float) Math.log(1.0 + n / (df + 1.0));
                identity.add(key("p:" + ph, 2 * idf), BooleanClause.Occur.SHOULD);
                clauses++;
                if (df < 50 && ph.length() >= 4 && clauses < 200) {
                    // rare or unknown spelling: let one typo on either side still meet
                    float fuzzyIdf = (float) Math.log(1.0 + n / 50.0);
                    identity.add(key("d:" + ph, fuzzyIdf), BooleanClause.Occur.SHOULD);
                    for (String d : NameKeys.deletions(ph)) {
                        identity.add(key("p:" + d, fuzzyIdf), BooleanClause.Occur.SHOULD);
                        identity.add(key("d:" + d, fuzzyIdf * 0.8f), BooleanClause.Occur.SHOULD);
                        clauses += 2;
                    }
                }
            }
            for (Entry.Doc d : q.documents()) {
                identity.add(key("n:" + d.number(), 40), BooleanClause.Occur.SHOULD);
            }
            // one flat disjunction, so Lucene can skip documents that cannot reach the top k
            BooleanQuery.Builder outer = identity;
            outer.setMinimumNumberShouldMatch(1);
            if (q.birthDate() != null) {
                // namesakes are told apart by birth date: the closer the date, the earlier the candidate
                PartialDate b = q.birthDate();
                int y = b.year();
                // the year outweighs the whole-name key: among a hundred "José González" the one born
                // that year must reach the scorer even if his notice adds a second given name
                outer.add(key("y:" + y, 5), BooleanClause.Occur.SHOULD);
                outer.add(key("y:" + (y - 1), 3), BooleanClause.Occur.SHOULD);
                outer.add(key("y:" + (y + 1), 3), BooleanClause.Occur.SHOULD);
                if (b.month() != null) {
                    outer.add(key("m:" + y + "-" + b.month(), 2), BooleanClause.Occur.SHOULD);
                }
                if (b.day() != null) {
                    outer.add(key("b:" + b, 6), BooleanClause.Occur.SHOULD);
                    if (b.day() <= 12 && !b.day().equals(b.month())) {
                        PartialDate swapped = new PartialDate(y, b.day(), b.month());
                        outer.add(key("b:" + swapped, 4), BooleanClause.Occur.SHOULD);
                        outer.add(key("m:" + y + "-" + b.day(), 1), BooleanClause.Occur.SHOULD);
                    }
                }
            }
            outer.add(new VisibleDocsQuery(viewerKey, visibleSlot, visibilityCache), BooleanClause.Occur.FILTER);
            TopDocs top = searcher.search(outer.build(), new TopScoreDocCollectorManager(k, null, k));
            return slots(reader, top);
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

    /**
     * How many people on the list one would expect to bear all these name words by chance: the
     * list size times the share of documents carrying each word's phonetic key. Below a thousand
     * notices the shares are taken over a thousand, so a short list does not make every name
     * look common.
     */
    double expectedBearers(Collection<String> tokens) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                double n = Math.max(1000, reader.numDocs());
                double expected = n;
                for (String key : new LinkedHashSet<>(tokens.stream().map(NameKeys::phonetic).toList())) {
                    expected *= (frequency(reader, key) + 0.5) / n;
                }
                return expected;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document frequency of a phonetic key, remembered per reader (a reader never changes). */
    private int frequency(IndexReader reader, String phoneticKey) throws IOException {
        if (frequencyReader != reader) {
            synchronized (this) {
                if (frequencyReader != reader) {
                    frequencies = new ConcurrentHashMap<>();
                    frequencyReader = reader;
                }
            }
        }
        Map<String, Integer> cache = frequencies;
        Integer df = cache.get(phoneticKey);
        if (df == null) {
            df = reader.docFreq(new Term(KEYS, "p:" + phoneticKey));
            if (cache.size() < 100_000) {
                cache.put(phoneticKey, df);
            }
        }
        return df;
    }

    private static List<Candidate> slots(IndexReader reader, TopDocs top) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        ScoreDoc[] docs = top.scoreDocs.clone();
        Arrays.sort(docs, Comparator.comparingInt(d -> d.doc));
        List<Candidate> out = new ArrayList<>(docs.length);
        int leafIndex = -1;
        NumericDocValues values = null;
        LeafReaderContext leaf = null;
        for (ScoreDoc sd : docs) {
            int li = ReaderUtil.subIndex(sd.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                values = leaf.reader().getNumericDocValues(SLOT);
            }
            if (values != null && values.advanceExact(sd.doc - leaf.docBase)) {
                out.add(new Candidate((int) values.longValue(), sd.score));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::keyScore).reversed());
        return out;
    }

    private static Query key(String term, float boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(KEYS, term))), boost);
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

    /** Emits pre-made keys as tokens, one per term: no analysis happens inside Lucene. */
    private static final class KeysTokenStream extends TokenStream {
        private final String[] keys;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private int next;

        KeysTokenStream(String[] keys) {
            this.keys = keys;
        }

        @Override
        public boolean incrementToken() {
            if (next >= keys.length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(keys[next++]);
            return true;
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}
