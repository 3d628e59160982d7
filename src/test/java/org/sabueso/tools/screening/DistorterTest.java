package org.sabueso.tools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.shared.Folding;
import org.sabueso.tools.screening.Distorter.Kind;

/**
 * The bench's variant kinds write what they say, only where they can (a married name only for a
 * woman, a pet form only for a name that has one), the same for the same seed; and the kinds of
 * before issue 14 draw as they did.
 */
class DistorterTest {

    private static BenchPopulation.Person person(List<String> given, String s1, String s2, boolean female) {
        return new BenchPopulation.Person(given, s1, s2, null, 1980, 5, 20, 5, 20, "VE", null, female);
    }

    private static final BenchPopulation.Person LUCY = person(List.of("Lucy", "Amparo"), "Vargas", "Núñez", true);
    private static final BenchPopulation.Person RICARDO = person(List.of("Ricardo", "José"), "Linares", "Reyes", false);

    /** A source for each n: consecutive small seeds give java.util.Random nearly the same first draw. */
    private static Random random(int n) {
        return new Random(n * 0x9E3779B97F4A7C15L + 17);
    }

    /** Queries of one kind only, made with many seeds, their names folded to plain upper case. */
    private static List<String> names(BenchPopulation.Person p, Kind kind, int n) {
        List<String> out = new ArrayList<>();
        for (int seed = 0; seed < n; seed++) {
            Distorter.Distorted d = new Distorter(random(seed)).distort(p, EnumSet.of(kind));
            if (d.kinds().isEmpty()) {
                // with only a year of birth a query keeps every word of the name
                assertThat(kind).isIn(Kind.FIRST_GIVEN_DROPPED, Kind.SECOND_GIVEN_DROPPED, Kind.SECOND_SURNAME_DROPPED);
                assertThat(d.request().birthDate()).hasSize(4);
                continue;
            }
            assertThat(d.kinds()).as("seed %d", seed).containsExactly(kind);
            out.add(Folding.plain(d.request().name()).toUpperCase(Locale.ROOT));
        }
        return out;
    }

    @Test
    void a_married_name_adds_de_and_the_husbands_surname_with_or_without_her_own_second_surname() {
        List<String> names = names(LUCY, Kind.MARRIED_NAME, 60);
        assertThat(names).allMatch(n -> n.matches("(VARGAS( NUNEZ)? DE [A-Z]+, LUCY AMPARO|LUCY AMPARO VARGAS( NUNEZ)? DE [A-Z]+)"));
        assertThat(names).anyMatch(n -> n.startsWith("VARGAS DE "));
        assertThat(names).anyMatch(n -> n.startsWith("LUCY AMPARO VARGAS NUNEZ DE "));
        assertThat(names).noneMatch(n -> n.matches(".* DE (VARGAS|NUNEZ)\\b.*"));
    }

    @Test
    void a_married_name_is_made_only_for_a_woman() {
        BenchPopulation.Person man = person(List.of("Lucas"), "Vargas", "Núñez", false);
        for (int seed = 0; seed < 200; seed++) {
            Distorter.Distorted d = new Distorter(random(seed)).distort(man, EnumSet.of(Kind.MARRIED_NAME));
            assertThat(d.kinds()).isEmpty();
            assertThat(d.request().name().toUpperCase(Locale.ROOT)).doesNotContain(" DE ");
        }
        for (int seed = 0; seed < 200; seed++) {
            Distorter.Distorted d = new Distorter(random(seed)).distort(man, EnumSet.allOf(Kind.class));
            assertThat(d.kinds()).doesNotContain(Kind.MARRIED_NAME);
        }
    }

    @Test
    void given_names_reordered_dropped_or_another_middle_name() {
        assertThat(names(RICARDO, Kind.GIVEN_REORDERED, 20)).allMatch(n -> n.matches("(JOSE RICARDO LINARES REYES)"));
        assertThat(names(RICARDO, Kind.FIRST_GIVEN_DROPPED, 20)).isNotEmpty().allMatch(n -> n.equals("JOSE LINARES REYES"));
        assertThat(names(RICARDO, Kind.SECOND_GIVEN_OTHER, 40))
                .allMatch(n -> n.startsWith("RICARDO ") && n.endsWith(" LINARES REYES") && !n.contains("JOSE"));
        BenchPopulation.Person single = person(List.of("Omar"), "Zabala", "Padilla", false);
        assertThat(names(single, Kind.SECOND_GIVEN_OTHER, 20)).allMatch(n -> n.matches("OMAR [A-Z]+ ZABALA PADILLA"));
    }

