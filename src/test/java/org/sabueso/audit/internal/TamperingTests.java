package org.sabueso.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.audit.AuditEntry;
import org.sabueso.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampering with the stored chain, as a database superuser could: the database refuses plain
 * UPDATE and DELETE, and what gets past the trigger is reported by {@code audit verify} at the
 * entry concerned. The service's own role cannot get past the trigger, so tampering goes through
 * the embedded server's superuser connection. Every test puts the chain back as it was, since all
 * tests share one database.
 */
class TamperingTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedPostgres pg;
    @Autowired
    AuditTrail trail;

    private VerifyRun verifyCommand(String... args) {
        return VerifyRun.of(trail, args);
    }

    /** Runs SQL with triggers off for this transaction only: what a superuser can do. */
    private void asSuperuser(String sql, Object... params) {
        new Superuser(pg).withTriggersOff(sql, params);
    }

    /** An entry well inside the chain, with entries after it. */
    private long victim() {
        return trail.head().orElseThrow().seq() - 3;
    }

    @Test
    void the_command_is_found_by_its_words() {
        assertThat(AuditVerifyCommand.class.getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo("audit verify");
    }

    @Test
    void an_intact_chain_prints_ok_with_its_length_and_head() {
        VerifyRun run = verifyCommand("--sabueso.data-dir=ignored");
        assertThat(run.exitCode()).isZero();
        String head = run.out().strip();
        assertThat(head).matches("audit: OK entries=\\d+ head=[0-9a-f]{64}");
        long entries = Long.parseLong(head.replaceAll(".*entries=(\\d+).*", "$1"));
        AuditEntry latest = jdbc.sql("SELECT seq, hash FROM audit_entry WHERE seq = ?").param(entries)
                .query((rs, i) -> new AuditEntry(rs.getLong(1), null, null, null, null, null, null, null, null,
                        rs.getString(2))).single();
        assertThat(head).endsWith("head=" + latest.hash());
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_entries() {
        // the service's role has no such privilege at all
        for (String sql : List.of("UPDATE audit_entry SET detail = 'x' WHERE seq = 1", "DELETE FROM audit_entry WHERE seq = 1",
                "TRUNCATE audit_entry")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        }
        // and the trigger refuses even the owner, as long as triggers fire
        JdbcClient owner = new Superuser(pg).jdbc();
        assertThatThrownBy(() -> owner.sql("UPDATE audit_entry SET detail = 'x' WHERE seq = 1").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("DELETE FROM audit_entry WHERE seq = 1").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("TRUNCATE audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void an_edited_entry_is_reported_at_its_seq() {
        long seq = victim();
        String actor = jdbc.sql("SELECT actor FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        asSuperuser("UPDATE audit_entry SET actor = 'someone.else' WHERE seq = ?", seq);
        try {
            VerifyRun run = verifyCommand();
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).startsWith("audit: BROKEN at seq=" + seq + " reason=hash mismatch\n");
        } finally {
            asSuperuser("UPDATE audit_entry SET actor = ? WHERE seq = ?", actor, seq);
        }
        assertThat(verifyCommand().exitCode()).isZero();
    }

    @Test
    void a_replaced_hash_is_reported_at_its_entry_and_a_replaced_link_at_the_next() {
        long seq = victim();
        String hash = jdbc.sql("SELECT hash FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        asSuperuser("UPDATE audit_entry SET hash = ? WHERE seq = ?", "f".repeat(64), seq);
        try {
            VerifyRun run = verifyCommand();
            assertThat(run.out()).startsWith("audit: BROKEN at seq=" + seq + " reason=hash mismatch\n");
        } finally {
            asSuperuser("UPDATE audit_entry SET hash = ? WHERE seq = ?", hash, seq);
        }
        asSuperuser("UPDATE audit_entry SET prev_hash = ? WHERE seq = ?", "e".repeat(64), seq + 1);
        try {
            VerifyRun run = verifyCommand();
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).startsWith("audit: BROKEN at seq=" + (seq + 1) + " reason=prev_hash mismatch\n");
        } finally {
            asSuperuser("UPDATE audit_entry SET prev_hash = ? WHERE seq = ?", hash, seq + 1);
        }
        assertThat(verifyCommand().exitCode()).isZero();
    }

    @Test
    void a_deleted_entry_is_reported_as_a_gap_at_its_seq() {
        long seq = victim();
        Superuser superuser = new Superuser(pg);
        superuser.withTriggersOff(su -> {
            su.sql("CREATE TABLE audit_entry_saved AS SELECT * FROM audit_entry WHERE seq = ?").param(seq).update();
            su.sql("DELETE FROM audit_entry WHERE seq = ?").param(seq).update();
        });
        try {
            VerifyRun run = verifyCommand();
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEqualTo("audit: BROKEN at seq=" + seq + " reason=gap\n"
                    + "audit: expected seq " + seq + ", found " + (seq + 1) + " (1 missing); " + (seq - 1)
                    + " entries before it are intact\n");
        } finally {
            superuser.withTriggersOff(su -> {
                su.sql("INSERT INTO audit_entry SELECT * FROM audit_entry_saved").update();
                su.sql("DROP TABLE audit_entry_saved").update();
            });
        }
        assertThat(verifyCommand().exitCode()).isZero();
    }

    @Test
    void an_anchor_that_the_chain_no_longer_holds_is_reported() {
        AuditEntry head = trail.head().orElseThrow();
        assertThat(verifyCommand("--anchor=" + head.seq() + ":" + head.hash()).exitCode()).isZero();
        VerifyRun run = verifyCommand("--anchor=" + head.seq() + ":" + "0".repeat(64));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("audit: BROKEN at seq=" + head.seq() + " reason=anchor mismatch\n");
        assertThat(verifyCommand("--anchor=nonsense").exitCode()).isEqualTo(2);
    }
}
