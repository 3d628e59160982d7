package org.sabueso.tools.federation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sabueso.shared.SubCommand;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench federation [--nodes 3] [--seconds 60] [--rate 100]}: a federation on this machine,
 * every part a process of this same jar: the {@code broker} command (Kafka in KRaft mode) and the
 * national nodes (VE, CO, PE, then EC, CL), each with its own data folder and embedded
 * PostgreSQL, keys and signed directory from {@code federation init}. Each node activates notices
 * shared with all members and with its neighbour's agency; then, for the given time, notice
 * changes go at the given rate across the nodes through their APIs while every node's border
 * officer screens the others' subjects and each MATCH's round trip is timed. Meanwhile the last
 * node is killed with {@code kill -9} and restarted, and the broker is stopped and, 30 s later,
 * started again on its data; then forged and replayed messages are written straight to two
 * inboxes. Once quiet, every change is compared with what every node that may see it applied
 * (their databases, {@link Ledger}). Last line:
 * {@code federation: nodes=3 changes=N applied=N lost=0 duplicates_applied=0 lag_p50_ms=X lag_p99_ms=X hit_roundtrip_p99_ms=X forged_rejected=K/K}.
 */
@Command(name = "bench federation", description = "a broker and N nodes on this machine: replication lag, hit round trips, kill -9, broker outage, forgeries")
class FederationBench implements SubCommand {

    static final List<String> COUNTRIES = List.of("VE", "CO", "PE", "EC", "CL");
    private static final String PASSWORD = "bench-" + UUID.randomUUID();
    /** Hit round trips wanted after the outages, for a p99 that is not one sample. */
    private static final int CALM_TRIPS = 100;

    @Option(names = "--nodes", paramLabel = "N", description = "national nodes, 2 to 5 (default ${DEFAULT-VALUE})")
    int nodes = 3;

    @Option(names = "--seconds", paramLabel = "S", description = "how long changes are made (default ${DEFAULT-VALUE})")
    int seconds = 60;

    @Option(names = "--rate", paramLabel = "R", description = "notice changes per second, across the nodes (default ${DEFAULT-VALUE})")
    int rate = 100;

    @Option(names = "--notices", paramLabel = "M", description = "shared notices each node changes (default ${DEFAULT-VALUE})")
    int notices = 20;

    @Option(names = "--outage", paramLabel = "S", description = "seconds the broker is held down (default ${DEFAULT-VALUE})")
    int outage = 30;

    @Option(names = "--dir", paramLabel = "DIR", description = "working folder (default: a new temporary one, deleted after)")
    Path dir;

    @Override
    public boolean needsApplication() {
        return false;
    }

