package org.sabueso.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sabueso.IntegrationTest;
import org.sabueso.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A chain that cannot be cut unseen: the service's database role cannot switch the append-only
 * trigger off, and the head is kept outside the database in signed checkpoints that
 * {@code audit verify} checks by default. Tampering goes through the embedded server's superuser
 * connection, as only a superuser could; every test puts the chain and the checkpoint file back.
 */
class AuditCheckpointTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedPostgres pg;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditCheckpoints checkpoints;
    @Value("${sabueso.data-dir}")
    Path dataDir;

    @Test
    void the_service_connects_as_a_role_that_is_neither_superuser_nor_owner_of_the_audit_table() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("sabueso_app");
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class WHERE oid = 'audit_entry'::regclass")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void the_service_role_can_neither_switch_the_trigger_off_nor_delete_entries() {
        for (String sql : List.of("ALTER TABLE audit_entry DISABLE TRIGGER ALL", "DELETE FROM audit_entry",
                "TRUNCATE audit_entry", "SET session_replication_role = replica", "DROP TABLE audit_entry")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(DataAccessException.class)
                    .rootCause().message().containsAnyOf("must be owner", "permission denied");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass AND tgenabled = 'O'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_tail_cut_after_a_checkpoint_is_reported_as_truncated_at_the_first_missing_seq() {
        http("ve.analyst").get("/api/v1/notices"); // a few fresh entries at the head
        Checkpoint checkpoint = checkpoints.write().orElseThrow();
        assertThat(checkpoint.seq()).isEqualTo(trail.head().orElseThrow().seq());
        long cut = checkpoint.seq() - 2;
        Superuser superuser = new Superuser(pg);
        superuser.withTriggersOff(su -> {
            su.sql("CREATE TABLE audit_entry_tail AS SELECT * FROM audit_entry WHERE seq >= ?").param(cut).update();
            su.sql("DELETE FROM audit_entry WHERE seq >= ?").param(cut).update();
        });
        try {
            VerifyRun run = VerifyRun.of(trail);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).startsWith("audit: BROKEN at seq=" + cut + " reason=truncated after checkpoint\n");
            // the links alone still hold: what the service used to report
            assertThat(VerifyRun.of(trail, "--no-checkpoint").out()).startsWith("audit: OK entries=" + (cut - 1) + " head=");
            // nor is the cut head signed the next minute
            assertThat(checkpoints.write()).contains(checkpoint);
            assertThat(VerifyRun.of(trail).exitCode()).isEqualTo(1);
        } finally {
            superuser.withTriggersOff(su -> {
                su.sql("INSERT INTO audit_entry SELECT * FROM audit_entry_tail").update();
                su.sql("DROP TABLE audit_entry_tail").update();
            });
        }
        assertThat(VerifyRun.of(trail).out()).startsWith("audit: OK entries=");
    }

    @Test
    void a_checkpoint_whose_signature_does_not_verify_is_reported_broken() throws IOException {
        Checkpoint checkpoint = checkpoints.write().orElseThrow();
        byte[] original = Files.readAllBytes(checkpoints.file());
        try {
            Checkpoint forged = new Checkpoint(checkpoint.seq(), checkpoint.hash(), checkpoint.at().plusSeconds(1),
                    checkpoint.signature());
            Files.writeString(checkpoints.file(), forged.line() + "\n", StandardOpenOption.APPEND);
            VerifyRun run = VerifyRun.of(trail);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).startsWith("audit: BROKEN at seq=" + checkpoint.seq() + " reason=checkpoint signature invalid\n");

            Files.writeString(checkpoints.file(), "v1 1\u0000 " + "a".repeat(64) + " \u202e " + "x".repeat(10_000) + "\n",
                    StandardOpenOption.APPEND);
            assertThat(VerifyRun.of(trail).out()).startsWith("audit: BROKEN at seq=0 reason=checkpoint signature invalid\n");
            assertThat(checkpoints.write()).as("no new checkpoint over one that does not verify").isEmpty();
        } finally {
            Files.write(checkpoints.file(), original);
        }
        assertThat(VerifyRun.of(trail).exitCode()).isZero();
    }

    @Test
    void the_signing_key_and_the_database_password_are_readable_by_their_owner_only() throws IOException {
        for (Path secret : List.of(dataDir.resolve("audit").resolve(CheckpointKey.PRIVATE_FILE), dataDir.resolve("db-app.password"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).as(secret.toString())
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void each_checkpoint_is_copied_to_the_file_or_url_the_operator_names(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("elsewhere").resolve("copies.log");
        Checkpoint written = new AuditCheckpoints(jdbc, Clock.systemUTC(), dir.resolve("to-file"), copy.toString(), false)
                .write().orElseThrow();
        assertThat(Files.readAllLines(copy)).containsExactly(written.line());
        assertThat(Files.readAllLines(dir.resolve("to-file/audit/checkpoints.log"))).containsExactly(written.line());

        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        CompletableFuture<String> posted = new CompletableFuture<>();
        server.createContext("/checkpoints", exchange -> {
            posted.complete(exchange.getRequestMethod() + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://localhost:" + server.getAddress().getPort() + "/checkpoints";
            Checkpoint sent = new AuditCheckpoints(jdbc, Clock.systemUTC(), dir.resolve("to-url"), url, false).write().orElseThrow();
            assertThat(posted.get(10, TimeUnit.SECONDS)).isEqualTo("POST " + sent.line() + "\n");
        } finally {
            server.stop(0);
        }
    }
}
