package org.sabueso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PersonName;

/** Name frequencies look like real ones: a steep head, a long tail, each country its own. */
class HispanicNamesTests {

    private static final long SEED = 42;
    private static final int DRAWS = 200_000;

    private static Map<String, Integer> count(Function<SplittableRandom, String> draw) {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(draw.apply(random), 1, Integer::sum);
        }
        return counts;
    }

    private static List<Map.Entry<String, Integer>> byFrequency(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    }

    /** Least-squares slope of log(frequency) over log(rank) for the first {@code ranks} ranks. */
    private static double zipfSlope(List<Map.Entry<String, Integer>> ranked, int ranks) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int r = 1; r <= ranks; r++) {
            double x = Math.log(r);
            double y = Math.log(ranked.get(r - 1).getValue());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (ranks * sxy - sx * sy) / (ranks * sxx - sx * sx);
    }

    @Test
    void surnames_have_a_steep_head_and_a_long_tail() {
        for (CountryCode country : HispanicNames.COUNTRIES_COVERED) {
            HispanicNames names = HispanicNames.of(country);
            List<Map.Entry<String, Integer>> ranked = byFrequency(count(names::surname));
            double top = ranked.getFirst().getValue() / (double) DRAWS;
            double top10 = ranked.subList(0, 10).stream().mapToInt(Map.Entry::getValue).sum() / (double) DRAWS;
            assertThat(top).as("share of the most common surname in %s", country).isBetween(0.03, 0.09);
            assertThat(top10).as("share of the ten most common in %s", country).isBetween(0.2, 0.5);
            assertThat(zipfSlope(ranked, 40)).as("rank-frequency slope in %s", country).isBetween(-1.2, -0.5);
            assertThat(ranked.size()).as("distinct surnames in %s", country).isGreaterThan(100);
        }
    }

    @Test
    void each_country_has_its_own_most_common_surname() {
        Map<String, String> expected = Map.of("VE", "González", "CO", "Rodríguez", "PE", "Quispe", "CL", "González",
                "EC", "Zambrano");
        expected.forEach((cc, surname) -> {
            List<Map.Entry<String, Integer>> ranked = byFrequency(count(HispanicNames.of(new CountryCode(cc))::surname));
            assertThat(ranked.getFirst().getKey()).as(cc).isEqualTo(surname);
        });
        List<String> chileTop3 = byFrequency(count(HispanicNames.of(new CountryCode("CL"))::surname)).subList(0, 3)
                .stream().map(Map.Entry::getKey).toList();
        assertThat(chileTop3).containsExactly("González", "Muñoz", "Rojas");
    }

    @Test
    void jose_and_maria_lead_the_given_names_everywhere() {
        for (CountryCode country : HispanicNames.COUNTRIES_COVERED) {
            HispanicNames names = HispanicNames.of(country);
            Map<String, Integer> male = count(r -> names.givenNames(r, Sex.MALE).split(" ")[0]);
            Map<String, Integer> female = count(r -> names.givenNames(r, Sex.FEMALE).split(" ")[0]);
            assertThat(byFrequency(male).getFirst().getKey()).as(country.value()).isEqualTo("José");
            assertThat(byFrequency(female).getFirst().getKey()).as(country.value()).isEqualTo("María");
            assertThat(byFrequency(male).subList(0, 5).stream().map(Map.Entry::getKey))
                    .as(country.value()).contains("Luis", "Juan", "Carlos");
        }
    }

    @Test
    void about_six_in_ten_have_two_given_names_with_the_familiar_compounds_common() {
        HispanicNames names = HispanicNames.of(new CountryCode("VE"));
        Map<String, Integer> given = count(r -> names.givenNames(r, Sex.FEMALE));
        long compound = given.entrySet().stream().filter(e -> e.getKey().contains(" "))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(compound / (double) DRAWS).isBetween(0.5, 0.65);
        assertThat(byFrequency(given).subList(0, 5).stream().map(Map.Entry::getKey)).contains("María José");
        assertThat(names.maleNames().values().subList(0, 12)).contains("Yohan");
        assertThat(names.femaleNames().values()).contains("Andreina");
    }

    @Test
    void some_surnames_carry_particles_kept_apart_from_the_surname() {
        HispanicNames names = HispanicNames.of(new CountryCode("VE"));
        SplittableRandom random = new SplittableRandom(SEED);
        int withParticles = 0;
        int withoutSecond = 0;
        for (int i = 0; i < 10_000; i++) {
            PersonName n = names.personName(random, Sex.MALE);
            if (n.particles() != null) {
                withParticles++;
                assertThat(n.particles()).isIn("de", "de la", "de los", "del");
                assertThat(n.fullName()).contains(n.particles() + " " + n.firstSurname());
            }
            if (n.secondSurname() == null) {
                withoutSecond++;
            }
        }
        assertThat(withParticles).isBetween(150, 400);
        assertThat(withoutSecond).isBetween(600, 1100);
    }

    @Test
    void nicknames_include_pet_forms_of_the_given_name() {
        HispanicNames names = HispanicNames.of(new CountryCode("CO"));
        Map<String, Integer> nicknames = count(r -> names.nickname(r, Sex.MALE, "José Luis"));
        assertThat(nicknames.get("Cheo") / (double) DRAWS).isBetween(0.3, 0.4);
        assertThat(nicknames).containsKeys("El Paisa", "El Flaco").doesNotContainKey("El Gocho");
        assertThat(count(r -> names.nickname(r, Sex.FEMALE, "Ana")).keySet()).allMatch(n -> !n.startsWith("El "));
    }

    @Test
    void tables_report_the_share_each_value_gets() {
        RankedTable surnames = HispanicNames.of(new CountryCode("PE")).surnames();
        double sum = surnames.values().stream().mapToDouble(surnames::share).sum();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(surnames.share("Quispe")).isGreaterThan(surnames.share("Mamani"));
        assertThat(surnames.share("Smith")).isZero();
    }
}
