package org.sabueso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service killed with {@code kill -9} starts again on the same data folder with no hand in
 * between, although its embedded PostgreSQL outlived it. The service runs in JVMs of its own,
 * not in this one, because the point is what a killed process leaves behind; the shared test
 * context would not do.
 */
class CrashRestartTest {

    /** Two cores shared with other builds: a cold start of the whole service has taken over a minute. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Process, Integer> ports = new HashMap<>();

    @Test
    void a_service_killed_with_kill_9_starts_again_on_the_same_data_folder(@TempDir Path dir) throws Exception {
        Path pgData = dir.resolve("postgres").toAbsolutePath();
        List<Process> services = new ArrayList<>();
        try {
            Process first = start(dir, "first", services);
            awaitHealthy(first, dir.resolve("first.log"));

            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
            first.onExit().get();
            List<String> pidFile = Files.readAllLines(pgData.resolve("postmaster.pid"));
            long orphan = Long.parseLong(pidFile.getFirst().strip());
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the killed service's postgres").contains(true);
            assertThat(OrphanPostgres.isPostgresOn(orphan, pgData)).isTrue();

            Process second = start(dir, "second", services);
            awaitHealthy(second, dir.resolve("second.log"));
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphan was stopped").isEmpty();
            assertThat(Files.readString(dir.resolve("second.log"))).contains("was left running by a service that is gone");

            second.destroy(); // SIGTERM: a normal stop closes the database
            assertThat(second.onExit().get().exitValue()).isIn(0, 143);
            await().atMost(Duration.ofSeconds(30)).until(() -> postgresesOn(pgData).isEmpty());
        } finally {
            services.forEach(Process::destroyForcibly);
            for (Process p : services) {
                p.onExit().get();
            }
            OrphanPostgres.stopIfLeftBehind(pgData);
        }
        assertThat(postgresesOn(pgData)).isEmpty();
    }

    @Test
    void a_second_service_on_a_folder_in_use_is_refused_in_one_line(@TempDir Path dir) throws IOException {
        try (DataFolderLock held = DataFolderLock.acquire(dir)) {
            assertThatThrownBy(() -> DataFolderLock.acquire(dir))
                    .isInstanceOf(DataFolderLock.DataFolderInUse.class)
                    .hasMessageContaining("is in use by a running Sabueso (pid " + ProcessHandle.current().pid())
                    .hasMessageNotContaining("\n");
        }
        DataFolderLock.acquire(dir).close(); // released with its owner
    }

    private static List<ProcessHandle> postgresesOn(Path pgData) {
        return ProcessHandle.allProcesses().filter(p -> OrphanPostgres.isPostgresOn(p.pid(), pgData)).toList();
    }

    private Process start(Path dir, String name, List<Process> services) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SabuesoApplication.class.getName(),
                "--server.port=" + port, "--sabueso.data-dir=" + dir, "--sabueso.demo.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.sabueso=INFO")
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        services.add(p);
        ports.put(p, port);
        return p;
    }

    private void awaitHealthy(Process service, Path log) {
        URI health = URI.create("http://localhost:" + ports.get(service) + "/actuator/health");
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .failFast("the service exited; its log: " + log, () -> !service.isAlive())
                .until(() -> http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode() == 200);
    }
}
