package org.sabueso.tools.tips;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.Notices;
import org.sabueso.shared.SubCommand;
import org.sabueso.tip.internal.ReceiptProbe;
import org.sabueso.tools.http.LoadClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench tips [--seconds 60] [--threads 16]}: starts the whole service (web server,
 * embedded PostgreSQL on a fresh folder of its own, the demo's notices) and sends tips on
 * Guerrero Flores's public notice to the real public endpoint {@code POST /api/v1/public/tips}
 * from concurrent clients on kept-alive connections for the given time. Then it looks in the database for every
 * receipt that was acknowledged: {@code lost} counts those not stored. Last line:
 * {@code tips: submitted=N acknowledged=N stored=N lost=0 tips_per_s=X p99_ms=X}.
 */
@Command(name = "bench tips", description = "anonymous tips through the real HTTP endpoint, then checks none acknowledged was lost")
class TipsBench implements SubCommand {

    private static final Pattern CODENAME = Pattern.compile("\"codename\"\\s*:\\s*\"([^\"]+)\"");

    @Option(names = "--seconds", paramLabel = "S", description = "how long tips are sent (default ${DEFAULT-VALUE})")
    int seconds = 60;

    @Option(names = "--threads", paramLabel = "T", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int threads = 16;

    @Override
    public int run(ApplicationContext context) throws Exception {
        Path dataDir = Files.createTempDirectory("sabueso-bench-tips");
        Class<?> application = context.getBeansWithAnnotation(SpringBootApplication.class).values().stream()
                .map(b -> ClassUtils.getUserClass(b)).findFirst().orElseThrow();
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN"));
        long started = System.nanoTime();
        try (ConfigurableApplicationContext service = app.run("--server.port=0", "--sabueso.data-dir=" + dataDir,
                "--sabueso.db.fresh=true", "--sabueso.demo.enabled=true", "--sabueso.demo.generated-persons=0",
                "--sabueso.demo.password=" + UUID.randomUUID(), "--sabueso.db.pool-size=" + Math.max(10, threads + 4),
                "--sabueso.tip.rate-limit.per-client-per-minute=100000000",
                "--sabueso.tip.rate-limit.all-per-minute=100000000")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            UUID notice = service.getBean(Notices.class)
                    .search(Viewer.PUBLIC, new NoticeQuery("Guerrero Flores", null, null, null, 0, 5)).items().getFirst().id();
            System.out.printf(Locale.ROOT, "bench tips: service up on port %d in %.1f s (data in %s), %d client threads for %d s%n",
                    port, (System.nanoTime() - started) / 1e9, dataDir, threads, seconds);
            AtomicLong submitted = new AtomicLong();
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
            AtomicLong errors = new AtomicLong();
            long cpuBefore = cpuNanos(dataDir);
            long jvmBefore = jvmNanos();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            LoadClient client = new LoadClient(null);
            String url = "http://127.0.0.1:" + port + "/api/v1/public/tips";
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    for (long i = 0; System.nanoTime() < end; i++) {
                        String body = """
                                {"noticeId":"%s","what":"Vi a un hombre parecido en un mercado (%d-%d)","where":"Mercado de Gamarra, La Victoria, Lima","when":"ayer por la tarde","text":"Iba con dos personas en una camioneta gris."}"""
                                .formatted(notice, thread, i);
                        long q0 = System.nanoTime();
                        submitted.incrementAndGet();
                        try {
                            LoadClient.Answer r = client.postJson(url, body.getBytes(StandardCharsets.UTF_8));
                            Matcher m = CODENAME.matcher(new String(r.body(), StandardCharsets.UTF_8));
                            if (r.status() == 201 && m.find()) {
                                acknowledged.add(m.group(1));
                                if (n == mine.length) {
                                    mine = java.util.Arrays.copyOf(mine, n * 2);
                                }
                                mine[n++] = System.nanoTime() - q0;
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                    latencies.add(java.util.Arrays.copyOf(mine, n));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long cpu = cpuNanos(dataDir) - cpuBefore;
            long jvm = jvmNanos() - jvmBefore;
            pool.shutdown();
            client.close();
            long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
            long stored = ReceiptProbe.stored(service);
            long lost = ReceiptProbe.lost(service, acknowledged);
            double p99 = all.length == 0 ? 0 : all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6;
            double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
            double cpuPerTip = acknowledged.isEmpty() ? 0 : cpu / 1e6 / acknowledged.size();
            System.out.printf(Locale.ROOT, "bench tips: %.1f s, errors=%d (sent but not acknowledged: not counted as lost), p50_ms=%.2f, cpu of service+clients+postgres=%.1f s"
                            + " (%.2f ms per tip, %.2f of them in this JVM: %.0f tips/s if %d cores were ours alone), load average %.1f%n",
                    elapsed, errors.get(), p50, cpu / 1e9, cpuPerTip, acknowledged.isEmpty() ? 0 : jvm / 1e6 / acknowledged.size(),
                    cpuPerTip == 0 ? 0 : Runtime.getRuntime().availableProcessors() * 1000 / cpuPerTip,
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "tips: submitted=%d acknowledged=%d stored=%d lost=%d tips_per_s=%.0f p99_ms=%.2f%n",
                    submitted.get(), acknowledged.size(), stored, lost, acknowledged.size() / elapsed, p99);
            return lost == 0 && !acknowledged.isEmpty() ? 0 : 1;
        } finally {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long jvmNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** CPU time of this JVM and of the service's PostgreSQL (postmaster and its backends), so far. */
    private static long cpuNanos(Path dataDir) {
        long total = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pid).getFirst().strip());
            total += ProcessHandle.of(postmaster).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        } catch (java.io.IOException | RuntimeException e) {
            // an external database: only this JVM's time is known
        }
        return total;
    }

}
