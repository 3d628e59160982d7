package org.sabueso.tools.federation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.sabueso.shared.SubCommand;
import org.sabueso.tools.screening.BenchPopulation;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench federation-join --notices N}: how long a node joining a federation that holds N
 * shared notices takes to screen them all (issue 16's target: 1,000,000 within 5 minutes on two
 * cores). Starts the broker and Venezuela's node, seeds Venezuela's database with N notices
 * shared with all members ({@link JoinSeed}, the screening benchmark's generator; and one NATIONAL
 * per hundred, which must not cross), then starts Colombia's node, new, and times from its start
 * until its screening index holds every copy (checked against its database and {@code GET
 * /api/v1/screenings/index}) and a sample of screenings by name and birth date finds each sampled
 * notice. Last line: {@code federation-join: notices=N screenable_after_s=X}.
 */
@Command(name = "bench federation-join", description = "a node joining a federation of N shared notices: seconds until it screens them all")
class FederationJoinBench implements SubCommand {

    private static final String PASSWORD = "bench-" + UUID.randomUUID();
    private static final String SOURCE = "VE";
    private static final String JOINER = "CO";
    /** A node's start with the demo of its country took 30–60 s on two cores; far more under load. */
    private static final Duration START = Duration.ofMinutes(15);
    /** Polled this often: the measure is in seconds; a poll reads two small tables. */
    private static final long POLL_MS = 500;

    @Option(names = "--notices", paramLabel = "N", description = "shared notices the federation holds (default ${DEFAULT-VALUE})")
    int notices = 100_000;

    @Option(names = "--sample", paramLabel = "S", description = "screenings by name that must find their notice (default ${DEFAULT-VALUE})")
    int sample = 50;

    @Option(names = "--heap", paramLabel = "H", description = "each node's -Xmx (default ${DEFAULT-VALUE}: a million notices' index needs ~1 GB)")
    String heap = "2g";

    @Option(names = "--seed", paramLabel = "S", description = "the generator's seed (default ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--timeout", paramLabel = "MIN", description = "minutes to wait for the joiner (default ${DEFAULT-VALUE})")
    int timeoutMinutes = 30;

    @Option(names = "--dir", paramLabel = "DIR", description = "working folder (default: a new temporary one, deleted after)")
    Path dir;

    @Override
    public boolean needsApplication() {
        return false;
    }

    @Override
    public int run(ApplicationContext unused) throws Exception {
        LoggingSystem logging = LoggingSystem.get(FederationJoinBench.class.getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        // the bench's own admin client tells of every refused connection while the broker starts
        logging.setLogLevel("org.apache.kafka", LogLevel.ERROR);
        Path work = dir != null ? dir : Files.createTempDirectory("sabueso-bench-join");
        List<String> launcher = new ArrayList<>(FederationBench.launcher().stream()
                .map(a -> a.startsWith("-Xmx") ? "-Xmx" + heap : a).toList());
        FederationLayout layout = FederationLayout.init(launcher, work.resolve("federation"), List.of(
                new FederationLayout.Member(SOURCE, null, FederationLayout.DEMO_AGENCY.get(SOURCE)),
                new FederationLayout.Member(JOINER, null, FederationLayout.DEMO_AGENCY.get(JOINER))));
        int brokerPort = NodeProcess.freePort();
        String bootstrap = "localhost:" + brokerPort;
        List<String> brokerCommand = new ArrayList<>(FederationBench.launcher());
        brokerCommand.addAll(List.of("broker", "--port", String.valueOf(brokerPort), "--controller-port",
                String.valueOf(NodeProcess.freePort()), "--dir", work.resolve("broker").toString()));
        NodeProcess broker = NodeProcess.bare("broker", brokerCommand, work.resolve("broker-logs"));
        NodeProcess source = new NodeProcess(SOURCE, launcher, work.resolve(SOURCE),
                layout.properties(layout.members().get(0), bootstrap, PASSWORD));
        NodeProcess joiner = new NodeProcess(JOINER, launcher, work.resolve(JOINER),
                layout.properties(layout.members().get(1), bootstrap, PASSWORD));
        try {
            broker.start();
            awaitBroker(bootstrap);
            source.start().awaitHealthy(START);
            long t0 = System.nanoTime();
            List<JoinSeed.Seeded> sampled = JoinSeed.seed(source.jdbcUrl(), FederationLayout.DEMO_AGENCY.get(SOURCE), SOURCE,
                    notices, seed, Math.max(1, notices / sample));
            long expected = sharedWith(source.jdbcUrl(), JOINER);
            System.out.printf(Locale.ROOT, "bench federation-join: %s seeded with %,d shared notices (+%,d NATIONAL) in %.1f s; "
                            + "%,d of its notices are Colombia's to see; load %s%n", SOURCE, notices, notices / JoinSeed.NATIONAL_EVERY,
                    (System.nanoTime() - t0) / 1e9, expected, load());

            long start = System.nanoTime();
            joiner.start().awaitHealthy(START);
            double healthy = (System.nanoTime() - start) / 1e9;
            NodeApi border = new NodeApi(joiner.url(), JOINER.toLowerCase(Locale.ROOT) + ".border", PASSWORD);
            double copied = -1;
            double indexed = -1;
            long deadline = start + TimeUnit.MINUTES.toNanos(timeoutMinutes);
            long lastReport = 0;
            while (System.nanoTime() < deadline) {
                // counting a million copies each poll would cost the joiner a good part of a core:
                // they are counted once the owner has sent everything and the joiner applied as many
                // chunk messages as the owner audited sending
                long pendingAtOwner = count(source.jdbcUrl(), "SELECT count(*) FROM federation_outbox WHERE sent_at IS NULL");
                long sentChunks = count(source.jdbcUrl(), "SELECT count(*) FROM audit_entry WHERE action = 'federation.send' "
                        + "AND detail LIKE 'kind=notice.snapshot %'");
                long received = count(joiner.jdbcUrl(), "SELECT count(*) FROM federation_received WHERE kind = 'notice.snapshot'");
                double now = (System.nanoTime() - start) / 1e9;
                long copies = -1;
                if (copied < 0 && pendingAtOwner == 0 && sentChunks > 0 && received >= sentChunks) {
                    copies = count(joiner.jdbcUrl(), "SELECT count(*) FROM notice WHERE copy_of_node = '" + SOURCE
                            + "' AND copy_withdrawn_at IS NULL");
                    if (copies >= expected) {
                        copied = now;
                    }
                }
                // the index is asked through the API only once every copy is stored: each request
                // checks a password (Argon2), which the joiner would otherwise pay every second
                if (copied >= 0) {
                    JsonNode index = border.get("/api/v1/screenings/index");
                    if (index.get("pending").asLong() == 0 && index.get("notices").asLong() >= count(joiner.jdbcUrl(),
                            "SELECT count(*) FROM notice WHERE status IN ('ACTIVE','LOCATED')")) {
                        indexed = (System.nanoTime() - start) / 1e9;
                        break;
                    }
                }
                if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(15)) {
                    lastReport = System.nanoTime();
                    System.out.printf(Locale.ROOT, "  %5.0f s: %,d of %,d chunks applied, %,d rows pending at %s; load %s%n", now,
                            received, sentChunks, pendingAtOwner, SOURCE, load());
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MS);
            }
            if (indexed < 0) {
                System.out.printf(Locale.ROOT, "federation-join: notices=%d screenable_after_s=NOT_WITHIN_%d_MIN%n", notices, timeoutMinutes);
                return 1;
            }
            int found = 0;
            for (JoinSeed.Seeded s : sampled) {
                found += screens(border, s) ? 1 : 0;
            }
            double screenable = (System.nanoTime() - start) / 1e9;
            long national = count(joiner.jdbcUrl(), "SELECT count(*) FROM notice WHERE copy_of_node = '" + SOURCE
                    + "' AND sharing_scope = 'NATIONAL'");
            System.out.printf(Locale.ROOT, "bench federation-join: %s healthy after %.1f s, every copy stored after %.1f s, "
                            + "indexed after %.1f s; %d/%d sampled screenings found their notice; NATIONAL copies %d; load %s%n",
                    JOINER, healthy, copied, indexed, found, sampled.size(), national, load());
            System.out.println("bench federation-join: " + chunkTimes(source.jdbcUrl(), joiner.jdbcUrl()));
            System.out.printf(Locale.ROOT, "federation-join: notices=%d screenable_after_s=%.1f%n", notices, screenable);
            return found == sampled.size() && national == 0 ? 0 : 1;
        } finally {
            joiner.close();
            source.close();
            broker.close();
            if (dir == null) {
                FederationBench.deleteQuietly(work, "bench federation-join");
            }
        }
    }

