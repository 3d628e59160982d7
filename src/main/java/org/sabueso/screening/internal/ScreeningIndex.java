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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
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
    private final VisibleDocs visibility = new VisibleDocs();
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
        Set<String> keys = EntryKeys.of(e);
        Document doc = new Document();
        doc.add(new Field(KEYS, new KeysTokenStream(keys.toArray(String[]::new)), KEY_TYPE));
        doc.add(new NumericDocValuesField(SLOT, slot));
        doc.add(new StringField(NOTICE, e.noticeId().toString(), Field.Store.NO));
        return doc;
    }

    /** A candidate: the entry's slot and its key score (the weights of the keys it shares with the query). */
    record Candidate(int slot, float keyScore) {
    }

    /**
     * A key of a query and its weight. {@code finds}: the key may bring a document in as a
     * candidate (name words, document numbers); otherwise it only ranks the documents that other
     * keys brought in (a birth year: sharing it with a query says nothing about the name). A
     * full date or a year-month may bring documents in: among a million notices fifty share a
     * date of birth.
     */
    record Key(String term, float weight, boolean finds) {
    }

    /**
     * A key shared by at most this many documents is read in full; a more common one ("José",
     * "González") only ranks the candidates already found, once there are {@code k} of them.
     * Birth years are never read in full: a year is shared by one notice in sixty.
     */
    static final int SELECTIVE = 500;

    /**
     * A pair-and-year key brings its documents in up to this many (the thousand "José González"
     * born in one year on a list of a million); it weighs nothing itself.
     */
    static final int SELECTIVE_PAIR_YEAR = 1_500;

    /**
     * Candidates for a query among documents {@code visibleSlot} accepts, best key score first.
     *
     * <p>Term at a time, rarest key first: each selective key's documents are merged into the
     * candidates with their weights; once there are {@code k} candidates, the common keys are not
     * read in full but only looked up, by skipping, for the candidates already there. A Lucene
     * disjunction walks the long lists of the common keys of every query ("José" is in one notice
     * in twenty) and ranks everything it meets; these lists are what made screening slow.
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
            List<Key> keys = keys(q, reader);
            TopCandidates top = new TopCandidates(k);
            for (LeafReaderContext leaf : reader.leaves()) {
                collect(leaf, keys, visibility.bits(leaf, viewerKey, visibleSlot), k, top);
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
    List<Key> keys(Scorer.Query q) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return keys(q, searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query's keys: the phonetic key of each token weighted by its rarity; every pair of
     * tokens and the whole name; deletion keys for tokens whose phonetic key is rare or unknown
     * (a typo); document numbers; birth year, year-month and date.
     */
    List<Key> keys(Scorer.Query q, IndexReader reader) throws IOException {
        int n = Math.max(1, reader.numDocs());
        List<Key> keys = new ArrayList<>(48);
        List<String> phonetic = new ArrayList<>();
        for (String ph : q.phonetic()) {
            if (!phonetic.contains(ph)) {
                phonetic.add(ph);
            }
        }
        int clauses = 0;
        int pairs = Math.min(phonetic.size(), EntryKeys.PAIR_WORDS);
        for (int i = 0; i < pairs; i++) {
            for (int j = i + 1; j < pairs; j++) {
                String pair = EntryKeys.pair(phonetic.get(i), phonetic.get(j));
                int df = frequency(reader, pair);
                if (df > 0) {
                    keys.add(new Key(pair, 3 * (float) Math.log(1.0 + n / (df + 1.0)), true));
                    clauses++;
                    if (q.birthDate() != null) {
                        // these only bring the namesakes born near that year in; the pair and the
                        // year keys weigh them as they weigh everyone else
                        int y = q.birthDate().year();
                        for (int near = y - 1; near <= y + 1; near++) {
                            keys.add(new Key(EntryKeys.pairYear(pair, near), 0, true));
                        }
                    }
                }
            }
        }
        if (phonetic.size() > 1) {
            keys.add(new Key(EntryKeys.full(phonetic), 2, true));
        }
        for (String ph : q.phonetic()) {
            String key = EntryKeys.phonetic(ph);
            int df = frequency(reader, key);
            float idf = (float) Math.log(1.0 + n / (df + 1.0));
            keys.add(new Key(key, 2 * idf, true));
            clauses++;
            if (df < 50 && ph.length() >= 4 && clauses < 200) {
                // rare or unknown spelling: let one typo on either side still meet
                float fuzzyIdf = (float) Math.log(1.0 + n / 50.0);
                keys.add(new Key(EntryKeys.deletion(ph), fuzzyIdf, true));
                for (String d : NameKeys.deletions(ph)) {
                    keys.add(new Key(EntryKeys.phonetic(d), fuzzyIdf, true));
                    keys.add(new Key(EntryKeys.deletion(d), fuzzyIdf * 0.8f, true));
                    clauses += 2;
                }
            }
        }
        for (Entry.Doc d : q.documents()) {
            keys.add(new Key(EntryKeys.document(d.number()), 40, true));
        }
        if (q.birthDate() != null) {
            // namesakes are told apart by birth date: the closer the date, the earlier the candidate
            PartialDate b = q.birthDate();
            int y = b.year();
            // the year outweighs the whole-name key: among a hundred "José González" the one born
            // that year must reach the scorer even if his notice adds a second given name
            keys.add(new Key(EntryKeys.year(y), 5, false));
            keys.add(new Key(EntryKeys.year(y - 1), 3, false));
            keys.add(new Key(EntryKeys.year(y + 1), 3, false));
            if (b.month() != null) {
                keys.add(new Key(EntryKeys.month(y, b.month()), 2, true));
            }
            if (b.day() != null) {
                keys.add(new Key(EntryKeys.day(b), 6, true));
                if (b.day() <= 12 && !b.day().equals(b.month())) {
                    PartialDate swapped = new PartialDate(y, b.day(), b.month());
                    keys.add(new Key(EntryKeys.day(swapped), 4, true));
                    keys.add(new Key(EntryKeys.month(y, b.day()), 1, true));
                }
            }
        }
        return keys;
    }

    /** One key's postings in a segment, found once: its document count orders the reading. */
    private record Found(Key key, int docFreq, BytesRef term, TermState state) {
    }

    private void collect(LeafReaderContext leaf, List<Key> keys, FixedBitSet visible, int k, TopCandidates top)
            throws IOException {
        LeafReader reader = leaf.reader();
        Terms terms = reader.terms(KEYS);
        if (terms == null) {
            return;
        }
        TermsEnum termsEnum = terms.iterator();
        // the same key twice (a token written twice) weighs twice, as in a disjunction
        List<Found> found = new ArrayList<>(keys.size());
        List<Found> ranking = new ArrayList<>(keys.size());
        for (Key key : keys) {
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
            if (f.key().weight() > 0) {
                termsEnum.seekExact(f.term(), f.state());
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                acc.addWhereFound(postings, f.key().weight());
            }
        }
        NumericDocValues slots = reader.getNumericDocValues(SLOT);
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
        if (!f.key().finds()) {
            return false;
        }
        if (f.key().weight() == 0) {
            // a pair-and-year key: all three years or none, never as a filler
            return f.docFreq() <= SELECTIVE_PAIR_YEAR;
        }
        return f.docFreq() <= SELECTIVE || candidates < k;
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
                ranked[i] = rank(scores[i], i);
            }
            Arrays.sort(ranked);
            int[] out = new int[k];
            for (int j = 0; j < k; j++) {
                out[j] = Integer.MAX_VALUE - (int) ranked[size - 1 - j];
            }
            return out;
        }
    }

    /** Higher score first, then the lower index (the earlier document): one long compares both. */
    private static long rank(float score, int index) {
        return ((long) Float.floatToIntBits(score) << 32) | (Integer.MAX_VALUE - index);
    }

    /** The best candidates over all segments. */
    private static final class TopCandidates {
        private final int k;
        private final List<long[]> offered = new ArrayList<>();

        TopCandidates(int k) {
            this.k = k;
        }

        void offer(int slot, float score, int globalDoc) {
            offered.add(new long[] {rank(score, globalDoc), slot});
        }

        List<Candidate> result() {
            offered.sort((x, y) -> Long.compare(y[0], x[0]));
            List<Candidate> out = new ArrayList<>(Math.min(k, offered.size()));
            for (int i = 0; i < offered.size() && i < k; i++) {
                long[] o = offered.get(i);
                out.add(new Candidate((int) o[1], Float.intBitsToFloat((int) (o[0] >>> 32))));
            }
            return out;
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
                    expected *= (frequency(reader, EntryKeys.phonetic(key)) + 0.5) / n;
                }
                return expected;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document frequency of a key, remembered per reader (a reader never changes). */
    private int frequency(IndexReader reader, String term) throws IOException {
        if (frequencyReader != reader) {
            synchronized (this) {
                if (frequencyReader != reader) {
                    frequencies = new ConcurrentHashMap<>();
                    frequencyReader = reader;
                }
            }
        }
        Map<String, Integer> cache = frequencies;
        Integer df = cache.get(term);
        if (df == null) {
            df = reader.docFreq(new Term(KEYS, term));
            if (cache.size() < 200_000) {
                cache.put(term, df);
            }
        }
        return df;
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
