package org.sabueso.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.audit.AuditQuery;
import org.sabueso.audit.AuditTrail;
import org.sabueso.audit.ChainVerdict;
import org.sabueso.shared.Auditable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding 3 behind the edge: audited reads are written in groups, and a read whose entry the
 * database refuses (a NUL that got past every check) fails only its own request.
 */
class AuditGroupIsolationTest extends IntegrationTest {

    private record Read(String actor, String targetId, String detail) implements Auditable {
        @Override
        public String actorAgency() {
            return "VE-CICPC";
        }

        @Override
        public String action() {
            return "test.read";
        }

        @Override
        public String targetType() {
            return "notice";
        }

        @Override
        public boolean isRead() {
            return true;
        }
    }

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Test
    void a_read_the_database_refuses_fails_alone_and_the_reads_grouped_with_it_are_written() throws Exception {
        String run = UUID.randomUUID().toString();
        List<Future<?>> good = new ArrayList<>();
        List<Future<?>> bad = new ArrayList<>();
        // twenty rounds of six readers and one poisoned read released at once, so they share groups
        try (ExecutorService pool = Executors.newFixedThreadPool(14)) {
            for (int round = 0; round < 20; round++) {
                CountDownLatch start = new CountDownLatch(1);
                for (int i = 0; i < 6; i++) {
                    String target = run + "-" + round + "-" + i;
                    good.add(pool.submit(() -> {
                        start.await();
                        log.on(new Read("ve.analyst", target, "q=guerrero"));
                        return null;
                    }));
                }
                bad.add(pool.submit(() -> {
                    start.await();
                    log.on(new Read("ve.border", run + "-bad", "q=a\u0000b"));
                    return null;
                }));
                start.countDown();
                for (Future<?> f : good.subList(good.size() - 6, good.size())) {
                    f.get();
                }
                for (Future<?> f : bad.subList(bad.size() - 1, bad.size())) {
                    assertThatThrownBy(f::get).hasRootCauseInstanceOf(IllegalStateException.class)
                            .rootCause().hasMessageNotContaining("guerrero").hasMessageNotContaining("a\u0000b");
                }
            }
        }
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 6; i++) {
                String target = run + "-" + round + "-" + i;
                assertThat(trail.search(new AuditQuery(null, null, "test.read", target, null, null, 0, 10)).items())
                        .as(target).hasSize(1);
            }
        }
        assertThat(trail.search(new AuditQuery(null, null, "test.read", run + "-bad", null, null, 0, 10)).items()).isEmpty();
        // the members written again one by one after their group's rollback still link up as one chain
        assertThat(trail.verify(null, false, n -> { })).isInstanceOf(ChainVerdict.Intact.class);
    }
}