    /** Whether a screening by the person's name and birth date, as a border officer sends it, finds the notice. */
    private static boolean screens(NodeApi border, JoinSeed.Seeded s) {
        BenchPopulation.Person p = s.person();
        JsonNode hits = border.post("/api/v1/screenings", Map.of("name", p.fullName(),
                "birthDate", "%04d-%02d-%02d".formatted(p.year(), p.trueMonth(), p.trueDay()),
                "purpose", "bench federation-join")).get("hits");
        return hits.valueStream().anyMatch(h -> s.noticeId().toString().equals(h.get("noticeId").asString()));
    }

    /** The owner's released notices an agency of {@code country} may see: shared with all, public, or naming one as partner. */
    private static long sharedWith(String jdbcUrl, String country) throws SQLException {
        return count(jdbcUrl, """
                SELECT count(*) FROM notice n WHERE n.copy_of_node IS NULL AND n.status NOT IN ('DRAFT','UNDER_REVIEW')
                  AND (n.sharing_scope IN ('ALL_MEMBERS','PUBLIC') OR (n.sharing_scope = 'PARTNERS' AND EXISTS (
                    SELECT 1 FROM notice_partner p JOIN agency a ON a.id = p.agency_id
                    WHERE p.notice_id = n.id AND a.country = '%s')))""".formatted(country));
    }

    /** When the owner queued and sent the chunks, and when the joiner applied them: where the time went. */
    private static String chunkTimes(String sourceUrl, String joinerUrl) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Connection c = Ledger.connect(sourceUrl); ResultSet r = c.createStatement().executeQuery("""
                SELECT count(*), min(created_at), max(created_at), min(sent_at), max(sent_at) FROM federation_outbox
                WHERE kind = 'notice.snapshot'""")) {
            r.next();
            sb.append(SOURCE).append(" queued ").append(r.getLong(1)).append(" chunk rows ").append(r.getTimestamp(2))
                    .append("..").append(r.getTimestamp(3)).append(", sent ").append(r.getTimestamp(4)).append("..")
                    .append(r.getTimestamp(5));
        }
        try (Connection c = Ledger.connect(joinerUrl); ResultSet r = c.createStatement().executeQuery("""
                SELECT count(*), min(applied_at), max(applied_at) FROM federation_received WHERE kind = 'notice.snapshot'""")) {
            r.next();
            sb.append("; ").append(JOINER).append(" applied ").append(r.getLong(1)).append(" chunks ")
                    .append(r.getTimestamp(2)).append("..").append(r.getTimestamp(3));
        }
        return sb.toString();
    }

    private static long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = Ledger.connect(jdbcUrl); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void awaitBroker(String bootstrap) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                admin.listTopics().names().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        throw new IllegalStateException("the broker did not come up within " + START);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
