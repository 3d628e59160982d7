package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.Thresholds;

/**
 * Candidate generation in the index, then scoring in memory, then the namesake rule, then the
 * thresholds. Independent of Spring and of the web: the benchmark drives it directly.
 */
final class ScreeningEngine {

    /**
     * Above this chance that someone else with the name (and birth year) is the one meant, a name
     * alone is not a MATCH.
     */
    static final double COMMON_NAME = 0.05;

    /** How many candidates the index hands to the scorer. */
    static final int CANDIDATES = 96;

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

    private record Scored(Entry entry, Scorer.Result result) {
    }

    List<ScoredHit> screen(Scorer.Query q, Viewer viewer, int limit) {
        String viewerKey = viewer.isPublic() ? "public" : viewer.agencyId() + "|" + viewer.country();
        List<ScreeningIndex.Candidate> candidates = index.candidates(q, viewerKey, slot -> {
            Entry e = index.entry(slot);
            return e != null && SharingPolicy.mayView(viewer, e);
        }, Math.max(CANDIDATES, limit * 4));
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (ScreeningIndex.Candidate c : candidates) {
            Entry e = index.entry(c.slot());
            if (e != null) {
                scored.add(new Scored(e, Scorer.score(q, e, false)));
            }
        }
        Thresholds t = thresholds;
        List<ScoredHit> hits = new ArrayList<>();
        for (Scored s : scored) {
            double score = s.result().score();
            if (t.decide(score) == null) {
                continue;
            }
            // worded only for candidates that may become hits
            List<Explanation> why = Scorer.score(q, s.entry(), true).explanation();
            if (score >= t.match() && !s.result().documentMatch()) {
                int namesakes = namesakes(s, scored);
                double bearers = index.expectedBearers(s.result().matched());
                double chance = bearers * s.result().date().chance();
                if (namesakes == 0 && chance > COMMON_NAME) {
                    score = Math.min(score, t.match() - 0.001);
                    why = new ArrayList<>(why);
                    why.add(new Explanation("namesakes", 0.0, String.format(java.util.Locale.ROOT,
                            "a common name: about %.0f people on the list bear it, so the chance that another of "
                                    + "that name has this birth date is too high (%.2f) for a match without a document",
                            Math.max(1, bearers), chance)));
                } else if (namesakes > 0) {
                    score = Math.min(score, t.match() - 0.001);
                    why = new ArrayList<>(why);
                    why.add(new Explanation("namesakes", 0.0, namesakes + " other wanted "
                            + (namesakes == 1 ? "person shares" : "people share")
                            + " this name and a compatible birth date: a document or full date of birth is needed for a match"));
                }
            }
            Decision d = t.decide(score);
            if (d != null) {
                hits.add(new ScoredHit(s.entry(), Scorer.round(score), d, why, s.result().score()));
            }
        }
        // capped hits keep the order their own evidence gives them
        hits.sort(Comparator.comparingDouble(ScoredHit::score).reversed()
                .thenComparing(Comparator.comparingDouble(ScoredHit::rawScore).reversed())
                .thenComparing(h -> h.entry().noticeId()));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    /**
     * Two agencies record the same fugitive as two persons: one document number in common, or the
     * same complete birth date, says it is one person (a link proposal), not a namesake.
     */
    private static boolean samePersonElsewhere(Entry a, Entry b) {
        if (a.birthDate() != null && a.birthDate().isComplete() && a.birthDate().equals(b.birthDate())) {
            return true;
        }
        for (Entry.Doc x : a.documents()) {
            for (Entry.Doc y : b.documents()) {
                if (Scorer.sameNumber(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Other people among the candidates whose name is as close and whose birth date agrees at least
     * as well: an exact date of birth is not doubted because of namesakes known only by their year.
     */
    private static int namesakes(Scored s, List<Scored> all) {
        UUID person = s.entry().personId();
        Set<UUID> others = new java.util.HashSet<>();
        for (Scored o : all) {
            if (!o.entry().personId().equals(person) && !samePersonElsewhere(s.entry(), o.entry())
                    && o.result().nameScore() >= 0.85
                    && o.result().nameScore() >= s.result().nameScore() - 0.05
                    && o.result().date() != Scorer.DateEvidence.CONFLICT
                    && o.result().date().ordinal() <= s.result().date().ordinal()) {
                others.add(o.entry().personId());
            }
        }
        return others.size();
    }
}
