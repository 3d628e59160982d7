package org.sabueso.tools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's population is what its figures were measured on: the README's seed still gives
 * the persons the generator it replaced (screening.internal.NameGenerator) gave, here checked on a
 * few of them written down from that generator, the last after 100,000 draws.
 */
class BenchPopulationTest {

    @Test
    void the_benchmark_seed_gives_the_persons_it_was_measured_on() {
        BenchPopulation population = new BenchPopulation(20230920);
        List<BenchPopulation.Person> first = new ArrayList<>();
        BenchPopulation.Person last = null;
        for (int i = 0; i < 100_000; i++) {
            last = population.person();
            if (i < 3) {
                first.add(last);
            }
        }
        assertThat(first).containsExactly(
                new BenchPopulation.Person(List.of("Carmen"), "Gidapel", "Riagretrillo", null, 1979, 6, 16, 6, 16, "CO", null),
                new BenchPopulation.Person(List.of("Miguel"), "Lludoquillo", "Torres", null, 1957, 9, 13, 9, 13, "VE", null),
                new BenchPopulation.Person(List.of("Carlos", "José"), "Pérez", "Rodríguez", null, 1971, 10, 17, 10, 17, "VE",
                        "V-32.747.119"));
        assertThat(last).isEqualTo(new BenchPopulation.Person(List.of("José"), "Zemegales", "Suárez", "El Flaco Zemegales",
                1968, 8, 14, 8, null, "PE", "27533854"));
    }

    @Test
    void a_namesake_has_the_name_and_another_birth_year() {
        BenchPopulation population = new BenchPopulation(7);
        BenchPopulation.Person p = population.person();
        BenchPopulation.Person namesake = population.namesakeOf(p);
        assertThat(namesake.fullName()).isEqualTo(p.fullName());
        assertThat(Math.abs(namesake.year() - p.year())).isBetween(2, 15);
    }

    @Test
    void chilean_run_check_digits_follow_modulo_11() {
        assertThat(BenchPopulation.runCheckDigit(12_345_678)).isEqualTo("5");
        assertThat(BenchPopulation.runCheckDigit(11_111_111)).isEqualTo("1");
    }
}
