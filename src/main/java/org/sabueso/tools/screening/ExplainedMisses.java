package org.sabueso.tools.screening;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.sabueso.agency.Viewer;
import org.sabueso.screening.Decision;
import org.sabueso.screening.internal.EngineProbe;

/**
 * {@code bench screening --explain N}: the first N false matches and misses with their
 * explanations (for a miss, whether the engine retrieved the person as a candidate, at what rank,
 * and the scores), and, counted over every query, why the wanted people found were POSSIBLE and
 * not MATCH.
 */
final class ExplainedMisses {

    private ExplainedMisses() {
    }

    /**
     * Prints false matches and misses with their explanations, to see where the engine fails, and
     * why the wanted people found were not a MATCH: their birth-date evidence and the doubt, if any.
     */
    static void print(EngineProbe engine, Viewer viewer, List<ScreeningBench.Labelled> queries,
                      List<BenchPopulation.Person> list, int n) {
        int falseMatches = 0;
        int misses = 0;
        Map<String, Integer> notMatch = new TreeMap<>();
        for (ScreeningBench.Labelled l : queries) {
            List<EngineProbe.Hit> hits = engine.screen(l.request(), viewer, 10);
            if (l.truth() != null) {
                hits.stream().filter(h -> h.noticeId().equals(l.truth()) && h.decision() == Decision.POSSIBLE).findFirst()
                        .ifPresent(h -> notMatch.merge(whyNotMatch(h), 1, Integer::sum));
            }
            if (falseMatches >= n && misses >= n) {
                continue;
            }
            String q = l.request().name() + " | " + l.request().birthDate() + " | " + l.request().nationality() + " | "
                    + l.request().documents();
            if (l.truth() == null) {
                for (EngineProbe.Hit h : hits) {
                    if (h.decision() == Decision.MATCH && falseMatches < n) {
                        falseMatches++;
                        System.out.println("FALSE MATCH  " + q + "\n   -> " + h.displayName() + " " + h.birthDate()
                                + " score=" + h.score() + " " + h.explanation());
                        break;
                    }
                }
            } else if (hits.stream().noneMatch(h -> h.noticeId().equals(l.truth())) && misses < n) {
                misses++;
                int k = (int) l.truth().getLeastSignificantBits();
                BenchPopulation.Person p = list.get(k);
                System.out.println("MISS  " + q + "\n   truth " + p.fullName() + " " + ScreeningBench.subject(p).birthDate()
                        + " alias=" + p.nickname() + " doc=" + p.document() + " kinds=" + l.kinds()
                        + "\n   got " + hits.stream()
                        .map(h -> h.displayName() + " " + h.birthDate() + " " + h.score()).toList());
                EngineProbe.Diagnosis d = engine.diagnose(l.request(), viewer, l.truth(), 10);
                System.out.println("   truth " + (d.candidateRank() < 0 ? "NOT RETRIEVED" : "candidate #" + d.candidateRank())
                        + " of " + d.candidates() + ", own score " + d.score() + " " + d.explanation().stream()
                        .map(x -> x.detail()).toList() + "\n   keys " + d.keyScore() + " vs last candidate "
                        + d.lastCandidateKeyScore() + " " + d.sharedKeys());
            }
        }
        notMatch.forEach((k, v) -> System.out.printf(Locale.ROOT, "POSSIBLE, not MATCH: %5d  %s%n", v, k));
    }

    /** The birth-date evidence of a POSSIBLE hit and what kept it below MATCH: a doubt, or the score itself. */
    private static String whyNotMatch(EngineProbe.Hit h) {
        String date = "birth-date.none";
        String doubt = "score " + (h.score() >= 0.8 ? "0.80-0.85" : h.score() >= 0.75 ? "0.75-0.80" : "0.70-0.75");
        for (var x : h.explanation()) {
            if (x.code().startsWith("birth-date.")) {
                date = x.code();
            }
            if (x.code().startsWith("namesakes.") || x.code().startsWith("evidence.")) {
                doubt = x.code();
            }
        }
        return date + " / " + doubt;
    }
}
