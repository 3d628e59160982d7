package org.sabueso.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Thresholds;
import org.sabueso.screening.internal.index.ScreeningIndex;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.Entries;
import org.sabueso.tools.screening.BenchPopulation;
import org.sabueso.tools.screening.ScreeningBench;

/**
 * A small run of the screening benchmark as a test: generated wanted persons with realistic name
 * frequencies, distorted queries with known truth, a quarter of them people not on the list.
 * The seed is fixed and printed so a failure can be replayed.
 */
class ScreeningEngineRandomizedTest {

    @Test
    void distorted_names_are_found_and_strangers_are_not_matched() throws Exception {
        long seed = Long.getLong("screening.seed", 4242L);
        System.out.println("ScreeningEngineRandomizedTest seed=" + seed);
        BenchPopulation generator = new BenchPopulation(seed);
        List<BenchPopulation.Person> list = new ArrayList<>();
        try (ScreeningIndex index = new ScreeningIndex(Files.createTempDirectory("screening-test"))) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                BenchPopulation.Person p = generator.person();
                list.add(p);
                entries.add(EngineProbe.entry(i, ScreeningBench.subject(p)));
            }
            index.upsert(entries);
            index.refresh();
            ScreeningEngine engine = new ScreeningEngine(index, Thresholds.DEFAULT);
            Viewer viewer = new Viewer("test", "BENCH", "VE", EnumSet.of(Role.BORDER_OFFICER));
            int positives = 0;
            int found = 0;
            int negatives = 0;
            int falseMatches = 0;
            for (ScreeningBench.Labelled l : ScreeningBench.queries(generator, list, 2_000, seed)) {
                var hits = engine.screen(ScreeningService.parse(l.request()).query(), viewer, 10);
                if (l.truth() != null) {
                    positives++;
                    if (hits.stream().anyMatch(h -> h.entry().noticeId().equals(l.truth()))) {
                        found++;
                    }
                } else {
                    negatives++;
                    if (hits.stream().anyMatch(h -> h.decision() == Decision.MATCH)) {
                        falseMatches++;
                    }
                }
            }
            double recall = (double) found / positives;
            double falseMatchRate = (double) falseMatches / negatives;
            System.out.printf("recall_at_10=%.4f false_match_rate=%.4f (%d positives, %d negatives)%n", recall,
                    falseMatchRate, positives, negatives);
            assertThat(recall).isGreaterThanOrEqualTo(0.99);
            assertThat(falseMatchRate).isLessThanOrEqualTo(0.01);
        }
    }
}
