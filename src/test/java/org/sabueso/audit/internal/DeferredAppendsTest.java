package org.sabueso.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.audit.AuditQuery;
import org.sabueso.audit.AuditTrail;
import org.sabueso.audit.ChainVerdict;
import org.sabueso.shared.AuditAtCommit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries kept for the commit in a marked transaction, written at once in any other: a savepoint
 * rolled back takes its own entries with it, and the chain stays one line either way.
 */
class DeferredAppendsTest extends IntegrationTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    PlatformTransactionManager transactions;

    private int count(String target) {
        return trail.search(new AuditQuery(null, null, "test.deferred", target, null, null, 0, 10)).items().size();
    }

    @Test
    void a_marked_transaction_writes_its_entries_at_its_commit() {
        String run = UUID.randomUUID().toString();
        int[] seenBeforeCommit = new int[1];
        new TransactionTemplate(transactions).executeWithoutResult(s -> AuditAtCommit.within(() -> {
            log.append("ve.analyst", "VE-CICPC", "test.deferred", "notice", run, "first");
            log.append("ve.analyst", "VE-CICPC", "test.deferred", "notice", run, "second");
            // on the transaction's own connection: nothing written yet
            seenBeforeCommit[0] = count(run);
            return null;
        }));
        assertThat(seenBeforeCommit[0]).isZero();
        assertThat(count(run)).isEqualTo(2);
        assertThat(trail.verify(null, false, n -> { })).isInstanceOf(ChainVerdict.Intact.class);
    }

    @Test
    void a_marked_transaction_rolled_back_writes_nothing() {
        String run = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(s -> AuditAtCommit.within(() -> {
            log.append("ve.analyst", "VE-CICPC", "test.deferred", "notice", run, "never");
            s.setRollbackOnly();
            return null;
        }));
        assertThat(count(run)).isZero();
    }

    @Test
    void a_savepoint_rolled_back_takes_its_entries_and_the_chain_stays_whole() {
        String run = UUID.randomUUID().toString();
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            log.append("ve.analyst", "VE-CICPC", "test.deferred", "notice", run + "-before", null);
            nested.executeWithoutResult(n -> {
                log.append("ve.analyst", "VE-CICPC", "test.deferred", "notice", run + "-undone", null);
                n.setRollbackOnly();
            });
            log.append("ve.analyst", "VE-CICPC", "test.deferred", "notice", run + "-after", null);
        });
        assertThat(count(run + "-before")).isEqualTo(1);
        assertThat(count(run + "-undone")).isZero();
        assertThat(count(run + "-after")).isEqualTo(1);
        assertThat(trail.verify(null, false, n -> { })).isInstanceOf(ChainVerdict.Intact.class);
    }
}
