package org.sabueso.tools.network;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyKind;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.network.LinkType;
import org.sabueso.network.internal.GraphProbe;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.SubCommand;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench graph --people N --links M [--queries Q] [--seed S] [--reuse]}: writes a generated network of
 * N persons and M links into PostgreSQL with COPY (persons, their graph names, links and partner
 * rows), then loads the graph from the database exactly as the service does at start, and times
 * 2-hop neighbourhoods and shortest paths from random persons for an analyst of one agency (so
 * every answer is filtered by the sharing policy). The last line is the summary:
 * {@code graph: people=N links=M load_s=X hop2_p99_ms=X path_p99_ms=X}. With {@code --reuse} nothing is
 * generated: the graph already in the database is loaded and queried (N and M are then what was loaded).
 *
 * <p>The network is not uniform: persons sit in cells of about 40 that hold 85% of the links,
 * the rest join cells with a bias towards a few well-connected persons, as criminal networks are.
 * Links are shared by five agencies at every scope, some with partners.
 */
@Command(name = "bench graph", description = "writes a network with COPY, loads the graph from PostgreSQL, "
        + "times 2-hop neighbourhoods and shortest paths")
class GraphBench implements SubCommand {

    private static final String[] COUNTRIES = {"VE", "CO", "PE", "CL", "EC"};
    private static final LinkType[] PERSON_LINKS = {LinkType.ASSOCIATE, LinkType.ASSOCIATE, LinkType.ASSOCIATE,
            LinkType.ASSOCIATE, LinkType.FAMILY, LinkType.FAMILY, LinkType.CELLMATE, LinkType.CO_DEFENDANT,
            LinkType.CO_ESCAPEE, LinkType.UNKNOWN};
    private static final String[] SCOPES = {"ALL_MEMBERS", "ALL_MEMBERS", "ALL_MEMBERS", "NATIONAL", "AGENCY", "PARTNERS"};
    private static final int CELL = 40;

    @Option(names = "--people", paramLabel = "N", description = "persons generated (default ${DEFAULT-VALUE})")
    int people = 100_000;

    @Option(names = "--links", paramLabel = "M", description = "links generated (default ${DEFAULT-VALUE})")
    int links = 500_000;

    @Option(names = "--queries", paramLabel = "Q", description = "walks of each kind timed (default ${DEFAULT-VALUE})")
    int queries = 2000;

    @Option(names = "--seed", paramLabel = "S", description = "of the network and the walks (default ${DEFAULT-VALUE})")
    long seed = 20140101;

    @Option(names = "--reuse", description = "generates nothing: loads and queries the graph already in the database")
    boolean reuse;

    private DataSource dataSource;

