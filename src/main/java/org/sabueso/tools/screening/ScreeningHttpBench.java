package org.sabueso.tools.screening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.sabueso.screening.ScreeningRequest;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.SubCommand;
import org.sabueso.tools.http.LoadClient;
import org.sabueso.tools.http.ServerTimingHeader;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench screening-http --url http://localhost:8080 --user pe.border --password P
 * [--sample 2000] [--queries 20000] [--threads 8 | --sequential [--warmup 500]]}: screening
 * through the real HTTP API of a running server, on whatever notices it holds. Samples visible
 * notices through the API, writes distorted queries for them (and for strangers), sends them from
 * concurrent keep-alive clients, or with {@code --sequential} from one client, one request at a
 * time over one kept-alive connection (a border post asking about one traveller after another),
 * and reports that client's latency beside what the service's {@code Server-Timing} says of its
 * own total and of the engine's share.
 *
 * <p>The client shares the machine with the server here, so it is kept lean: bodies are written
 * before the clock starts. It reports the CPU it used itself, so a reader can tell the server's share.
 */
@Command(name = "bench screening-http", description = "screening through the HTTP API of a running service")
class ScreeningHttpBench implements SubCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--url", paramLabel = "URL", description = "the running service (default ${DEFAULT-VALUE})")
    String url = "http://localhost:8080";

    @Option(names = "--user", paramLabel = "U", description = "a staff member who may screen (default ${DEFAULT-VALUE})")
    String user = "pe.border";

    @Option(names = "--password", paramLabel = "P", description = "their password (default: the demo's)")
    String password = "demo-pass";

    @Option(names = "--sample", paramLabel = "N", description = "notices sampled through the API (default ${DEFAULT-VALUE})")
    int sample = 2000;

    @Option(names = "--queries", paramLabel = "Q", description = "screenings sent (default ${DEFAULT-VALUE})")
    int queries = 20000;

    @Option(names = "--threads", paramLabel = "T", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int threads = 8;

    @Option(names = "--sequential", description = "one client, one request at a time over one kept-alive connection")
    boolean sequential;

    @Option(names = "--warmup", paramLabel = "W", description = "with --sequential: requests sent first and not counted (default ${DEFAULT-VALUE})")
    int warmup = 500;

    /**
     * A client of a service that runs elsewhere: no application of its own, which would start an
     * embedded PostgreSQL on the default data folder, the one a service started with the quick
     * start's command already holds.
     */
    @Override
    public boolean needsApplication() {
        return false;
    }

    @Override
    public int run(ApplicationContext context) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (LoadClient client = new LoadClient(auth)) {
            return run(client);
        }
    }

    private int run(LoadClient client) throws Exception {

        List<BenchPopulation.Person> people = new ArrayList<>();
        List<UUID> truths = new ArrayList<>();
        int page = 0;
        Random random = new Random(7);
        while (people.size() < sample) {
            JsonNode list = get(client, url + "/api/v1/notices?status=ACTIVE&size=200&page=" + page);
            if (list.get("items").isEmpty()) {
                break;
            }
            for (JsonNode item : list.get("items")) {
                if (people.size() >= sample || random.nextInt(3) != 0) {
                    continue;
                }
                JsonNode s = get(client, url + "/api/v1/notices/" + item.get("id").asString()).get("subject");
                BenchPopulation.Person p = person(s, random);
                if (p != null) {
                    people.add(p);
                    truths.add(UUID.fromString(item.get("id").asString()));
                }
            }
            page++;
        }
        System.out.printf(Locale.ROOT, "bench screening-http: url=%s sampled %d notices, %d queries, %s%n",
                url, people.size(), queries, sequential ? "one client, one request at a time" : threads + " client threads");
        Distorter distorter = new Distorter(new Random(11));
        BenchPopulation strangers = new BenchPopulation(13);
        List<ScreeningRequest> requests = new ArrayList<>(queries);
        List<UUID> expected = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            if (random.nextDouble() < 0.75 && !people.isEmpty()) {
                int k = random.nextInt(people.size());
                requests.add(distorter.distort(people.get(k)));
                expected.add(truths.get(k));
            } else {
                requests.add(distorter.plain(strangers.person()));
                expected.add(null);
            }
        }
        List<byte[]> bodies = new ArrayList<>(queries);
        for (ScreeningRequest r : requests) {
            bodies.add(JSON.writeValueAsBytes(r));
        }
        Outcomes outcomes = new Outcomes(queries, expected);
        if (sequential) {
            return sequential(client, bodies, outcomes, people.size());
        }
        long[] latencies = outcomes.latencies;
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long cpu0 = SubCommand.processCpuNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < queries; i = next.getAndIncrement()) {
                    long q0 = System.nanoTime();
                    LoadClient.Answer r = client.postJson(url + "/api/v1/screenings", bodies.get(i));
                    latencies[i] = System.nanoTime() - q0;
                    outcomes.read(i, r);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double clientCpuMs = (SubCommand.processCpuNanos() - cpu0) / 1e6 / queries;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "bench screening-http: the client used %.2f ms of CPU per request (on this machine)%n",
                clientCpuMs);
        System.out.printf(Locale.ROOT,
                "screening-http: notices_sampled=%d queries=%d threads=%d qps=%.0f p50_ms=%.2f p99_ms=%.2f recall_at_10=%.4f false_match_rate=%.4f errors=%d%n",
                people.size(), queries, threads, queries / seconds, latencies[queries / 2] / 1e6,
                percentile(latencies, 0.99) / 1e6, outcomes.recall(), outcomes.falseMatchRate(), outcomes.errors.get());
        return outcomes.errors.get() == 0 ? 0 : 1;
    }

    /**
     * One request at a time on the calling thread, so the client's one connection is kept alive
     * from each request to the next. The warm-up requests (the first queries again) let the JIT
     * compile both sides first; they are not counted.
     */
    private int sequential(LoadClient client, List<byte[]> bodies, Outcomes outcomes, int sampled) throws Exception {
        int queries = bodies.size();
        for (int i = 0; i < warmup && queries > 0; i++) {
            client.postJson(url + "/api/v1/screenings", bodies.get(i % queries));
        }
        long[] totals = new long[queries];
        long[] engines = new long[queries];
        int timed = 0;
        Map<String, List<Double>> metrics = new java.util.LinkedHashMap<>();
        long start = System.nanoTime();
        long cpu0 = SubCommand.processCpuNanos();
        for (int i = 0; i < queries; i++) {
            long q0 = System.nanoTime();
            LoadClient.Answer r = client.postJson(url + "/api/v1/screenings", bodies.get(i));
            outcomes.latencies[i] = System.nanoTime() - q0;
            Map<String, Double> timing = ServerTimingHeader.durations(r.serverTiming());
            timing.forEach((name, ms) -> metrics.computeIfAbsent(name, k -> new ArrayList<>()).add(ms));
            if (r.status() == 200 && timing.containsKey("total") && timing.containsKey("engine")) {
                totals[timed] = Math.round(timing.get("total") * 1e6);
                engines[timed] = Math.round(timing.get("engine") * 1e6);
                timed++;
            }
            outcomes.read(i, r);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double clientCpuMs = (SubCommand.processCpuNanos() - cpu0) / 1e6 / queries;
        long[] latencies = outcomes.latencies.clone();
        Arrays.sort(latencies);
        long[] serverTotals = Arrays.copyOf(totals, timed);
        long[] engineTimes = Arrays.copyOf(engines, timed);
        Arrays.sort(serverTotals);
        Arrays.sort(engineTimes);
        System.out.printf(Locale.ROOT, "bench screening-http: the client used %.2f ms of CPU per request (on this machine); "
                + "%d of %d answers carried Server-Timing with engine and total%n", clientCpuMs, timed, queries);
        // where the service's time goes: each metric's median over the answers that carried it
        StringBuilder medians = new StringBuilder();
        metrics.forEach((name, values) -> {
            values.sort(null);
            medians.append(String.format(Locale.ROOT, " %s=%.2f (%d)", name, values.get(values.size() / 2), values.size()));
        });
        System.out.println("bench screening-http: Server-Timing medians in ms (answers):" + medians);
        System.out.printf(Locale.ROOT,
                "screening-http-sequential: notices_sampled=%d queries=%d qps=%.0f p50_ms=%.2f p99_ms=%.2f "
                        + "server_total_p50_ms=%s server_total_p99_ms=%s engine_p50_ms=%s recall_at_10=%.4f false_match_rate=%.4f errors=%d%n",
                sampled, queries, queries / seconds, latencies[queries / 2] / 1e6, percentile(latencies, 0.99) / 1e6,
                millis(serverTotals, 0.5), millis(serverTotals, 0.99), millis(engineTimes, 0.5),
                outcomes.recall(), outcomes.falseMatchRate(), outcomes.errors.get());
        return outcomes.errors.get() == 0 ? 0 : 1;
    }

    /** The p-th quantile of sorted values in ms, or "n/a" when the service sent no timings. */
    private static String millis(long[] sorted, double p) {
        return sorted.length == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", percentile(sorted, p) / 1e6);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }

    /** What the answers said: the expected notice among the hits, a MATCH for a stranger, errors. */
    private static final class Outcomes {
        final long[] latencies;
        final boolean[] found;
        final boolean[] matched;
        final List<UUID> expected;
        final AtomicInteger errors = new AtomicInteger();

        Outcomes(int queries, List<UUID> expected) {
            this.latencies = new long[queries];
            this.found = new boolean[queries];
            this.matched = new boolean[queries];
            this.expected = expected;
        }

        void read(int i, LoadClient.Answer r) {
            if (r.status() != 200) {
                errors.incrementAndGet();
                return;
            }
            for (JsonNode h : JSON.readTree(r.body()).get("hits")) {
                if (expected.get(i) != null && expected.get(i).toString().equals(h.get("noticeId").asString())) {
                    found[i] = true;
                }
                if ("MATCH".equals(h.get("decision").asString())) {
                    matched[i] = true;
                }
            }
        }

        double recall() {
            int positives = 0;
            int recalled = 0;
            for (int i = 0; i < found.length; i++) {
                if (expected.get(i) != null) {
                    positives++;
                    recalled += found[i] ? 1 : 0;
                }
            }
            return positives == 0 ? 1.0 : (double) recalled / positives;
        }

        double falseMatchRate() {
            int negatives = 0;
            int falseMatches = 0;
            for (int i = 0; i < matched.length; i++) {
                if (expected.get(i) == null) {
                    negatives++;
                    falseMatches += matched[i] ? 1 : 0;
                }
            }
            return negatives == 0 ? 0.0 : (double) falseMatches / negatives;
        }
    }

    /** A person as the API shows a notice's subject, with a full birth date made up where only part is known. */
    private static BenchPopulation.Person person(JsonNode s, Random random) {
        String given = text(s, "givenNames");
        String first = text(s, "firstSurname");
        if (given == null || first == null) {
            return null;
        }
        String particles = text(s, "particles");
        String birth = text(s, "birthDate");
        PartialDate date = birth == null ? new PartialDate(1980, null, null) : PartialDate.parse(birth);
        String country = s.get("nationalities").isEmpty() ? "VE" : s.get("nationalities").get(0).asString();
        String document = s.get("documents").isEmpty() ? null : s.get("documents").get(0).get("number").asString();
        String nickname = null;
        for (JsonNode a : s.get("aliases")) {
            if (a.get("nickname").asBoolean()) {
                nickname = a.get("name").asString();
            }
        }
        int month = date.month() == null ? 1 + random.nextInt(12) : date.month();
        int day = date.day() == null ? 1 + random.nextInt(28) : date.day();
        return new BenchPopulation.Person(List.of(given.split(" ")), particles == null ? first : particles + " " + first,
                text(s, "secondSurname"), nickname, date.year(), month, day, date.month(), date.day(), country, document);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static JsonNode get(LoadClient client, String url) throws Exception {
        LoadClient.Answer r = client.get(url);
        if (r.status() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + r.status());
        }
        return JSON.readTree(r.body());
    }
}
