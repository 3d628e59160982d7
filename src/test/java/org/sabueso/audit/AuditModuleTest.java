package org.sabueso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.Agencies;
import org.sabueso.shared.Auditable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The audit module on its own (STANDALONE), the agency, notice and screening modules stand-ins: any module's
 * {@link Auditable} event lands on the chain inside the transaction that published it, a read and a
 * change through the same chain append, and the chain still verifies. Its own embedded PostgreSQL.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"sabueso.data-dir=target/test-data-audit-module", "sabueso.db.fresh=true",
        "sabueso.demo.enabled=false"})
class AuditModuleTest {

    @MockitoBean
    Agencies agencies;

    /** The audit page names and links records through these (web.AuditRows); the chain needs neither. */
    @MockitoBean
    org.sabueso.notice.Notices notices;

    @MockitoBean
    org.sabueso.screening.Hits hits;

    @Autowired
    AuditTrail trail;

    record Changed(String targetId, boolean isRead) implements Auditable {
        public String actor() { return "mod.analyst"; }
        public String actorAgency() { return "VE-AUDIT-TEST"; }
        public String action() { return isRead ? "test.read" : "test.change"; }
        public String targetType() { return "test"; }
        public String detail() { return "module test"; }
    }

    @Test
    void changes_and_reads_of_any_module_land_on_one_intact_chain(Scenario scenario) {
        String change = UUID.randomUUID().toString();
        String read = UUID.randomUUID().toString();

        scenario.publish(new Changed(change, false))
                .andWaitForStateChange(() -> entriesFor(change), n -> n == 1)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        scenario.publish(new Changed(read, true))
                .andWaitForStateChange(() -> entriesFor(read), n -> n == 1)
                .andVerify(n -> assertThat(n).isEqualTo(1));

        AuditEntry head = trail.head().orElseThrow();
        assertThat(head.targetId()).isEqualTo(read);
        assertThat(trail.verify(null, false, seen -> { })).isInstanceOf(ChainVerdict.Intact.class);
    }

    private long entriesFor(String target) {
        return trail.search(new AuditQuery(null, null, null, target, null, null, 0, AuditQuery.DEFAULT_SIZE)).total();
    }
}