    @Override
    public int run(ApplicationContext unused) throws Exception {
        if (nodes < 2 || nodes > COUNTRIES.size()) {
            System.err.println("bench federation: --nodes must be 2 to " + COUNTRIES.size());
            return USAGE;
        }
        // no application, so no logging configuration: the bench's own Kafka clients would log every setting
        LoggingSystem.get(FederationBench.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        Path work = dir != null ? dir : Files.createTempDirectory("sabueso-bench-federation");
        List<String> launcher = launcher();
        BenchFederation federation = new BenchFederation(work, launcher, COUNTRIES.subList(0, nodes), PASSWORD);
        try {
            long t0 = System.nanoTime();
            federation.start();
            System.out.printf(Locale.ROOT, "bench federation: broker and %d nodes up in %.0f s (data in %s)%n", nodes,
                    (System.nanoTime() - t0) / 1e9, work);
            return measure(federation);
        } finally {
            federation.close();
            if (dir == null) {
                deleteQuietly(work, "bench federation");
            }
        }
    }

    /** The temporary folder, once every process on it has stopped; what cannot be deleted stays. */
    static void deleteQuietly(Path folder, String command) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println(command + ": could not delete " + folder + ": " + e.getMessage());
        }
    }

    private int measure(BenchFederation f) throws Exception {
        f.seed(notices);
        System.out.printf(Locale.ROOT, "bench federation: %d shared notices active and copied; %d changes/s for %d s%n",
                f.targets().size(), rate, seconds);
        Instant runStart = Instant.now();
        ChangeLoad load = new ChangeLoad(f.targets());
        HitRoundTrips hits = new HitRoundTrips();
        hits.start(f.officers(), f.screenables());
        Disruptions disruptions = new Disruptions(f, seconds, outage);
        Thread chaos = Thread.ofPlatform().name("bench-disruptions").start(disruptions);
        load.run(rate, seconds);
        chaos.join();
        load.stop();
        // the outages may have left few round trips outside them: screening goes on, calm, until
        // there are enough (or two minutes have passed)
        hits.awaitCalmTrips(disruptions.calmSince(), CALM_TRIPS, java.time.Duration.ofMinutes(2));
        hits.stop();
        System.out.printf(Locale.ROOT, "bench federation: changes asked %d, answered %d, failed %d (their owner down or refusing)%s%n",
                load.attempted.get(), load.answered.get(), load.failed.get(),
                load.errors().isEmpty() ? "" : "; first: " + load.errors().getFirst());
        boolean quiet = f.awaitQuiet(java.time.Duration.ofMinutes(5));
        System.out.println("bench federation: " + (quiet ? "quiet" : "NOT quiet after 5 min") + "; " + disruptions.describe());

        Set<String> keys = f.recordKeys();
        List<Ledger.Change> changes = new ArrayList<>();
        Map<String, List<Ledger.Applied>> applied = new LinkedHashMap<>();
        for (NodeProcess n : f.nodes().values()) {
            changes.addAll(Ledger.changes(n.name(), n.jdbcUrl(), keys).stream()
                    .filter(c -> !c.committedAt().isBefore(runStart)).toList());
            applied.put(n.name(), Ledger.applied(n.name(), n.jdbcUrl(), keys));
        }
        Ledger.Outcome o = Ledger.compare(changes, applied, f.receiversOf(),
                (c, a) -> disruptions.outsideOutages(c.owner(), a.receiver(), c.committedAt(), a.appliedAt()));
        long[] all = Ledger.compare(changes, applied, f.receiversOf(), (c, a) -> true).lagsMillis();
        long[] trips = hits.trips.stream().filter(t -> disruptions.outsideOutages(t.screenedAtMillis(), t.screenedAtMillis() + t.millis()))
                .mapToLong(HitRoundTrips.RoundTrip::millis).sorted().toArray();
        System.out.printf(Locale.ROOT, "bench federation: lag over all %d deliveries p50=%d ms p99=%d ms max=%d ms; "
                        + "outside the outages %d deliveries; %d screenings (%d failed%s), %d hit round trips (%d outside the outages, %d unanswered)%n",
                all.length, Ledger.percentile(all, 0.5), Ledger.percentile(all, 0.99), all.length == 0 ? -1 : all[all.length - 1],
                o.lagsMillis().length, hits.screenings.get(), hits.screeningErrors.get(),
                hits.firstErrors.isEmpty() ? "" : ", first: " + hits.firstErrors.peek(), hits.trips.size(), trips.length,
                hits.unanswered.get());
        int forgedRejected = disruptions.forgedRejected();
        int forged = disruptions.forgedSent();
        System.out.printf(Locale.ROOT,
                "federation: nodes=%d changes=%d applied=%d lost=%d duplicates_applied=%d lag_p50_ms=%d lag_p99_ms=%d hit_roundtrip_p99_ms=%d forged_rejected=%d/%d%n",
                nodes, o.changes(), o.applied(), o.lost(), o.duplicatesApplied(), Ledger.percentile(o.lagsMillis(), 0.5),
                Ledger.percentile(o.lagsMillis(), 0.99), Ledger.percentile(trips, 0.99), forgedRejected, forged);
        return o.lost() == 0 && o.duplicatesApplied() == 0 && forged > 0 && forgedRejected == forged ? 0 : 1;
    }

    /**
     * How to start this same application again: {@code java -jar <jar>} when run from the jar,
     * else the class path and main class this JVM was started with (a test, an IDE).
     */
    static List<String> launcher() {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        List<String> l = new ArrayList<>(List.of(javaCommand, "-Xmx512m", "-XX:+UseParallelGC"));
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            l.addAll(List.of("-jar", classPath));
        } else {
            l.addAll(List.of("-cp", classPath, "org.sabueso.SabuesoApplication"));
        }
        return l;
    }
}
