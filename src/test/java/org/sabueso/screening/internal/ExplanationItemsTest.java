package org.sabueso.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sabueso.screening.Explanation;

/** Hits and links keep the engine's items as they were given: codes, arguments and scores come back unchanged. */
class ExplanationItemsTest {

    @Test
    void items_come_back_with_their_codes_arguments_and_scores() {
        List<Explanation> items = List.of(
                new Explanation("name", 0.96, "GUERRERO = GUERRERO", "name.words", Arrays.asList("GUERRERO", null, 0.96)),
                new Explanation("birthDate", Double.NaN, "different date of birth: 1983 / 1990", "birth-date.different",
                        List.of("1983", "1990")),
                new Explanation("nationality", 0.5, "nationality VE", "nationality.same", List.of("VE")));

        List<Explanation> back = ExplanationItems.read(ExplanationItems.json(items));

        assertThat(back).hasSize(3);
        assertThat(back.get(0).code()).isEqualTo("name.words");
        assertThat(back.get(0).args()).containsExactly("GUERRERO", null, 0.96);
        assertThat(back.get(0).score()).isEqualTo(0.96);
        assertThat(back.get(1).score()).as("no score stays no score").isNaN();
        assertThat(back.get(1).args()).containsExactly("1983", "1990");
        assertThat(back.get(2).detail()).isEqualTo("nationality VE");
    }

    @Test
    void a_row_written_before_items_were_stored_has_none() {
        assertThat(ExplanationItems.read(null)).isEmpty();
    }
}