    @Override
    public int run(ApplicationContext context) throws Exception {
        dataSource = context.getBean(DataSource.class);
        Agencies agencies = context.getBean(Agencies.class);
        int people = this.people;
        int links = this.links;
        System.out.printf(Locale.ROOT, "bench graph: people=%d links=%d queries=%d seed=%d cores=%d max_heap_mb=%d%n",
                people, links, queries, seed, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (String c : COUNTRIES) {
            if (agencies.find("BENCH-" + c).isEmpty()) {
                agencies.register(new AgencyView("BENCH-" + c, new CountryCode(c), "Benchmark agency " + c,
                        AgencyKind.POLICE));
            }
        }
        long base = System.currentTimeMillis() << 20 ^ seed; // ids of this run never meet an earlier run's
        if (reuse) {
            System.out.println("  --reuse: nothing generated; the graph already in the database is loaded");
        } else {
            long t0 = System.nanoTime();
            generate(people, links, seed, base);
            System.out.printf(Locale.ROOT, "  generated and written with COPY in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }

        System.gc();
        long heapBefore = usedHeap();
        long cpu0 = SubCommand.processCpuNanos();
        long t1 = System.nanoTime();
        GraphProbe g = GraphProbe.load(dataSource);
        double loadSeconds = (System.nanoTime() - t1) / 1e9;
        double loadCpu = (SubCommand.processCpuNanos() - cpu0) / 1e9;
        System.gc();
        System.out.printf(Locale.ROOT, "  loaded from PostgreSQL: %d nodes, %d links in %.1f s (this JVM's CPU: %.1f s; "
                        + "PostgreSQL runs in its own processes); graph heap ≈ %d MB%n",
                g.nodeCount(), g.edgeCount(), loadSeconds, loadCpu, (usedHeap() - heapBefore) >> 20);
        if (reuse) {
            people = g.nodeCount();
            links = g.edgeCount();
        }

        Viewer viewer = new Viewer("bench.analyst", "BENCH-PE", "PE", EnumSet.of(Role.ANALYST));
        GraphProbe.Walks q = g.walks(viewer);
        SplittableRandom random = new SplittableRandom(seed + 1);
        int[] starts = new int[queries];
        int[] ends = new int[queries];
        List<Integer> persons = new ArrayList<>();
        for (int n = 0; n < g.nodeCount(); n++) {
            if (g.isPerson(n)) {
                persons.add(n);
            }
        }
        for (int i = 0; i < queries; i++) {
            starts[i] = persons.get(random.nextInt(persons.size()));
            ends[i] = persons.get(random.nextInt(persons.size()));
        }
        // warm-up, so that the JIT has compiled the walk before it is timed
        for (int i = 0; i < Math.min(queries, 500); i++) {
            q.neighbourhood(starts[i]);
            q.path(starts[i], ends[i]);
        }
        double[] hop2 = new double[queries];
        long nodesSeen = 0;
        for (int i = 0; i < queries; i++) {
            long s = System.nanoTime();
            int found = q.neighbourhood(starts[i]);
            hop2[i] = (System.nanoTime() - s) / 1e6;
            nodesSeen += found;
        }
        double[] path = new double[queries];
        int connected = 0;
        long pathLinks = 0;
        for (int i = 0; i < queries; i++) {
            long s = System.nanoTime();
            int found = q.path(starts[i], ends[i]);
            path[i] = (System.nanoTime() - s) / 1e6;
            if (found > 0) {
                connected++;
                pathLinks += found;
            }
        }
        System.out.printf(Locale.ROOT, "  2-hop: p50_ms=%.2f p99_ms=%.2f mean nodes=%.0f (visible links only)%n",
                percentile(hop2, 50), percentile(hop2, 99), nodesSeen / (double) queries);
        System.out.printf(Locale.ROOT, "  path: p50_ms=%.2f p99_ms=%.2f found=%d/%d mean length=%.1f; load average %.1f%n",
                percentile(path, 50), percentile(path, 99), connected, queries,
                connected == 0 ? 0 : pathLinks / (double) connected,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "graph: people=%d links=%d load_s=%.1f hop2_p99_ms=%.2f path_p99_ms=%.2f%n",
                people, links, loadSeconds, percentile(hop2, 99), percentile(path, 99));
        return 0;
    }

    static UUID personId(long base, int i) {
        return new UUID(base, 0x8000_0000_0000_0000L | i);
    }

    private void generate(int people, int links, long seed, long base) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        try (Connection c = dataSource.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            // one COPY at a time on a connection, and each table after those it refers to
            try (Rows persons = new Rows(pg, "COPY person (id, full_name, asserted_by) FROM STDIN")) {
                for (int i = 0; i < people; i++) {
                    persons.row(personId(base, i).toString(), "Persona " + i, "BENCH-" + COUNTRIES[i % COUNTRIES.length]);
                }
            }
            try (Rows names = new Rows(pg, "COPY network_person (person_id, label) FROM STDIN")) {
                for (int i = 0; i < people; i++) {
                    names.row(personId(base, i).toString(), "Persona " + i);
                }
            }
            long linkHi = base ^ 0x5555_5555_0000_0000L;
            List<String[]> partnerRows = new ArrayList<>();
            try (Rows rows = new Rows(pg, """
                    COPY network_link (id, type, from_kind, from_id, to_kind, to_id, started, start_day, confidence,
                      issuing_agency_id, issuing_country, sharing_scope, created_by) FROM STDIN""")) {
                for (int i = 0; i < links; i++) {
                    int a = random.nextInt(people);
                    int b;
                    if (random.nextInt(100) < 85) {
                        int cell = a / CELL * CELL;
                        b = Math.min(people - 1, cell + random.nextInt(CELL));
                    } else {
                        double u = random.nextDouble();
                        b = (int) (people * u * u * u); // a few persons gather many outside links
                    }
                    if (a == b) {
                        b = (b + 1) % people;
                    }
                    String id = new UUID(linkHi, 0x8000_0000_0000_0000L | i).toString();
                    int country = random.nextInt(COUNTRIES.length);
                    String scope = SCOPES[random.nextInt(SCOPES.length)];
                    String year = random.nextInt(10) < 3 ? Integer.toString(2010 + random.nextInt(15)) : null;
                    rows.row(id, PERSON_LINKS[random.nextInt(PERSON_LINKS.length)].name(), "PERSON",
                            personId(base, a).toString(), "PERSON", personId(base, b).toString(), year,
                            year == null ? null : year + "-01-01", "PROBABLE", "BENCH-" + COUNTRIES[country],
                            COUNTRIES[country], scope, "bench");
                    if (scope.equals("PARTNERS")) {
                        partnerRows.add(new String[]{id, "BENCH-" + COUNTRIES[(country + 1) % COUNTRIES.length]});
                        if (random.nextBoolean()) {
                            partnerRows.add(new String[]{id, "BENCH-" + COUNTRIES[(country + 2) % COUNTRIES.length]});
                        }
                    }
                }
            }
            try (Rows partners = new Rows(pg, "COPY network_link_partner (link_id, agency_id) FROM STDIN")) {
                for (String[] r : partnerRows) {
                    partners.row(r);
                }
            }
            try (var st = c.createStatement()) {
                st.execute("ANALYZE network_link");
            }
        }
    }

    /** A COPY ... FROM STDIN in text format, written a megabyte at a time. */
    private static final class Rows implements AutoCloseable {
        private final CopyIn copy;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 21);

        Rows(PGConnection pg, String sql) throws SQLException {
            this.copy = pg.getCopyAPI().copyIn(sql);
        }

        void row(String... fields) throws SQLException {
            StringBuilder sb = new StringBuilder(128);
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(fields[i] == null ? "\\N" : fields[i]);
            }
            sb.append('\n');
            buffer.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
            if (buffer.size() > 1 << 20) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toByteArray();
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.reset();
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
        }
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

}
