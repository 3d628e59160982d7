package org.sabueso.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A tip whose receipt was shown survives an immediate kill -9: the service runs in a JVM of its
 * own on a data folder of its own; a tip is sent and its codename read; then the JVM and its
 * embedded PostgreSQL are killed with SIGKILL, nothing shut down cleanly; a new service on the
 * same folder recovers, and the tipster follows up with the codename.
 */
class TipDurabilityTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_tip_acknowledged_before_a_kill_minus_nine_is_there_after_the_restart() throws Exception {
        Path dataDir = Path.of("target/kill9-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Files.createDirectories(dataDir);
        int port = freePort();
        Process first = start(dataDir, port, true, dataDir.resolve("first.log"));
        String codename;
        String what = "Lo vi en el puerto del Callao " + UUID.randomUUID();
        try {
            awaitUp(port, first, dataDir.resolve("first.log"));
            String notice = get(port, "/").replaceAll("(?s).*href=\"/notices/([0-9a-f-]{36})\".*", "$1");
            HttpResponse<String> r = post(port, "/api/v1/public/tips", "{\"noticeId\":\"" + notice + "\",\"what\":\"" + what + "\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            Matcher m = Pattern.compile("\"codename\":\"([^\"]+)\"").matcher(r.body());
            assertThat(m.find()).isTrue();
            codename = m.group(1);
        } finally {
            killHard(first, dataDir);
        }

        Process second = start(dataDir, port, false, dataDir.resolve("second.log"));
        try {
            awaitUp(port, second, dataDir.resolve("second.log"));
            HttpResponse<String> back = post(port, "/api/v1/public/tips/follow-up", "{\"codename\":\"" + codename + "\"}");
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
            assertThat(back.body()).contains(what, "RECEIVED");
        } finally {
            killHard(second, dataDir);
        }
    }

    private static Process start(Path dataDir, int port, boolean fresh, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.sabueso.SabuesoApplication",
                "--server.port=" + port, "--sabueso.data-dir=" + dataDir, "--sabueso.db.fresh=" + fresh,
                "--sabueso.demo.password=demo-pass", "--sabueso.demo.generated-persons=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Waits for the health endpoint. Bound: 240 s, a hung start and nothing else; a cold start of
     * the service with its own PostgreSQL takes about 11 s alone on 2 cores (STACK-NOTES) and
     * several times that beside other test JVMs. A process that dies fails at once with its log.
     */
    private static void awaitUp(int port, Process process, Path log) throws Exception {
        try {
            Awaitility.await("the service on port " + port).atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError("the service stopped: " + Files.readString(log));
                        }
                        return healthy(port);
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the service did not start: " + Files.readString(log), e);
        }
    }

    private static boolean healthy(int port) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException notYet) {
            return false; // not listening yet
        }
    }

    /** SIGKILL to the JVM and to PostgreSQL with all its processes: nothing gets to flush or shut down. */
    private static void killHard(Process service, Path dataDir) throws Exception {
        Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
        List<ProcessHandle> postgres = new ArrayList<>();
        if (Files.exists(pid)) {
            long postmaster = Long.parseLong(Files.readAllLines(pid).getFirst().strip());
            ProcessHandle.of(postmaster).ifPresent(p -> {
                postgres.addAll(p.descendants().toList());
                postgres.add(p);
            });
        }
        service.destroyForcibly();
        postgres.forEach(ProcessHandle::destroyForcibly);
        service.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle p : postgres) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static String get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpResponse<String> post(int port, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
