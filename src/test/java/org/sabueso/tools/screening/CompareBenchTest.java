package org.sabueso.tools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sabueso.IntegrationTest;

/** {@code bench compare} against the test service's compare endpoint, with the project's own labelled pairs. */
class CompareBenchTest extends IntegrationTest {

    private static final Pattern LAST = Pattern.compile(
            "compare: pairs=(\\d+) same=(\\d+) different=(\\d+) tp=(\\d+) fp=(\\d+) fn=(\\d+) tn=(\\d+) "
                    + "precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+) refused=(\\d+)");

    private record Out(int code, String text) {
        String lastLine() {
            String[] lines = text.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Out run(CompareBench bench) throws Exception {
        bench.url = "http://localhost:" + port;
        bench.user = "pe.analyst";
        bench.password = PASSWORD;
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = bench.run(null);
            return new Out(code, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(before);
        }
    }

    @Test
    void the_sample_is_judged_through_the_endpoint_and_the_last_line_adds_up() throws Exception {
        Out out = run(new CompareBench());

        assertThat(out.code()).isZero();
        Matcher m = LAST.matcher(out.lastLine());
        assertThat(m.matches()).as(out.text()).isTrue();
        int pairs = Integer.parseInt(m.group(1));
        int same = Integer.parseInt(m.group(2));
        int tp = Integer.parseInt(m.group(4));
        int fp = Integer.parseInt(m.group(5));
        int fn = Integer.parseInt(m.group(6));
        int tn = Integer.parseInt(m.group(7));
        assertThat(tp + fp + fn + tn).isEqualTo(pairs);
        assertThat(tp + fn).isEqualTo(same);
        assertThat(m.group(11)).isEqualTo("0");
        // the project's own pairs, not a held-out measure: a floor that catches a scorer gone wrong
        assertThat(Double.parseDouble(m.group(10))).isGreaterThan(0.8);
        assertThat(out.text()).contains("compare-at-match: tp=");
    }

    @Test
    void a_file_of_pairs_is_read_and_wrong_answers_are_explained() throws Exception {
        CompareBench bench = new CompareBench();
        bench.pairs = dir.resolve("pairs.ndjson");
        Files.writeString(bench.pairs, """
                {"judgement":"negative","left":{"schema":"Person","properties":{"name":["Héctor Rusthenford Guerrero Flores"],"birthDate":["1983-05-16"]}},"right":{"schema":"Person","properties":{"name":["Héctor Rusthenford Guerrero Flores"],"birthDate":["1983-05-16"]}}}
                {"judgement":"positive","left":{"schema":"Person","properties":{"name":["Ana Quintero"]}},"right":{"schema":"Person","properties":{"name":["<script>alert(1)</script>"]}}}
                """, StandardCharsets.UTF_8);
        bench.explain = 5;

        Out out = run(bench);

        // both labels are deliberately wrong for the names: each answer is counted against its label
        assertThat(out.lastLine()).startsWith("compare: pairs=2 same=1 different=1 tp=0 fp=1 fn=1 tn=0 ");
        assertThat(out.text()).contains("line 1 labelled different").contains("line 2 labelled same");
    }

    @TempDir
    Path dir;
}
