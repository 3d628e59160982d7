package org.sabueso.screening.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sabueso.shared.PartialDate;
import org.sabueso.screening.internal.matching.Entry;

/**
 * What lets the index maintainer skip a write and a refresh: the index tells whether it holds a
 * notice's entry exactly as given (a copy of another node's notice moving between two open
 * statuses, or renewed, comes back as the same entry), and a change of anything the scorer reads
 * is not held.
 */
class IndexHoldsTest {

    @Test
    void the_index_holds_an_equal_entry_and_not_a_changed_or_unknown_one() throws Exception {
        Entry born1970 = CandidateGenerationTest.entry(1, "Yorman", "Quintana", "Marcano", new PartialDate(1970, 5, 2), true);
        Entry same = CandidateGenerationTest.entry(1, "Yorman", "Quintana", "Marcano", new PartialDate(1970, 5, 2), true);
        Entry renamed = CandidateGenerationTest.entry(1, "Yorman", "Quintana", "Bracho", new PartialDate(1970, 5, 2), true);
        Entry narrowed = CandidateGenerationTest.entry(1, "Yorman", "Quintana", "Marcano", new PartialDate(1970, 5, 2), false);
        Entry other = CandidateGenerationTest.entry(2, "Yorman", "Quintana", "Marcano", new PartialDate(1970, 5, 2), true);
        try (ScreeningIndex index = new ScreeningIndex(Files.createTempDirectory("holds-test"))) {
            assertThat(index.holds(born1970)).as("before it is written").isFalse();
            index.upsert(List.of(born1970));
            assertThat(index.holds(same)).isTrue();
            assertThat(index.holds(renamed)).isFalse();
            assertThat(index.holds(narrowed)).as("a narrowed scope").isFalse();
            assertThat(index.holds(other)).isFalse();

            index.upsert(List.of(renamed));
            assertThat(index.holds(renamed)).isTrue();
            assertThat(index.holds(born1970)).as("replaced").isFalse();
            index.remove(renamed.noticeId());
            assertThat(index.holds(renamed)).as("removed").isFalse();
        }
    }
}
