package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The word lists BilingualPagesTest looks for come out of the bundles as they should. */
class LabelWordsTest {

    private final LabelWords words = LabelWords.fromBundles(I18nBundlesTest.I18N, List.of("Héctor Rusthenford Guerrero Flores"));

    @Test
    void a_word_only_spanish_values_use_is_spanish_and_one_only_english_values_use_is_english() {
        assertThat(words.spanishOnly()).contains("buscar", "contraseña", "delitos");
        assertThat(words.englishOnly()).contains("search", "password", "offences");
        assertThat(words.foreignIn("en", "Buscar por nombre")).containsExactly("buscar", "por", "nombre");
        assertThat(words.foreignIn("es", "Search by name")).containsExactly("search", "by", "name");
    }

    @Test
    void words_both_languages_use_proper_names_and_countries_are_in_neither_list() {
        assertThat(words.spanishOnly()).doesNotContain("sabueso", "choice", "number", "guerrero", "flores", "perú");
        assertThat(words.englishOnly()).doesNotContain("sabueso", "choice", "number", "guerrero", "peru");
    }

    @Test
    void usernames_references_and_numbers_are_no_words() {
        assertThat(LabelWords.words("ve.analyst VE-2023-0001 12 Avisos")).containsExactly("avisos");
    }
}