    @Test
    void another_second_surname_keeps_the_first() {
        assertThat(names(RICARDO, Kind.SECOND_SURNAME_OTHER, 40))
                .allMatch(n -> n.matches("RICARDO JOSE LINARES [A-Z]+") && !n.endsWith(" REYES"));
    }

    @Test
    void particles_are_fused_and_split_as_records_do() {
        BenchPopulation.Person malherbe = person(List.of("Pedro"), "Malherbe", "de León", false);
        assertThat(names(malherbe, Kind.PARTICLE_FUSED, 10)).allMatch(n -> n.equals("PEDRO MALHERBE DELEON"));
        BenchPopulation.Person laredo = person(List.of("Pedro"), "Laredo", "Donjuan", false);
        assertThat(names(laredo, Kind.PARTICLE_SPLIT, 10)).allMatch(n -> n.equals("PEDRO LAREDO DON JUAN"));
        for (int seed = 0; seed < 50; seed++) {
            assertThat(new Distorter(random(seed)).distort(RICARDO, EnumSet.of(Kind.PARTICLE_FUSED, Kind.PARTICLE_SPLIT))
                    .kinds()).isEmpty();
        }
    }

    @Test
    void abbreviations_and_the_junior_suffix() {
        BenchPopulation.Person maria = person(List.of("María", "Icela"), "Meza", "Ortiz", true);
        assertThat(names(maria, Kind.ABBREVIATION, 30)).allMatch(n -> n.matches("(MA\\.|MA|Mª) ICELA MEZA ORTIZ"));
        BenchPopulation.Person arturo = person(List.of("Arturo"), "Meza", "Ortiz", false);
        assertThat(names(arturo, Kind.ABBREVIATION, 10)).allMatch(n -> n.matches("ARTURO MEZA ORTIZ (JR\\.?)"));
        BenchPopulation.Person francisco = person(List.of("Francisco"), "Meza", "Ortiz", false);
        assertThat(names(francisco, Kind.ABBREVIATION, 40)).contains("FCO. MEZA ORTIZ", "FRANCISCO MEZA ORTIZ JR.");
    }

    @Test
    void a_pet_form_only_for_a_name_that_has_one() {
        BenchPopulation.Person jose = person(List.of("José"), "Pérez", "Rojas", false);
        assertThat(names(jose, Kind.HYPOCORISM, 40)).allMatch(n -> n.matches("(PEPE|CHEO|CHEPE) PEREZ ROJAS")).contains("PEPE PEREZ ROJAS");
        BenchPopulation.Person lupe = person(List.of("Guadalupe"), "Pérez", "Rojas", true);
        assertThat(names(lupe, Kind.HYPOCORISM, 20)).allMatch(n -> n.matches("(LUPE|LUPITA) PEREZ ROJAS"));
        BenchPopulation.Person omar = person(List.of("Omar"), "Pérez", "Rojas", false);
        assertThat(new Distorter(new Random(1)).distort(omar, EnumSet.of(Kind.HYPOCORISM)).kinds()).isEmpty();
    }

    @Test
    void names_of_arabic_origin_take_their_recorded_romanisations() {
        BenchPopulation.Person walid = person(List.of("Walid"), "Makled", "García", false);
        List<String> names = names(walid, Kind.ARABIC_ORIGIN, 60);
        assertThat(names).allMatch(n -> n.matches("(WALID (MAKHLED|MAQLED|MAKLED GARCIA)|(VALED|VALID|WALEED|UALID|OUALID) MAKLED) GARCIA"))
                .contains("VALED MAKLED GARCIA");
        BenchPopulation.Person aulaqi = person(List.of("Anwar"), "Aulaqi", null, false);
        assertThat(names(aulaqi, Kind.ARABIC_ORIGIN, 30)).contains("ANWAR AL-AULAQI");
        assertThat(new Distorter(new Random(1)).distort(RICARDO, EnumSet.of(Kind.ARABIC_ORIGIN)).kinds()).isEmpty();
    }

