package org.sabueso.screening.internal;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.Thresholds;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;
import org.sabueso.screening.internal.matching.Entries;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.index.EntryKeys;
import org.sabueso.screening.internal.index.QueryKey;
import org.sabueso.screening.internal.index.ScreeningIndex;
import org.sabueso.screening.internal.matching.Weights;
import org.springframework.modulith.NamedInterface;

/**
 * The screening engine in this process, on an index of its own, for {@code bench screening}
 * ({@code org.sabueso.tools.screening}): the one type of the engine a tool may touch.
 *
 * <p>Why a probe and not the bench here: the bench is a tool (a generated population, a pg_trgm
 * baseline, a report) and lives with the tools; what it measures is the engine itself, whose
 * classes stay package-private. This type, a named interface of its own, lets the bench build an
 * index and screen through the very code the service runs, without opening the rest of the
 * module to other modules. Subjects are shared with every member agency, as notices on a
 * regional list are.
 */
@NamedInterface("bench")
public final class EngineProbe implements Closeable {

    /** Subjects are written to the index this many at a time, as the service's maintainer batches them. */
    private static final int BATCH = 10_000;

    /** A wanted person as the bench generated them; the birth date as the notice records it (may be partial). */
    public record Subject(List<String> given, String firstSurname, String secondSurname, String nickname,
                          PartialDate birthDate, String country, String document) {

        public String fullName() {
            String name = String.join(" ", given) + " " + firstSurname;
            return secondSurname == null ? name : name + " " + secondSurname;
        }
    }

    /** One candidate the engine returned, with its score and reasons. */
    public record Hit(UUID noticeId, Decision decision, double score, String displayName, PartialDate birthDate,
                      List<Explanation> explanation) {
    }

    private final ScreeningIndex index;
    private final ScreeningEngine engine;
    private final List<Entry> batch = new ArrayList<>(BATCH);

    /** An empty index in {@code folder} (a temporary one: the bench's subjects are not the service's notices). */
    public EngineProbe(Path folder, Thresholds thresholds) {
        this.index = new ScreeningIndex(folder);
        this.engine = new ScreeningEngine(index, thresholds);
    }

    /** The notice id the {@code i}-th subject is indexed under. */
    public static UUID noticeId(int i) {
        return new UUID(0x5AB0E50L, i);
    }

    /** Adds the {@code i}-th subject (written with the next full batch or at {@link #commit}). */
    public void add(int i, Subject subject) {
        batch.add(entry(i, subject));
        if (batch.size() == BATCH) {
            index.upsert(batch);
            batch.clear();
        }
    }

    /** Writes what is left and merges the index, as the service does after a rebuild. */
    public void commit() {
        index.upsert(batch);
        batch.clear();
        index.optimize();
    }

    /** Screens as {@code POST /api/v1/screenings} does, without the database, the audit and the hit records. */
    public List<Hit> screen(ScreeningRequest request, Viewer viewer, int limit) {
        var query = ScreeningService.parse(request).query();
        List<ScreeningEngine.ScoredHit> scored = request.threshold() == null ? engine.screen(query, viewer, limit)
                : engine.screen(query, viewer, limit, request.threshold());
        List<Hit> hits = new ArrayList<>(scored.size());
        for (ScreeningEngine.ScoredHit h : scored) {
            hits.add(new Hit(h.entry().noticeId(), h.decision(), h.score(), h.entry().displayName(), h.entry().birthDate(),
                    h.explanation()));
        }
        return hits;
    }

    /**
     * Why a wanted subject was missed: {@code candidateRank} is the notice's place among the
     * candidates the index handed to the scorer (-1: not retrieved at all); {@code score} and
     * {@code explanation} are what the scorer gives it, as if it had been retrieved.
     */
    public record Diagnosis(int candidateRank, int candidates, double score, List<Explanation> explanation,
                            float keyScore, float lastCandidateKeyScore, List<String> sharedKeys) {
    }

    /** How the engine treats {@code noticeId} for this request: retrieved or not, and its own score. */
    public Diagnosis diagnose(ScreeningRequest request, Viewer viewer, UUID noticeId, int limit) {
        var query = ScreeningService.parse(request).query();
        Integer slot = index.slotOf(noticeId);
        if (slot == null) {
            return new Diagnosis(-1, 0, 0, List.of(), 0, 0, List.of());
        }
        var candidates = index.candidates(query, SharingPolicy.visibilityKey(viewer), s -> true,
                Math.max(Weights.CANDIDATES, limit * Weights.CANDIDATES_PER_HIT));
        int rank = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).slot() == slot) {
                rank = i;
            }
        }
        ScreeningEngine.ScoredHit judged = engine.judge(query, index.entry(slot));
        // the key score the truth would have: the weights of the query keys its document holds
        Set<String> held = EntryKeys.of(index.entry(slot));
        float keyScore = 0;
        List<String> shared = new ArrayList<>();
        for (var k : index.keys(query)) {
            if (held.contains(k.term())) {
                keyScore += k.weight();
                shared.add(k.term() + "=" + Math.round(k.weight() * 10) / 10.0 + (k.kind() == QueryKey.Kind.FINDS ? "" : "/" + k.kind()));
            }
        }
        float last = candidates.isEmpty() ? 0 : candidates.getLast().keyScore();
        return new Diagnosis(rank, candidates.size(), judged.score(), judged.explanation(), keyScore, last, shared);
    }

    /** A name folded to the engine's tokens, joined by spaces: what the pg_trgm baseline compares. */
    public static String folded(String name) {
        return String.join(" ", NameKeys.tokens(name));
    }

    @Override
    public void close() {
        index.close();
    }

    /** The index entry of the {@code i}-th subject; every third one is urgent. */
    static Entry entry(int i, Subject s) {
        List<Entry.NameForm> names = new ArrayList<>(2);
        String first = String.join(" ", s.given());
        names.add(Entries.mainForm(s.fullName(), new PersonName(first, s.firstSurname(), s.secondSurname(), null)));
        if (s.nickname() != null) {
            names.add(Entry.NameForm.of(s.nickname(), List.of(), NameKeys.significant(NameKeys.tokens(s.nickname())), true));
        }
        List<Entry.Doc> docs = s.document() == null ? List.of() : List.of(Entries.doc("national_id", s.document(), s.country()));
        return new Entry(noticeId(i), new UUID(0xBE2L, i), "gen-" + i, s.fullName(), names, s.birthDate(),
                Set.of(s.country()), docs, "VE-CICPC", "VE", SharingScope.ALL_MEMBERS, Set.of(), true, true, i % 3 == 0);
    }
}
