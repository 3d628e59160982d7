package org.sabueso.screening.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.screening.internal.matching.Entries;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.shared.PartialDate;

/**
 * The name rules' variants must be found by the index, not only scored: among crowds that share
 * the variant's common words (hundreds of "Pedro Laredo", of "Anwar", of "Mendoza"), each notice
 * must come in among the candidates through the rule's own keys.
 */
class RuleKeysTest {

    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te", "vi", "zo"};

    /** A made-up word no rule reads as anything else. */
    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1) + "x";
    }

    private int next;

    private Entry entry(String given, String first, String second) {
        int i = next++;
        return CandidateGenerationTest.entry(i, given, first, second, new PartialDate(1960 + i % 30, null, null), true);
    }

    @Test
    void variants_of_the_rules_come_in_among_crowds_of_namesakes() throws Exception {
        Random random = new Random(5);
        List<Entry> entries = new ArrayList<>();
        // the crowds: each shares the common words of one case
        for (int i = 0; i < 700; i++) {
            entries.add(entry("Pedro", "Laredo", word(random)));
            entries.add(entry("Anwar", word(random), null));
            entries.add(entry(word(random), "Mendoza", word(random)));
            entries.add(entry("José", word(random), word(random)));
            entries.add(entry("Luis", word(random), "Soto"));
            entries.add(entry("Ana", "Malherbe", word(random)));
        }
        Entry donJuan = entry("Pedro", "Laredo", "Don Juan");
        Entry donjuan = entry("Pedro", "Laredo", "Donjuan");
        Entry alaulaqi = entry("Anwar", "Alaulaqi", null);
        Entry aulaqi = entry("Anwar", "Aulaqi", null);
        Entry jose = entry("José", "Mendoza", "Ríos");
        Entry pepe = entry("Pepe", "Mendoza", "Ríos");
        Entry delacruz = entry("Luis", "Delacruz", "Soto");
        Entry deleon = entry("Ana", "Malherbe", "De León");
        List<Entry> targets = List.of(donJuan, donjuan, alaulaqi, aulaqi, jose, pepe, delacruz, deleon);
        entries.addAll(targets);
        String[][] cases = {
                {"Pedro Laredo Donjuan", donJuan.noticeId().toString()},
                {"LAREDO DON JUAN, Pedro", donjuan.noticeId().toString()},
                {"Anwar Al-Aulaqi", alaulaqi.noticeId().toString()},
                {"Anwar Alaulaqi", aulaqi.noticeId().toString()},
                {"Pepe Mendoza Ríos", jose.noticeId().toString()},
                {"José Mendoza Ríos", pepe.noticeId().toString()},
                {"Luis de la Cruz Soto", delacruz.noticeId().toString()},
                {"MALHERBE DELEON, Ana", deleon.noticeId().toString()}};
        try (ScreeningIndex index = new ScreeningIndex(Files.createTempDirectory("rule-keys-test"))) {
            index.upsert(entries);
            index.refresh();
            for (String[] c : cases) {
                Query q = Entries.query(c[0], null, null, List.of());
                List<UUID> got = index.candidates(q, new SharingPolicy.VisibilityKey(false, "test-all", null), slot -> true, 20)
                        .stream().map(x -> index.entry(x.slot()).noticeId()).toList();
                assertThat(got).as(c[0]).contains(UUID.fromString(c[1]));
            }
        }
    }
}