    @Test
    void two_slips_in_a_long_word() {
        for (String n : names(RICARDO, Kind.TWO_EDITS_LONG, 40)) {
            String[] words = n.split(" ");
            assertThat(words).hasSize(4);
            assertThat(NameVariants.distance(words[0] + words[2], "RICARDOLINARES")).as(n).isEqualTo(2);
        }
        assertThat(NameVariants.twoEdits("Linares", new Random(3))).isNotEqualTo("Linares");
        BenchPopulation.Person shortNames = person(List.of("Ana"), "Gil", "Soto", true);
        assertThat(new Distorter(new Random(1)).distort(shortNames, EnumSet.of(Kind.TWO_EDITS_LONG)).kinds()).isEmpty();
    }

    @Test
    void the_same_seed_gives_the_same_queries_and_a_query_carries_one_to_three_kinds() {
        BenchPopulation population = new BenchPopulation(99);
        List<BenchPopulation.Person> people = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            people.add(population.person());
        }
        List<ScreeningBench.Labelled> a = ScreeningBench.queries(new BenchPopulation(5), people, 3_000, 42, EnumSet.allOf(Kind.class));
        List<ScreeningBench.Labelled> b = ScreeningBench.queries(new BenchPopulation(5), people, 3_000, 42, EnumSet.allOf(Kind.class));
        assertThat(a).isEqualTo(b);
        Map<Kind, Integer> seen = new EnumMap<>(Kind.class);
        for (ScreeningBench.Labelled l : a) {
            if (l.truth() != null) {
                assertThat(l.kinds().size()).isBetween(0, 3);
                l.kinds().forEach(k -> seen.merge(k, 1, Integer::sum));
            } else {
                assertThat(l.kinds()).isEmpty();
            }
        }
        // every kind occurs: the population holds the names each one needs
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Kind.class));
        assertThat(seen.get(Kind.ARABIC_ORIGIN)).isGreaterThan(20);
        assertThat(seen.get(Kind.PARTICLE_SPLIT)).isGreaterThan(20);
    }

    @Test
    void kinds_restricted_give_queries_that_carry_them() {
        BenchPopulation population = new BenchPopulation(99);
        List<BenchPopulation.Person> people = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            people.add(population.person());
        }
        Set<Kind> only = EnumSet.of(Kind.MARRIED_NAME, Kind.HYPOCORISM);
        for (ScreeningBench.Labelled l : ScreeningBench.queries(new BenchPopulation(5), people, 500, 1, only)) {
            if (l.truth() != null) {
                assertThat(l.kinds()).isNotEmpty().isSubsetOf(only);
            }
        }
    }

    @Test
    void the_kinds_before_issue_14_draw_as_they_did() {
        BenchPopulation.Person p = new BenchPopulation.Person(List.of("Carlos", "José"), "Pérez", "Rodríguez", null, 1971, 10,
                17, 10, 17, "VE", "V-32.747.119");
        List<String> names = new ArrayList<>();
        Distorter old = new Distorter(new Random(20230920));
        for (int i = 0; i < 6; i++) {
            ScreeningRequest r = old.distort(p);
            names.add(r.name() + " | " + r.birthDate());
        }
        assertThat(names).containsExactlyElementsOf(LEGACY_SAMPLE);
    }

    /** Written down from the Distorter of commit 5893bde (before issue 14's kinds) with the same seed and person. */
    private static final List<String> LEGACY_SAMPLE = List.of(
            "Carlos José Pérez Rodríguez | 1970",
            "Carlos J. Péres Rodríguez | 1971",
            "Pérez Rodríguez, Carlos José | 1970",
            "Pérez Rodríguez, Carlos | 1971-10-17",
            "CARLOS JOSE PEREZ-RODRIGUEZ | 1971-10-17",
            "CARLOS J. PEREZ-RODRIGUEZ | 1971");
}
