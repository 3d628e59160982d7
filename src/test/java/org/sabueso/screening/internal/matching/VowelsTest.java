package org.sabueso.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vowels-differ rule: Arabic names romanised by clerks who each supply their own vowels. */
class VowelsTest {

    @ParameterizedTest(name = "{0} and {1} are one name")
    @CsvSource({
            "youssef, yusuf", "yousef, yusuf", "youssef, yusef",
            "muhammad, mohamed", "mohammad, muhamed",
            "kareem, karim", "khaled, khalid", "abdoullah, abdallah",
            "nasrallah, nasrollah", "suleiman, sulayman"})
    void the_same_consonants_with_other_vowels_in_a_transliteration_are_one_name(String a, String b) {
        assertThat(Vowels.sameButVowels(a, b)).isTrue();
        assertThat(Vowels.sameButVowels(b, a)).as("symmetric").isTrue();
    }

    @ParameterizedTest(name = "{0} and {1} are two names")
    @CsvSource({
            // Spanish spelling writes its vowels: these are different surnames and names
            "salas, solis", "morales, morelos", "medina, madena",
            // the final vowel of a Spanish name says the sex
            "camilo, camila", "mario, maria", "julio, julia",
            // the vowels are in other places: two names, not two spellings of one
            "mahmoud, muhammad", "mahmoud, mohamed",
            // too few consonants to tell names apart by them
            "hassan, hussein", "husayn, husein", "omar, ammar",
            // other consonants
            "youssef, yunes", "walid, khalid"})
    void other_names_are_not_read_as_one(String a, String b) {
        assertThat(Vowels.sameButVowels(a, b)).isFalse();
        assertThat(Vowels.sameButVowels(b, a)).as("symmetric").isFalse();
    }

    @ParameterizedTest(name = "{0} is spelt as a transliteration: {1}")
    @CsvSource({"youssef, true", "muhammad, true", "khaled, true", "husayn, true", "kareem, true",
            "mohamed, false", "gonzalez, false", "guerrero, false", "carrillo, false", "reyes, false"})
    void a_transliteration_is_told_from_spanish_spelling(String word, boolean transliterated) {
        assertThat(Vowels.transliterated(word)).isEqualTo(transliterated);
    }
}
