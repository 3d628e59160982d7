package org.sabueso.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The coded list: wordings become codes, labels follow the reader's language, words find codes in both. */
class OffencesTest {

    @Test
    void a_wording_of_the_region_becomes_its_code_accents_case_and_punctuation_ignored() {
        assertThat(Offences.code("EXTORSIÓN AGRAVADA")).isEqualTo("EXTORTION");
        assertThat(Offences.code("Tráfico ilícito de estupefacientes (Ley 20.000)")).isEqualTo("DRUG_TRAFFICKING");
        assertThat(Offences.code("kidnapping")).isEqualTo("KIDNAPPING");
        assertThat(Offences.code("EXTORTION")).isEqualTo("EXTORTION");
    }

    @Test
    void text_outside_the_list_is_kept_as_written() {
        assertThat(Offences.code("  Abigeato de llamas ")).isEqualTo("Abigeato de llamas");
        assertThat(Offences.label("Abigeato de llamas", Locale.ENGLISH)).isEqualTo("Abigeato de llamas");
        assertThat(Offences.codes(List.of("Homicidio", "asesinato", "Robo"))).containsExactly("HOMICIDE", "ROBBERY");
    }

    @Test
    void labels_follow_the_readers_language() {
        assertThat(Offences.label("KIDNAPPING", Locale.ENGLISH)).isEqualTo("Kidnapping");
        assertThat(Offences.label("KIDNAPPING", Locale.forLanguageTag("es"))).isEqualTo("Secuestro");
        assertThat(Offences.choices(Locale.ENGLISH)).extracting(Offences.Choice::label).contains("Extortion")
                .doesNotContain("Extorsión");
    }

    @Test
    void a_searched_word_means_the_codes_whose_labels_it_starts_in_either_language() {
        assertThat(Offences.matching("extortion")).containsExactly("EXTORTION");
        assertThat(Offences.matching("Extorsión")).containsExactly("EXTORTION");
        assertThat(Offences.matching("traffick")).contains("DRUG_TRAFFICKING", "HUMAN_TRAFFICKING")
                .doesNotContain("EXTORTION");
        assertThat(Offences.matching("de")).isEmpty();
        assertThat(Offences.matching("\u0000\u202e<script>")).isEmpty();
    }

    @Test
    void every_code_has_a_label_in_both_languages() {
        for (String code : Offences.codes()) {
            assertThat(Offences.label(code, Locale.ROOT)).as(code).isNotBlank().isNotEqualTo(code);
            assertThat(Offences.label(code, Locale.ENGLISH)).as(code).isNotBlank().isNotEqualTo(code);
        }
    }
}
