package org.sabueso.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void folding_removes_accents_case_and_punctuation() {
        assertThat(NameKeys.tokens("HÉCTOR R. GUERRERO-FLORES")).containsExactly("hector", "r", "guerrero", "flores");
        assertThat(NameKeys.tokens("Núñez, María José")).containsExactly("nunez", "maria", "jose");
        assertThat(NameKeys.significant(NameKeys.tokens("Pérez de la Cruz"))).containsExactly("perez", "cruz");
    }

    @Test
    void spanish_spellings_of_one_sound_share_a_phonetic_key() {
        assertSame("wuilmer", "wilmer");
        assertSame("yonathan", "jonathan");
        assertSame("jhon", "john");
        assertSame("vasquez", "basques");
        assertSame("gonzalez", "gonzales");
        assertSame("guerrero", "guerero");
        assertSame("yesica", "jessica");
        assertSame("hernandez", "ernandes");
        assertSame("castillo", "castiyo");
        assertSame("quintero", "kintero");
    }

    @Test
    void different_names_keep_different_keys() {
        assertThat(NameKeys.phonetic("flores")).isNotEqualTo(NameKeys.phonetic("fuentes"));
        assertThat(NameKeys.phonetic("garcia")).isNotEqualTo(NameKeys.phonetic("garza"));
        assertThat(NameKeys.phonetic("perez")).isNotEqualTo(NameKeys.phonetic("paez"));
    }

    @Test
    void one_typo_leaves_a_shared_deletion_key() {
        List<String> pairs = List.of("rodriguez:rodirguez", "martinez:martnez", "guerrero:gurrero", "fernandez:fernandes");
        for (String pair : pairs) {
            String[] p = pair.split(":");
            String a = NameKeys.phonetic(p[0]);
            String b = NameKeys.phonetic(p[1]);
            boolean meet = a.equals(b) || NameKeys.deletions(a).contains(b) || NameKeys.deletions(b).contains(a)
                    || NameKeys.deletions(a).stream().anyMatch(NameKeys.deletions(b)::contains);
            assertThat(meet).as(pair).isTrue();
        }
    }

    @Test
    void document_numbers_are_normalised() {
        assertThat(NameKeys.documentNumber("V-12.345.678")).isEqualTo("12345678");
        assertThat(NameKeys.documentNumber("12345678")).isEqualTo("12345678");
        assertThat(NameKeys.documentNumber("E-81.234.567")).isEqualTo("81234567");
        assertThat(NameKeys.documentNumber("12.345.678-5")).isEqualTo("123456785");
        assertThat(NameKeys.documentNumber("pa 0012345")).isEqualTo("PA0012345");
    }

    private static void assertSame(String a, String b) {
        assertThat(NameKeys.phonetic(a)).as(a + " ~ " + b).isEqualTo(NameKeys.phonetic(b));
    }
}
