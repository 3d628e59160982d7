package org.sabueso.tools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.tools.screening.Distorter.Kind;

/** The by-kind report counts each query for wanted people under every kind it carries, and skips the others. */
class KindReportTest {

    private static ScreeningBench.Labelled query(UUID truth, Kind... kinds) {
        return new ScreeningBench.Labelled(new ScreeningRequest("x", null, null, List.of(), "benchmark", 10, null), truth,
                Set.of(kinds));
    }

    @Test
    void recall_and_match_rates_by_kind() {
        UUID id = UUID.randomUUID();
        List<ScreeningBench.Labelled> queries = List.of(
                query(id, Kind.MARRIED_NAME, Kind.TYPO),   // found, MATCH on the wanted person
                query(id, Kind.MARRIED_NAME),              // missed, MATCH on another
                query(id, Kind.TYPO),                      // found, no MATCH
                query(id),                                 // found, MATCH on the wanted person, no kind
                query(null));                              // a stranger answered MATCH: not in this report
        boolean[] found = {true, false, true, true, false};
        boolean[] wanted = {true, false, false, true, false};
        boolean[] wrong = {false, true, false, false, true};

        List<KindReport.Row> rows = KindReport.rows(queries, found, wanted, wrong);

        assertThat(rows).containsExactly(
                new KindReport.Row("all", 4, 0.75, 0.5, 0.25, 4, 0.75),
                new KindReport.Row("TYPO", 2, 1.0, 0.5, 0.0, 1, 1.0),
                new KindReport.Row("MARRIED_NAME", 2, 0.5, 0.5, 0.5, 1, 0.0));
    }

    @Test
    void the_printed_report_has_the_overall_match_line_and_a_row_per_kind() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KindReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), List.of(
                new KindReport.Row("all", 4, 0.75, 0.5, 0.25, 4, 0.75), new KindReport.Row("TYPO", 2, 1.0, 0.5, 0.0, 0, Double.NaN)));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("wanted people: match_for_wanted=0.5000 match_on_wrong_person=0.2500 (4 positives)");
        assertThat(out.lines().filter(l -> l.contains("by kind:")).toList()).hasSize(3);
        assertThat(out).containsPattern("by kind: TYPO +2 +1\\.0000 +0\\.5000 +0\\.0000 +0 +-");
    }
}
