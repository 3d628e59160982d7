package org.sabueso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Document numbers look as each country writes them, and check digits are right. */
class IdentityNumbersTests {

    private final SplittableRandom random = new SplittableRandom(7);

    @Test
    void chilean_check_digits_are_computed_modulo_11() {
        assertThat(IdentityNumbers.chileanCheckDigit(12_345_678)).isEqualTo('5');
        assertThat(IdentityNumbers.chileanCheckDigit(11_111_111)).isEqualTo('1');
        assertThat(IdentityNumbers.chileanCheckDigit(6)).isEqualTo('K');
        assertThat(IdentityNumbers.chileanCheckDigit(10)).isEqualTo('8');
        assertThat(IdentityNumbers.isValidChileanRun("12.345.678-5")).isTrue();
        assertThat(IdentityNumbers.isValidChileanRun("12345678-5")).isTrue();
        assertThat(IdentityNumbers.isValidChileanRun("12.345.678-4")).isFalse();
        assertThat(IdentityNumbers.isValidChileanRun("6-k")).isTrue();
        assertThat(IdentityNumbers.isValidChileanRun("12.345.678")).isFalse();
    }

    @Test
    void generated_chilean_runs_are_valid_and_written_with_dots() {
        for (int i = 0; i < 10_000; i++) {
            String run = IdentityNumbers.chileanRun(random, 1960 + i % 45, i % 3 == 0);
            assertThat(run).matches("\\d{1,2}\\.\\d{3}\\.\\d{3}-[0-9K]");
            assertThat(IdentityNumbers.isValidChileanRun(run)).as(run).isTrue();
        }
        assertThat(IdentityNumbers.chileanRun(random, 1990, true)).startsWith("2");
    }

    @Test
    void ecuadorian_cedulas_have_a_province_and_a_modulo_10_check_digit() {
        assertThat(IdentityNumbers.isValidEcuadorianCedula("1710034065")).isTrue();
        assertThat(IdentityNumbers.isValidEcuadorianCedula("1710034064")).isFalse();
        assertThat(IdentityNumbers.isValidEcuadorianCedula("9910034065")).isFalse();
        for (int i = 0; i < 10_000; i++) {
            String cedula = IdentityNumbers.ecuadorianCedula(random);
            assertThat(IdentityNumbers.isValidEcuadorianCedula(cedula)).as(cedula).isTrue();
        }
    }

    @Test
    void venezuelan_cedulas_follow_the_birth_year() {
        assertThat(IdentityNumbers.venezuelanCedula(random, 1990, false)).matches("V-\\d{1,2}\\.\\d{3}\\.\\d{3}");
        assertThat(IdentityNumbers.venezuelanCedula(random, 1990, true)).matches("E-8\\d\\.\\d{3}\\.\\d{3}");
        long older = number(IdentityNumbers.venezuelanCedula(random, 1965, false));
        long younger = number(IdentityNumbers.venezuelanCedula(random, 2000, false));
        assertThat(older).isBetween(2_000_000L, 9_000_000L);
        assertThat(younger).isBetween(26_000_000L, 33_500_000L);
    }

    @Test
    void colombian_peruvian_and_passport_numbers_have_their_lengths() {
        assertThat(IdentityNumbers.colombianCedula(random, 1975)).matches("\\d{2}\\.\\d{3}\\.\\d{3}");
        assertThat(IdentityNumbers.colombianCedula(random, 1995)).matches("1\\.[01]\\d{2}\\.\\d{3}\\.\\d{3}");
        assertThat(IdentityNumbers.peruvianDni(random, 1990)).matches("[4-7]\\d{7}");
        assertThat(IdentityNumbers.peruvianDni(random, 1960)).matches("[0-2]\\d{7}");
        assertThat(IdentityNumbers.peruvianForeignerCard(random)).matches("00\\d{7}");
        assertThat(IdentityNumbers.venezuelanPassport(random)).matches("1\\d{8}");
    }

    @Test
    void thousands_are_grouped_with_dots() {
        assertThat(IdentityNumbers.grouped(12_345_678)).isEqualTo("12.345.678");
        assertThat(IdentityNumbers.grouped(1_023_456_789)).isEqualTo("1.023.456.789");
        assertThat(IdentityNumbers.grouped(999)).isEqualTo("999");
    }

    private static long number(String written) {
        return Long.parseLong(written.replaceAll("\\D", ""));
    }
}
