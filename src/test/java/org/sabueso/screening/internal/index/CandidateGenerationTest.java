package org.sabueso.screening.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.SharingScope;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.Entries;

/**
 * Candidate generation reads the rare keys of a query in full and only ranks by the common ones.
 * On a list where every key is rare that must give exactly the best candidates of a full count
 * over every entry; on a list crowded with namesakes the right one must still come in by its
 * birth date; and what the viewer may not see never comes in.
 */
class CandidateGenerationTest {

    private static final String[] GIVEN = {"José", "Luis", "María", "Carlos", "Ana", "Héctor", "Yolanda"};
    private static final String[] SURNAMES = {"González", "Guerrero", "Flores", "Pérez", "Peña", "Salas", "Zambrano"};

    static Entry entry(int i, String given, String first, String second, PartialDate born, boolean visible) {
        String full = given + " " + first + (second == null ? "" : " " + second);
        return new Entry(new UUID(7, i), new UUID(8, i), null, full,
                List.of(Entries.mainForm(full, new PersonName(given, first, second, null))), born, Set.of("VE"), List.of(),
                "VE-CICPC", "VE", visible ? SharingScope.ALL_MEMBERS : SharingScope.AGENCY, Set.of(), true, true, false);
    }

    /** The same weights summed over every entry's own keys: what a full disjunction would rank. */
    static List<UUID> exhaustive(ScreeningIndex index, List<Entry> entries, Query q, int k) {
        List<QueryKey> keys = index.keys(q);
        record Scored(Entry e, double score, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Set<String> held = EntryKeys.of(entries.get(i));
            double score = 0;
            boolean found = false;
            for (QueryKey key : keys) {
                if (held.contains(key.term())) {
                    score += key.weight();
                    found |= key.kind() != QueryKey.Kind.RANKS;
                }
            }
            if (found) {
                scored.add(new Scored(entries.get(i), score, i));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::order))
                .limit(k).map(s -> s.e().noticeId()).toList();
    }

    @Test
    void on_a_short_list_the_candidates_are_those_of_a_full_count() throws Exception {
        Random random = new Random(11);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            entries.add(entry(i, GIVEN[random.nextInt(GIVEN.length)], SURNAMES[random.nextInt(SURNAMES.length)],
                    random.nextBoolean() ? SURNAMES[random.nextInt(SURNAMES.length)] : null,
                    random.nextBoolean() ? new PartialDate(1960 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28))
                            : new PartialDate(1960 + random.nextInt(30), null, null), true));
        }
        try (ScreeningIndex index = new ScreeningIndex(Files.createTempDirectory("candidates-test"))) {
            index.upsert(entries);
            index.refresh();
            String[] queries = {"José González Peña", "Luis Guerero", "Maria Salas Flores", "Ana Zambrnao", "Héctor Pérez Pérez"};
            for (String name : queries) {
                for (PartialDate born : new PartialDate[] {null, new PartialDate(1970, null, null), new PartialDate(1975, 3, 11)}) {
                    Query q = Entries.query(name, born, null, List.of());
                    List<UUID> got = index.candidates(q, new SharingPolicy.VisibilityKey(false, "test-all", null), slot -> true, 20).stream()
                            .map(c -> index.entry(c.slot()).noticeId()).toList();
                    assertThat(got).as("%s born %s", name, born).isEqualTo(exhaustive(index, entries, q, 20));
                }
            }
        }
    }

    static Set<UUID> candidates(ScreeningIndex index, Query q, int k) {
        return index.candidates(q, new SharingPolicy.VisibilityKey(false, "test-all", null), slot -> true, k).stream()
                .map(c -> index.entry(c.slot()).noticeId()).collect(Collectors.toSet());
    }

    @Test
    void the_pair_with_the_year_outranks_a_third_word_of_namesakes_born_in_other_years() throws Exception {
        // "José González Rojas" born 1991 for José González García born 1991: 150 José González Rojas
        // born in other years share one word more, but not the year
        Random random = new Random(9);
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (; i < 150; i++) {
            entries.add(entry(i, "José", "González", "Rojas", new PartialDate(1950 + random.nextInt(36), 1 + random.nextInt(12),
                    1 + random.nextInt(28)), true));
        }
        Entry truth = entry(i, "José", "González", "García", new PartialDate(1991, 5, 24), true);
        entries.add(truth);
        try (ScreeningIndex index = new ScreeningIndex(Files.createTempDirectory("pair-year-test"))) {
            index.upsert(entries);
            index.refresh();
            Query q = Entries.query("José González Rojas", new PartialDate(1991, null, null), null, List.of());
            assertThat(candidates(index, q, 96)).contains(truth.noticeId());
        }
    }

    @Test
    void among_thousands_of_namesakes_the_one_born_that_day_comes_in() throws Exception {
        Random random = new Random(3);
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (; i < 6_000; i++) {
            entries.add(entry(i, "José", "González", SURNAMES[random.nextInt(SURNAMES.length)] + (char) ('a' + random.nextInt(26)),
                    new PartialDate(1950 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)), true));
        }
        Entry truth = entry(i++, "José", "González", "Peña", new PartialDate(1969, 3, 11), true);
        Entry hidden = entry(i, "José", "González", "Peña", new PartialDate(1969, 3, 11), false);
        entries.add(truth);
        entries.add(hidden);
        try (ScreeningIndex index = new ScreeningIndex(Files.createTempDirectory("namesakes-test"))) {
            index.upsert(entries);
            index.refresh();
            Query q = Entries.query("JOSE GONZALEZ-EPNA", new PartialDate(1969, 3, 11), null, List.of());
            Set<UUID> got = index.candidates(q, new SharingPolicy.VisibilityKey(false, "test-members-only", null), slot -> index.entry(slot).sharingScope() == SharingScope.ALL_MEMBERS, 96)
                    .stream().map(c -> index.entry(c.slot()).noticeId()).collect(Collectors.toSet());
            assertThat(got).hasSize(96).contains(truth.noticeId()).doesNotContain(hidden.noticeId());
        }
    }
}
