package org.sabueso.tools.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One Sabueso service in a process of its own (a national node, a post, or the broker command),
 * started from a launcher (the jar, or a test's class path), with its own data folder and
 * embedded PostgreSQL on ports fixed at creation, so that clients stay valid across a restart.
 * {@link #kill9} is {@code kill -9}: no shutdown hook runs and its PostgreSQL outlives it; the next
 * {@link #start} on the same folder stops that orphan (the service does, see OrphanPostgres).
 */
public final class NodeProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> launcher;
    private final Path dir;
    private final Map<String, String> properties;
    private final int httpPort;
    private final int pgPort;
    private final boolean service;
    private Process process;
    private int starts;

    /**
     * {@code launcher} is the command up to the application's own arguments ({@code java -jar
     * sabueso.jar}, or {@code java -cp <class path> org.sabueso.SabuesoApplication}); {@code
     * properties} are passed as {@code --key=value}, after the ports and the data folder.
     */
    public NodeProcess(String name, List<String> launcher, Path dir, Map<String, String> properties) {
        this(name, launcher, dir, properties, true);
    }

    /** A process of the jar run as given, such as the {@code broker} command: no ports, data folder or properties added. */
    public static NodeProcess bare(String name, List<String> command, Path dir) {
        return new NodeProcess(name, command, dir, Map.of(), false);
    }

    private NodeProcess(String name, List<String> launcher, Path dir, Map<String, String> properties, boolean service) {
        this.service = service;
        this.name = name;
        this.launcher = List.copyOf(launcher);
        this.dir = dir.toAbsolutePath();
        this.properties = new LinkedHashMap<>(properties);
        this.httpPort = freePort();
        this.pgPort = freePort();
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + httpPort;
    }

    public int pgPort() {
        return pgPort;
    }

    public Path dir() {
        return dir;
    }

    /** The JDBC URL of its embedded PostgreSQL; the owner role {@code postgres} connects without password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pgPort + "/postgres";
    }

    /** The log of the latest start. */
    public Path log() {
        return dir.resolve(name + "-" + starts + ".log");
    }

    public Optional<Long> pid() {
        return process == null ? Optional.empty() : Optional.of(process.pid());
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the service (a new log per start); returns at once, see {@link #awaitHealthy}. */
    public NodeProcess start() {
        if (alive()) {
            throw new IllegalStateException(name + " runs already (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(dir);
            starts++;
            List<String> command = new ArrayList<>(launcher);
            if (service) {
                command.add("--server.port=" + httpPort);
                command.add("--sabueso.data-dir=" + dir);
                command.add("--sabueso.db.port=" + pgPort);
                properties.forEach((k, v) -> command.add("--" + k + "=" + v));
            }
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile()).start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Waits until {@code /actuator/health} answers 200; throws with the log's path when it exits or the time is up. */
    public void awaitHealthy(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (healthy()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not healthy within " + within + "; its log: " + log());
    }

    /** Whether {@code /actuator/health} answers 200 now; throws with the log's path once the process has exited. */
    public boolean healthy() throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log: " + log());
        }
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /** {@code kill -9}: SIGKILL on Linux, no shutdown hook; returns once the process is gone. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop (SIGTERM), which closes its database; forcibly after a minute. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        stopLeftPostgres();
    }

    /** Sends a signal such as STOP or CONT to the process (the broker held down, then let go). */
    public void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a kill -9 that no restart followed, the embedded PostgreSQL still runs: stop it (fast shutdown). */
    private void stopLeftPostgres() {
        Path pidFile = dir.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            ProcessHandle.of(pid).ifPresent(pg -> {
                try {
                    new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor();
                    pg.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    pg.destroyForcibly();
                }
            });
        } catch (IOException | RuntimeException e) {
            // nothing to stop, or not ours to read
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
