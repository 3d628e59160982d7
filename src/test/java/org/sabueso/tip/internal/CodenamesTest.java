package org.sabueso.tip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CodenamesTest {

    @Test
    void a_codename_carries_at_least_80_bits() {
        assertThat(Codenames.listSize()).isEqualTo(2048);
        assertThat(Codenames.bits()).isGreaterThanOrEqualTo(80.0);
        assertThat(Codenames.generate(new SecureRandom()).split(" ")).hasSize(Codenames.WORDS);
    }

    @Test
    void codenames_do_not_repeat_in_a_hundred_thousand() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(Codenames.generate(random))).isTrue();
        }
    }

    @Test
    void what_the_tipster_types_back_is_read_forgivingly() {
        long seed = new Random().nextLong();
        System.out.println("CodenamesTest seed " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            String codename = Codenames.generate(new SecureRandom());
            assertThat(Codenames.canonical(codename)).contains(codename);
            String shouted = java.text.Normalizer.normalize(codename, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replace(" ", random.nextBoolean() ? "  -  " : "\n");
            assertThat(Codenames.canonical(shouted)).as("seed %d: %s", seed, shouted).contains(codename);
            StringBuilder prefixes = new StringBuilder();
            for (String w : codename.split(" ")) {
                prefixes.append(w, 0, Math.min(w.length(), 4)).append(' ');
            }
            assertThat(Codenames.canonical(prefixes.toString())).as("seed %d: %s", seed, prefixes).contains(codename);
        }
    }

    @Test
    void anything_else_is_no_codename() {
        String codename = Codenames.generate(new SecureRandom());
        String[] words = codename.split(" ");
        assertThat(Codenames.canonical(String.join(" ", java.util.Arrays.copyOf(words, 7)))).isEmpty();
        assertThat(Codenames.canonical(codename + " " + words[0])).isEmpty();
        assertThat(Codenames.canonical("zzzz " + codename.substring(codename.indexOf(' ') + 1))).isEmpty();
        assertThat(Codenames.canonical("' OR 1=1 --")).isEmpty();
        assertThat(Codenames.canonical(null)).isEmpty();
        assertThat(Codenames.canonical("a".repeat(100_000))).isEmpty();
        assertThat(Codenames.canonical("")).isEmpty();
    }
}
