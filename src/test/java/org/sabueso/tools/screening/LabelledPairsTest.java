package org.sabueso.tools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sabueso.screening.ScreeningRequest;

class LabelledPairsTest {

    private static LabelledPairs.Read read(String... lines) throws Exception {
        return LabelledPairs.read(new BufferedReader(new StringReader(String.join("\n", lines))), Integer.MAX_VALUE);
    }

    @Test
    void a_pair_of_persons_becomes_what_the_compare_endpoint_takes() throws Exception {
        LabelledPairs.Read read = read("""
                {"judgement":"positive","left":{"id":"l","schema":"Person","properties":{"name":["Ayman Saied Jomaa","Ayman Joumaa"],\
                "birthDate":["1964-10-22T00:00:00"],"nationality":["suhh","co"],"passportNumber":["AB123456"],"idNumber":["V-16.555.321"]}},\
                "right":{"id":"r","schema":"Person","properties":{"firstName":["Ayman"],"lastName":["Joumaa"],"birthDate":["1964"]}}}""");

        assertThat(read.pairs()).hasSize(1);
        LabelledPairs.Pair p = read.pairs().getFirst();
        assertThat(p.same()).isTrue();
        assertThat(p.line()).isEqualTo(1);
        // the first name, the date part, the first nationality with an ISO code (FtM's "suhh" is none)
        assertThat(p.a().name()).isEqualTo("Ayman Saied Jomaa");
        assertThat(p.a().birthDate()).isEqualTo("1964-10-22");
        assertThat(p.a().nationality()).isEqualTo("CO");
        assertThat(p.a().documents()).containsExactly(new ScreeningRequest.Document("PASSPORT", "AB123456", null),
                new ScreeningRequest.Document("ID", "V-16.555.321", null));
        // a name given in parts only
        assertThat(p.b().name()).isEqualTo("Ayman Joumaa");
        assertThat(p.b().birthDate()).isEqualTo("1964");
        assertThat(p.b().nationality()).isNull();
        assertThat(p.b().documents()).isEmpty();
    }

    @Test
    void companies_undecided_pairs_broken_lines_and_nameless_people_are_left_out_and_counted() throws Exception {
        LabelledPairs.Read read = read(
                "{\"judgement\":\"positive\",\"left\":{\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}},"
                        + "\"right\":{\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}}}",
                "{\"judgement\":\"unsure\",\"left\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Juan Pérez\"]}},"
                        + "\"right\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Juan Peres\"]}}}",
                "{\"judgement\":\"negative\",\"left\":\u0000",
                "",
                "{\"judgement\":\"negative\",\"left\":{\"schema\":\"Person\",\"properties\":{}},"
                        + "\"right\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Juan Peres\"]}}}",
                "{\"judgement\":\"negative\",\"left\":\"Juan\",\"right\":{}}",
                "{\"judgement\":\"negative\",\"left\":{\"schema\":\"Person\",\"properties\":{\"name\":\"Juan Pérez\","
                        + "\"birthDate\":[\"circa 1970\"]}},\"right\":{\"schema\":\"Person\",\"properties\":{\"name\":[\" \",\"Juana Pérez\"]}}}");

        assertThat(read.notPersons()).isEqualTo(1);
        assertThat(read.undecided()).isEqualTo(1);
        assertThat(read.unreadable()).isEqualTo(2);
        assertThat(read.withoutName()).isEqualTo(1);
        assertThat(read.pairs()).singleElement().satisfies(p -> {
            assertThat(p.same()).isFalse();
            assertThat(p.line()).isEqualTo(7);
            // a lone string is read as one value; a date that is none is dropped, a blank name skipped
            assertThat(p.a().name()).isEqualTo("Juan Pérez");
            assertThat(p.a().birthDate()).isNull();
            assertThat(p.b().name()).isEqualTo("Juana Pérez");
        });
    }

    @Test
    void dates_are_iso_prefixes_or_nothing() {
        assertThat(LabelledPairs.date("1983")).contains("1983");
        assertThat(LabelledPairs.date("1983-05")).contains("1983-05");
        assertThat(LabelledPairs.date("1983-05-16T00:00:00Z")).contains("1983-05-16");
        assertThat(LabelledPairs.date("16/05/1983")).isEmpty();
        assertThat(LabelledPairs.date("83")).isEmpty();
    }

    @Test
    void the_projects_own_sample_holds_both_judgements_and_reads_whole() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LabelledPairsTest.class.getResourceAsStream(CompareBench.SAMPLE), StandardCharsets.UTF_8))) {
            LabelledPairs.Read read = LabelledPairs.read(in, Integer.MAX_VALUE);
            List<LabelledPairs.Pair> pairs = read.pairs();
            assertThat(pairs).hasSizeGreaterThan(50);
            assertThat(pairs).anyMatch(LabelledPairs.Pair::same).anyMatch(p -> !p.same());
            assertThat(read.notPersons()).isEqualTo(1);
            assertThat(read.undecided()).isEqualTo(1);
            assertThat(read.unreadable()).isZero();
        }
    }

    @Test
    void the_tally_reads_precision_recall_and_f1() {
        PairTally t = new PairTally();
        t.add(true, true);
        t.add(true, true);
        t.add(true, false);
        t.add(false, true);
        t.add(false, false);
        assertThat(t.precision()).isEqualTo(2.0 / 3);
        assertThat(t.recall()).isEqualTo(2.0 / 3);
        assertThat(t.f1()).isEqualTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(t.line("")).startsWith("tp=2 fp=1 fn=1 tn=1 precision=0.6667 recall=0.6667 f1=0.6667");
        assertThat(new PairTally().f1()).isEqualTo(1.0);
    }
}
