package org.sabueso.tools.screening;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.Decision;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.Thresholds;
import org.sabueso.screening.internal.EngineProbe;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.SubCommand;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code bench screening --persons N --queries Q [--seed S] [--baseline-sample B] [--threads T]}:
 * generates N wanted persons and Q distorted queries with known truth, builds an index of its own,
 * runs the queries at full concurrency through the engine, and a random sample of them through
 * PostgreSQL pg_trgm (similarity plus birth-year filter) as the baseline. Prints one summary line,
 * and before it recall and MATCH rates by kind of variation ({@link KindReport}).
 * The engine is reached through {@link EngineProbe}, the one type of it open to tools.
 */
@Command(name = "bench screening", description = "screening throughput, latency, recall, false matches vs pg_trgm")
public class ScreeningBench implements SubCommand {

    @Option(names = "--persons", paramLabel = "N", converter = Count.class, description = "wanted persons generated (default ${DEFAULT-VALUE}; 1_000_000 is read)")
    int persons = 100_000;

    @Option(names = "--queries", paramLabel = "Q", converter = Count.class, description = "distorted queries (default ${DEFAULT-VALUE})")
    int queries = 20_000;

    @Option(names = "--seed", paramLabel = "S", converter = Count.class, description = "of the population and the queries (default ${DEFAULT-VALUE})")
    int seed = 20230920;

    @Option(names = "--baseline-sample", paramLabel = "B", converter = Count.class, description = "queries sent to pg_trgm too (default ${DEFAULT-VALUE})")
    int sample = 300;

    @Option(names = "--threads", paramLabel = "T", converter = Count.class, description = "concurrent queries (default: the cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--kinds", paramLabel = "K1,K2", split = ",", description = "draws the variations only from these kinds "
            + "(default: all): ${COMPLETION-CANDIDATES}")
    List<Distorter.Kind> kinds;

    @Option(names = "--explain", paramLabel = "N", converter = Count.class, description = "prints this many false matches and misses with their reasons")
    int explain;

