package org.sabueso.tools.screening;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recall and MATCH figures of the queries for wanted people, overall and by kind of variation
 * ({@link Distorter.Kind}): where the engine is weak. A query with several kinds counts under each.
 * "MATCH for the wanted person": the wanted person is among the hits with a MATCH; "MATCH on the
 * wrong person": some other person is answered MATCH (issue 14's targets: ≥ 90 % and ≤ 0.5 %).
 * Since most queries carry two or three kinds, a hard kind drags down the figures of the kinds it
 * comes with: {@code alone} and {@code recall_alone} count the queries that carry that kind only.
 */
final class KindReport {

    private KindReport() {
    }

    /** One line of the report: {@code kind} is a {@link Distorter.Kind}'s name or "all". */
    record Row(String kind, int queries, double recall, double matchWanted, double matchWrong, int alone,
               double recallAlone) {
    }

    /**
     * The rows for the queries with a truth: "all" first, then each kind that occurred, in the
     * enum's order. The arrays are indexed like {@code queries}.
     */
    static List<Row> rows(List<ScreeningBench.Labelled> queries, boolean[] found, boolean[] wantedMatched,
                          boolean[] wrongMatched) {
        int[] all = new int[6];
        Map<Distorter.Kind, int[]> byKind = new EnumMap<>(Distorter.Kind.class);
        for (int i = 0; i < queries.size(); i++) {
            ScreeningBench.Labelled l = queries.get(i);
            if (l.truth() == null) {
                continue;
            }
            count(all, found[i], wantedMatched[i], wrongMatched[i], true);
            for (Distorter.Kind k : l.kinds()) {
                count(byKind.computeIfAbsent(k, x -> new int[6]), found[i], wantedMatched[i], wrongMatched[i],
                        l.kinds().size() == 1);
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row("all", all));
        byKind.forEach((k, c) -> rows.add(row(k.name(), c)));
        return rows;
    }

    private static void count(int[] c, boolean found, boolean wanted, boolean wrong, boolean alone) {
        c[0]++;
        c[1] += found ? 1 : 0;
        c[2] += wanted ? 1 : 0;
        c[3] += wrong ? 1 : 0;
        if (alone) {
            c[4]++;
            c[5] += found ? 1 : 0;
        }
    }

    private static Row row(String kind, int[] c) {
        double n = Math.max(1, c[0]);
        return new Row(kind, c[0], c[0] == 0 ? 1 : c[1] / n, c[2] / n, c[3] / n, c[4],
                c[4] == 0 ? Double.NaN : (double) c[5] / c[4]);
    }

    /** Prints the overall MATCH line and the table. */
    static void print(PrintStream out, List<Row> rows) {
        Row all = rows.getFirst();
        out.printf(Locale.ROOT, "  wanted people: match_for_wanted=%.4f match_on_wrong_person=%.4f (%d positives)%n",
                all.matchWanted(), all.matchWrong(), all.queries());
        out.printf(Locale.ROOT, "  by kind: %-24s %8s %13s %13s %12s %6s %13s%n", "kind", "queries", "recall_at_10",
                "match_wanted", "match_wrong", "alone", "recall_alone");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "  by kind: %-24s %8d %13.4f %13.4f %12.4f %6d %13s%n", r.kind(), r.queries(), r.recall(),
                    r.matchWanted(), r.matchWrong(), r.alone(),
                    Double.isNaN(r.recallAlone()) ? "-" : "%.4f".formatted(r.recallAlone()));
        }
    }
}
