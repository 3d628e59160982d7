package org.sabueso.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.audit.AuditEntry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database's {@code audit_append} (V175) hashes exactly as {@link AuditChain#hash}, which
 * audit verify recomputes: the entries it writes link onto the chain's last entry and recompute
 * to their own hashes, whatever script, null or framing character their fields hold. Each case
 * runs in a transaction rolled back at the end, so the shared chain is left as it was.
 */
class ChainAppendTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    /** The framing of ADR 0002, pinned: values computed outside Java, from the ADR's definition. */
    @Test
    void the_hash_is_the_one_the_adr_defines() {
        assertThat(AuditChain.hash(1, Instant.parse("2026-03-01T12:00:00.123456Z"), "ve.analyst", null, "notice.read",
                "notice", "n-1", "Muñoz 𝔸 محمد", AuditChain.GENESIS))
                .isEqualTo("e5f0af1002a29763f49b3ed29ee581119789905736f33c4b9776800386eee419");
        assertThat(AuditChain.hash(7, Instant.parse("2026-03-01T12:00:00Z"), "system", "VE-CICPC", "screening.run",
                "screening", "", "a|b:c", AuditChain.GENESIS))
                .isEqualTo("566d8c94fc5539e6ca86f585ab66249102b318e2f266de1b2a790fd386e5c499");
    }

    @Test
    void entries_written_in_one_call_link_onto_the_chain_and_recompute_to_their_hashes() throws SQLException {
        // a whole second, a whole millisecond and microseconds: Instant's text differs for each
        Clock[] clocks = {Clock.fixed(Instant.parse("2026-12-04T22:00:00Z"), ZoneOffset.UTC),
                Clock.fixed(Instant.parse("2026-12-04T22:00:00.120Z"), ZoneOffset.UTC),
                Clock.fixed(Instant.parse("2026-12-04T22:00:00.123456789Z"), ZoneOffset.UTC)};
        List<ChainAppend.Entry> entries = List.of(
                new ChainAppend.Entry("ve.analyst", "VE-CICPC", "screening.run", "screening", "s-1", "purpose=control"),
                new ChainAppend.Entry(null, null, "hit.open", "hit", null, null),
                new ChainAppend.Entry("co.border", "CO-DIJIN", "test.append", "notice", "", ""),
                new ChainAppend.Entry("il.border", "CO-DIJIN", "test.append", "notice", "אבי כהן", "Юрий | 3:x Ñ 🚩"));
        for (Clock clock : clocks) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    AuditEntry before = last(c, 1).getFirst();
                    ChainAppend.append(c, clock, entries.subList(0, 2));
                    ChainAppend.append(c, clock, entries.subList(2, 4));
                    List<AuditEntry> written = last(c, 5).reversed();
                    assertThat(written.getFirst()).isEqualTo(before);
                    for (int i = 1; i < written.size(); i++) {
                        AuditEntry e = written.get(i);
                        assertThat(e.seq()).isEqualTo(before.seq() + i);
                        assertThat(e.prevHash()).isEqualTo(written.get(i - 1).hash());
                        assertThat(e.hash()).as("entry %d at %s", i, clock.instant()).isEqualTo(AuditChain.recompute(e));
                        assertThat(e.at()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
                    }
                    assertThat(written.get(2).actor()).isEqualTo(ChainAppend.SYSTEM);
                    assertThat(written.get(2).actorAgency()).isNull();
                    assertThat(written.get(4).detail()).isEqualTo("Юрий | 3:x Ñ 🚩");
                } finally {
                    c.rollback();
                }
            }
        }
    }

    @Test
    void an_entry_the_database_refuses_writes_nothing_of_its_call() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long head = last(c, 1).getFirst().seq();
                assertThatThrownBy(() -> ChainAppend.append(c, Clock.systemUTC(), List.of(
                        new ChainAppend.Entry("ve.analyst", null, "test.append", "notice", "n", "fine"),
                        new ChainAppend.Entry("ve.analyst", null, "test.append", "notice", "n", "a\u0000b"))))
                        .isInstanceOf(SQLException.class);
                c.rollback();
                assertThat(last(c, 1).getFirst().seq()).isEqualTo(head);
            } finally {
                c.rollback();
            }
        }
    }

    private static List<AuditEntry> last(Connection c, int n) throws SQLException {
        try (var st = c.prepareStatement("""
                SELECT seq, at, actor, actor_agency, action, target_type, target_id, detail, prev_hash, hash
                  FROM audit_entry ORDER BY seq DESC LIMIT ?""")) {
            st.setInt(1, n);
            List<AuditEntry> out = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10)));
                }
            }
            return out;
        }
    }
}
