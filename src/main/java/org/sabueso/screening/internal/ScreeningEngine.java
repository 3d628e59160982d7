package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.Thresholds;
import org.sabueso.screening.internal.index.Candidate;
import org.sabueso.screening.internal.index.ScreeningIndex;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.EvidenceWeights;
import org.sabueso.screening.internal.matching.NamesakeRule;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.Scorer;
import org.sabueso.screening.internal.matching.Weights;

/**
 * Candidate generation in the index, then scoring in memory, then the namesake rule, then the
 * thresholds. Independent of Spring and of the web: the benchmark drives it directly. A newcomer
 * reads this first, then {@code matching.Scorer} and {@code index.ScreeningIndex}; the numbers are
 * in {@code matching.Weights}, {@code matching.EvidenceWeights} and docs/adr/0008-screening-engine.md.
 */
final class ScreeningEngine {

    private final ScreeningIndex index;
    private volatile Thresholds thresholds;

    ScreeningEngine(ScreeningIndex index, Thresholds thresholds) {
        this.index = index;
        this.thresholds = thresholds;
    }

    ScreeningIndex index() {
        return index;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    void thresholds(Thresholds t) {
        this.thresholds = t;
    }

    record ScoredHit(Entry entry, double score, Decision decision, List<Explanation> explanation, double rawScore) {
    }

    List<ScoredHit> screen(Query q, Viewer viewer, int limit) {
        return screen(q, viewer, limit, thresholds.possible());
    }

    /**
     * Screens with the list's lower bound at {@code threshold} instead of the configured POSSIBLE:
     * hits between the two are POSSIBLE, MATCH stays where it is configured (a bound above MATCH
     * lists only MATCHes).
     */
    List<ScoredHit> screen(Query q, Viewer viewer, int limit, double threshold) {
        // visibility inside the query: the policy decides per entry, cached per segment and key
        SharingPolicy.VisibilityKey key = SharingPolicy.visibilityKey(viewer);
        List<Candidate> candidates = index.candidates(q, key, slot -> {
            Entry e = index.entry(slot);
            return e != null && SharingPolicy.mayView(key, e);
        }, Math.max(Weights.CANDIDATES, limit * Weights.CANDIDATES_PER_HIT));
        List<NamesakeRule.Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Entry e = index.entry(c.slot());
            if (e != null) {
                scored.add(new NamesakeRule.Scored(e, Scorer.score(q, e, false)));
            }
        }
        Thresholds configured = thresholds;
        Thresholds t = new Thresholds(Math.max(configured.match(), threshold), threshold);
        List<ScoredHit> hits = new ArrayList<>();
        // many candidates share the first given name and surname ("José González"): one estimate each
        Map<String, Double> bearers = new HashMap<>();
        for (NamesakeRule.Scored s : scored) {
            // worded only for candidates that may become hits, or be kept for a rare name (judge)
            if (t.decide(s.result().score()) != null || NamesakeRule.mayBeRare(s) || rareFirstNames(s, bearers)) {
                ScoredHit h = judge(q, s, scored, t);
                if (h.decision() != null) {
                    hits.add(h);
                }
            }
        }
        // capped hits keep the order their own evidence gives them
        hits.sort(Comparator.comparingDouble(ScoredHit::score).reversed()
                .thenComparing(Comparator.comparingDouble(ScoredHit::rawScore).reversed())
                .thenComparing(h -> h.entry().noticeId()));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    /**
     * One record judged as a screening would judge it among no other candidates: the pairwise
     * compare. Its decision is null below POSSIBLE; the explanation is always written.
     */
    ScoredHit judge(Query q, Entry e) {
        NamesakeRule.Scored s = new NamesakeRule.Scored(e, Scorer.score(q, e, false));
        return judge(q, s, List.of(s), thresholds);
    }

    /**
     * Whether a candidate may be kept for its rare first given name and first surname: asked before
     * its explanation is written, because at a million notices most candidates have the two words
     * and an agreeing year, and wording each of them cost more than half again the CPU of a screening.
     */
    private boolean rareFirstNames(NamesakeRule.Scored s, Map<String, Double> bearers) {
        return NamesakeRule.mayHaveRareFirstNames(s) && bearers.computeIfAbsent(
                s.result().firstGiven() + ' ' + s.result().firstSurname(), k -> firstNamesBearers(s))
                <= EvidenceWeights.RARE_FIRST_NAMES_BEARERS;
    }

    private double firstNamesBearers(NamesakeRule.Scored s) {
        return index.expectedBearers(List.of(s.result().firstGiven(), s.result().firstSurname()));
    }

    /** A candidate's explanation, the namesake rule's doubt, and its decision (null: not a hit). */
    private ScoredHit judge(Query q, NamesakeRule.Scored s, List<NamesakeRule.Scored> all, Thresholds t) {
        double score = s.result().score();
        Explanation rare = null;
        if (t.decide(score) == null && NamesakeRule.mayBeRare(s)) {
            // a rare, close name pushed below by another birth date stays at the configured POSSIBLE
            rare = NamesakeRule.rareName(s, index.expectedBearers(s.result().matched()));
            if (rare != null) {
                score = Math.max(score, thresholds.possible());
            }
        }
        if (rare == null && t.decide(score) == null && NamesakeRule.mayHaveRareFirstNames(s)) {
            // a rare first given name and surname with an agreeing date, the rest differing, stays at the configured POSSIBLE
            rare = NamesakeRule.rareFirstNames(s, firstNamesBearers(s));
            if (rare != null) {
                score = Math.max(score, thresholds.possible());
            }
        }
        List<Explanation> why = Scorer.score(q, s.entry(), true).explanation();
        if (rare != null) {
            why = new ArrayList<>(why);
            why.add(rare);
        }
        if (score >= t.match() && !s.result().documentMatch()) {
            Explanation doubt = NamesakeRule.doubt(s, all, index.expectedBearers(s.result().matched()));
            if (doubt != null) {
                score = Math.min(score, t.match() - Weights.BELOW_MATCH);
                why = new ArrayList<>(why);
                why.add(doubt);
            }
        }
        return new ScoredHit(s.entry(), Scorer.round(score), t.decide(score), why, s.result().uncapped());
    }
}