    /** Counts may be written with underscores, as in the README ({@code 1_000_000}). */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Integer.valueOf(value.replace("_", ""));
        }
    }

    private DataSource dataSource;

    /** A query with the notice it should find, or null for one that must not match. */
    public record Labelled(ScreeningRequest request, UUID truth, Set<Distorter.Kind> kinds) {

        public Labelled(ScreeningRequest request, UUID truth) {
            this(request, truth, Set.of());
        }
    }

    record Outcome(double qps, double p50, double p99, double recall, double falseMatchRate, int positives, int negatives,
                   double cpuMicros, List<KindReport.Row> byKind) {
    }

    @Override
    public int run(ApplicationContext context) throws Exception {
        dataSource = context.getBean(DataSource.class);
        var env = context.getEnvironment();
        Thresholds thresholds = new Thresholds(env.getProperty("sabueso.screening.match-threshold", Double.class, 0.85),
                env.getProperty("sabueso.screening.possible-threshold", Double.class, 0.70));
        long seed = this.seed;
        if (persons < 1 || queries < 1 || sample < 1 || threads < 1) {
            System.err.println("bench screening: --persons, --queries, --baseline-sample and --threads must be at least 1");
            return 2;
        }
        System.out.printf(Locale.ROOT, "bench screening: persons=%d queries=%d seed=%d threads=%d cores=%d maxHeapMb=%d%n",
                persons, queries, seed, threads, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            System.out.println("  note: Lucene runs without the JDK's vector module; "
                    + "java --add-modules jdk.incubator.vector -jar ... screens about a fifth faster (docs/benchmarks.md)");
        }
        BenchPopulation generator = new BenchPopulation(seed);
        List<BenchPopulation.Person> list = new ArrayList<>(persons);
        for (int i = 0; i < persons; i++) {
            list.add(generator.person());
        }
        Path dir = Files.createTempDirectory("sabueso-bench-index");
        try (EngineProbe engine = new EngineProbe(dir, thresholds)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < persons; i++) {
                engine.add(i, subject(list.get(i)));
                if ((i + 1) % 250_000 == 0) {
                    System.out.printf(Locale.ROOT, "  indexed %d%n", i + 1);
                }
            }
            engine.commit();
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            System.out.printf(Locale.ROOT, "  index built in %.1f s, heap used after build %d MB%n", buildSeconds, heapMb);

            Set<Distorter.Kind> enabled = kinds == null || kinds.isEmpty() ? EnumSet.allOf(Distorter.Kind.class) : EnumSet.copyOf(kinds);
            List<Labelled> labelled = queries(generator, list, queries, seed, enabled);
            Viewer viewer = new Viewer("bench", "BENCH", "VE", EnumSet.of(Role.BORDER_OFFICER));
            run(engine, viewer, labelled.subList(0, Math.min(labelled.size(), 5_000)), threads);
            Outcome ours = run(engine, viewer, labelled, threads);
            System.out.printf(Locale.ROOT, "  engine: qps=%.0f p50_ms=%.2f p99_ms=%.2f recall_at_10=%.4f false_match_rate=%.4f (%d positives, %d negatives)%n",
                    ours.qps(), ours.p50(), ours.p99(), ours.recall(), ours.falseMatchRate(), ours.positives(), ours.negatives());
            // CPU time per query does not depend on what else the machine runs: cores / cpu time is the ceiling
            System.out.printf(Locale.ROOT, "  engine cpu: %.0f us per query, so at most %.0f queries/s on %d cores; load average now %.1f%n",
                    ours.cpuMicros(), threads * 1e6 / ours.cpuMicros(), threads,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            KindReport.print(System.out, ours.byKind());

            if (explain > 0) {
                ExplainedMisses.print(engine, viewer, labelled, list, explain);
            }
            Random pick = new Random(seed + 1);
            List<Labelled> sampled = new ArrayList<>();
            for (int i = 0; i < Math.min(sample, labelled.size()); i++) {
                sampled.add(labelled.get(pick.nextInt(labelled.size())));
            }
            Outcome base = baseline(list, sampled, threads);
            System.out.printf(Locale.ROOT, "  baseline pg_trgm: qps=%.1f p50_ms=%.1f recall_at_10=%.4f on %d sampled queries%n",
                    base.qps(), base.p50(), base.recall(), sampled.size());
            System.out.printf(Locale.ROOT,
                    "screening: persons=%d queries=%d qps=%.0f p50_ms=%.2f p99_ms=%.2f recall_at_10=%.4f false_match_rate=%.4f baseline_qps=%.1f baseline_recall_at_10=%.4f speedup=%.1f%n",
                    persons, queries, ours.qps(), ours.p50(), ours.p99(), ours.recall(), ours.falseMatchRate(),
                    base.qps(), base.recall(), ours.qps() / base.qps());
        }
        return 0;
    }

    /** The person as the index holds them: the birth date as the notice records it. */
    public static EngineProbe.Subject subject(BenchPopulation.Person p) {
        return new EngineProbe.Subject(p.given(), p.firstSurname(), p.secondSurname(), p.nickname(),
                new PartialDate(p.year(), p.month(), p.day()), p.country(), p.document());
    }

    /**
     * Three queries in four for someone on the list, written with distortions; one in eight a
     * namesake of someone on the list (same name, another birth date), one in eight a stranger.
     * The distortions are the kinds before issue 14, as {@link Distorter#distort(BenchPopulation.Person)} draws them.
     */
    public static List<Labelled> queries(BenchPopulation generator, List<BenchPopulation.Person> list, int count, long seed) {
        return queries(generator, list, count, seed, null);
    }

    /**
     * Like {@link #queries(BenchPopulation, List, int, long)} with the variations drawn from
     * {@code kinds} ({@link Distorter#distort(BenchPopulation.Person, Set)}), each query labelled
     * with those it carries. When none of them applies to the person drawn, another is drawn (up to
     * 100 times), so that a restricted run is made of queries that carry those kinds.
     */
    public static List<Labelled> queries(BenchPopulation generator, List<BenchPopulation.Person> list, int count, long seed,
                                         Set<Distorter.Kind> kinds) {
        Random random = new Random(seed + 2);
        Distorter distorter = new Distorter(random);
        BenchPopulation strangers = new BenchPopulation(seed + 3);
        List<Labelled> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble();
            if (r < 0.75) {
                int k = random.nextInt(list.size());
                if (kinds == null) {
                    out.add(new Labelled(distorter.distort(list.get(k)), EngineProbe.noticeId(k)));
                    continue;
                }
                Distorter.Distorted d = distorter.distort(list.get(k), kinds);
                for (int tries = 0; d.kinds().isEmpty() && tries < 100; tries++) {
                    k = random.nextInt(list.size());
                    d = distorter.distort(list.get(k), kinds);
                }
                out.add(new Labelled(d.request(), EngineProbe.noticeId(k), d.kinds()));
            } else if (r < 0.875) {
                out.add(new Labelled(distorter.plain(generator.namesakeOf(list.get(random.nextInt(list.size())))), null));
            } else {
                out.add(new Labelled(distorter.plain(strangers.person()), null));
            }
        }
        return out;
    }

    private static Outcome run(EngineProbe engine, Viewer viewer, List<Labelled> queries, int threads) throws Exception {
        long[] latencies = new long[queries.size()];
        boolean[] found = new boolean[queries.size()];
        boolean[] matched = new boolean[queries.size()];
        boolean[] wantedMatched = new boolean[queries.size()];
        boolean[] wrongMatched = new boolean[queries.size()];
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = mx.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                    Labelled l = queries.get(i);
                    long q0 = System.nanoTime();
                    List<EngineProbe.Hit> hits = engine.screen(l.request(), viewer, 10);
                    latencies[i] = System.nanoTime() - q0;
                    for (EngineProbe.Hit h : hits) {
                        boolean wanted = h.noticeId().equals(l.truth());
                        found[i] |= wanted;
                        if (h.decision() == Decision.MATCH) {
                            matched[i] = true;
                            wantedMatched[i] |= wanted;
                            wrongMatched[i] |= !wanted;
                        }
                    }
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Outcome o = outcome(queries, latencies, found, matched, seconds);
        return new Outcome(o.qps(), o.p50(), o.p99(), o.recall(), o.falseMatchRate(), o.positives(), o.negatives(),
                cpu.get() / 1e3 / queries.size(), KindReport.rows(queries, found, wantedMatched, wrongMatched));
    }

    private static Outcome outcome(List<Labelled> queries, long[] latencies, boolean[] found, boolean[] matched, double seconds) {
        int positives = 0;
        int recalled = 0;
        int negatives = 0;
        int falseMatches = 0;
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i).truth() != null) {
                positives++;
                if (found[i]) {
                    recalled++;
                }
            } else {
                negatives++;
                if (matched[i]) {
                    falseMatches++;
                }
            }
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Outcome(queries.size() / seconds, sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                positives == 0 ? 1 : (double) recalled / positives, negatives == 0 ? 0 : (double) falseMatches / negatives,
                positives, negatives, 0, List.of());
    }

    /** The plain PostgreSQL alternative: pg_trgm similarity on the folded name, filtered by birth year ±1. */
    private Outcome baseline(List<BenchPopulation.Person> list, List<Labelled> sample, int threads) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (var st = c.createStatement()) {
                st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                st.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
                st.execute("DROP SCHEMA IF EXISTS bench_screening CASCADE");
                st.execute("CREATE SCHEMA bench_screening");
                st.execute("CREATE TABLE bench_screening.person (id int, folded text, birth_year int)");
            }
            StringBuilder copy = new StringBuilder();
            var copier = c.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < list.size(); i++) {
                BenchPopulation.Person p = list.get(i);
                copy.append(i).append('\t').append(fold(p.fullName())).append('\t').append(p.year()).append('\n');
                if (p.nickname() != null) {
                    copy.append(i).append('\t').append(fold(p.nickname())).append('\t').append(p.year()).append('\n');
                }
                if (copy.length() > 4_000_000 || i == list.size() - 1) {
                    copier.copyIn("COPY bench_screening.person FROM STDIN", new StringReader(copy.toString()));
                    copy.setLength(0);
                }
            }
            try (var st = c.createStatement()) {
                st.execute("CREATE INDEX ON bench_screening.person USING gin (folded gin_trgm_ops)");
                st.execute("ANALYZE bench_screening.person");
            }
        }
        long[] latencies = new long[sample.size()];
        boolean[] found = new boolean[sample.size()];
        boolean[] matched = new boolean[sample.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                try (Connection c = dataSource.getConnection();
                     var ps = c.prepareStatement("""
                             SELECT id FROM bench_screening.person
                             WHERE folded % ? AND (?::int IS NULL OR birth_year BETWEEN ?::int - 1 AND ?::int + 1)
                             ORDER BY similarity(folded, ?) DESC LIMIT 10""")) {
                    try (var st = c.createStatement()) {
                        st.execute("SET pg_trgm.similarity_threshold = 0.3");
                    }
                    for (int i = next.getAndIncrement(); i < sample.size(); i = next.getAndIncrement()) {
                        Labelled l = sample.get(i);
                        String q = fold(l.request().name());
                        Integer year = l.request().birthDate() == null ? null : Integer.valueOf(l.request().birthDate().substring(0, 4));
                        long q0 = System.nanoTime();
                        ps.setString(1, q);
                        ps.setObject(2, year);
                        ps.setObject(3, year);
                        ps.setObject(4, year);
                        ps.setString(5, q);
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) {
                                if (l.truth() != null && EngineProbe.noticeId(rs.getInt(1)).equals(l.truth())) {
                                    found[i] = true;
                                }
                            }
                        }
                        latencies[i] = System.nanoTime() - q0;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("DROP SCHEMA bench_screening CASCADE");
        }
        return outcome(sample, latencies, found, matched, seconds);
    }

    private static String fold(String s) {
        return EngineProbe.folded(s);
    }
}
