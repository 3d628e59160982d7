package org.sabueso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL left running by a service that died without closing it ({@code kill -9},
 * out of memory, power to the JVM only): its postmaster outlives the JVM because {@code pg_ctl}
 * detaches it, and it keeps {@code postmaster.pid}, so the next start would fail. Called only
 * while holding {@link DataFolderLock}, which proves the service that started it is dead.
 *
 * <p>The process named in {@code postmaster.pid} is stopped only if it is alive and is a
 * {@code postgres} whose {@code -D} is this very folder (read from {@code /proc/PID/cmdline}); a
 * reused pid belonging to anything else is left alone and only the stale file is removed.
 *
 * <p>Why not make PostgreSQL die with the JVM instead: {@code pg_ctl} starts the postmaster in a
 * session of its own, Java cannot set {@code PR_SET_PDEATHSIG} on it, and a watchdog process that
 * stops it when the JVM is gone would race a quick restart and could stop the new service's
 * server. Cleaning up at the next start, under the folder's lock, cannot hit the wrong server.
 */
final class OrphanPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostgres.class);

    /** A fast shutdown rolls back open transactions and checkpoints; with no clients left it takes well under a second. */
    static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);
    /** An immediate shutdown only signals the processes; startup then replays the WAL. */
    static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private OrphanPostgres() {
    }

    /** Stops the postmaster a dead service left on {@code pgData}, if there is one; true if one was stopped. */
    static boolean stopIfLeftBehind(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst())
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (postmaster.isEmpty() || !isPostgresOn(postmaster.get().pid(), pgData)) {
            // a dead pid, or one the system has since given to another program: the file is stale
            log.warn("Removing stale {} (pid {} is not a PostgreSQL on this folder)", pidFile,
                    lines.isEmpty() ? "?" : lines.getFirst());
            Files.deleteIfExists(pidFile);
            return false;
        }
        ProcessHandle pg = postmaster.get();
        log.warn("PostgreSQL pid {} on {} was left running by a service that is gone; stopping it", pg.pid(), pgData);
        signal(pg.pid(), "INT"); // SIGINT: fast shutdown
        if (!exited(pg, FAST_SHUTDOWN_WAIT)) {
            log.warn("PostgreSQL pid {} did not stop within {}; stopping it with pg_ctl -m immediate", pg.pid(), FAST_SHUTDOWN_WAIT);
            immediateStop(pg, pgData);
            if (!exited(pg, IMMEDIATE_SHUTDOWN_WAIT)) {
                throw new IllegalStateException("PostgreSQL pid " + pg.pid() + " on " + pgData
                        + " left by a dead service does not stop; stop it by hand");
            }
        }
        return true;
    }

    /** Whether {@code pid} runs a {@code postgres} binary with {@code -D} naming this folder. */
    static boolean isPostgresOn(long pid, Path pgData) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            List<String> argv = Arrays.asList(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            if (argv.isEmpty() || !Path.of(argv.getFirst()).getFileName().toString().equals("postgres")) {
                return false;
            }
            int d = argv.indexOf("-D");
            return d >= 0 && d + 1 < argv.size() && sameFolder(Path.of(argv.get(d + 1)), pgData);
        } catch (IOException | RuntimeException e) {
            return false; // gone meanwhile, or not ours to read
        }
    }

    private static boolean sameFolder(Path a, Path b) throws IOException {
        return Files.exists(a) && Files.isSameFile(a, b);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean exited(ProcessHandle p, Duration wait) {
        try {
            p.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    /** pg_ctl from the orphan's own binaries sends SIGQUIT to the postmaster, which passes it to every backend. */
    private static void immediateStop(ProcessHandle pg, Path pgData) {
        Optional<Path> pgCtl = pg.info().command().map(Path::of).map(p -> p.resolveSibling("pg_ctl")).filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            run(List.of(pgCtl.get().toString(), "-D", pgData.toString(), "stop", "-m", "immediate", "-w"));
        } else {
            signal(pg.pid(), "QUIT");
        }
    }

    private static void signal(long pid, String signal) {
        // ProcessHandle.destroy() can send only SIGTERM (a smart shutdown, which waits for clients)
        run(List.of("kill", "-" + signal, Long.toString(pid)));
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(IMMEDIATE_SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            log.warn("Could not run {}: {}", command.getFirst(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
