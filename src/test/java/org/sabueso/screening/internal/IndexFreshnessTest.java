package org.sabueso.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sabueso.screening.internal.index.ScreeningIndex;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What the index status counts as pending: told inside the committing transaction, until applied. */
class IndexFreshnessTest {

    private record Change(List<String> ids) {
    }

    private ScreeningIndex index;
    private IndexFreshness freshness;

    @BeforeEach
    void setUp() throws Exception {
        index = new ScreeningIndex(Files.createTempDirectory("freshness-test"));
        freshness = new IndexFreshness(index, Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        index.close();
    }

    /** Runs {@code work} as inside a transaction, then completes it with {@code status}. */
    private static void inTransaction(Runnable work, int status) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                s.afterCompletion(status);
            }
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_committed_change_is_pending_from_its_transaction_until_applied() {
        Change c = new Change(List.of("a", "b", "c"));
        inTransaction(() -> {
            freshness.told(c, 3);
            assertThat(freshness.status().pending()).as("before the commit").isEqualTo(3);
        }, TransactionSynchronization.STATUS_COMMITTED);
        assertThat(freshness.status().pending()).isEqualTo(3);
        assertThat(freshness.status().caughtUp()).isFalse();

        freshness.applied(c, 3);
        assertThat(freshness.status().pending()).isZero();
        assertThat(freshness.status().caughtUp()).isTrue();
        assertThat(freshness.status().lastChange()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
    }

    @Test
    void a_rolled_back_change_is_not_pending() {
        inTransaction(() -> freshness.told(new Change(List.of("a")), 1), TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(freshness.status().pending()).isZero();
    }

    @Test
    void outside_a_transaction_nothing_is_counted_and_an_untold_change_takes_nothing_off() {
        freshness.told(new Change(List.of("a")), 1);
        assertThat(freshness.status().pending()).isZero();

        Change told = new Change(List.of("b", "c"));
        inTransaction(() -> freshness.told(told, 2), TransactionSynchronization.STATUS_COMMITTED);
        // republished after a restart: never told here, so applying it changes nothing
        freshness.applied(new Change(List.of("x")), 1);
        assertThat(freshness.status().pending()).isEqualTo(2);
    }

    @Test
    void equal_changes_told_twice_are_pending_until_both_are_applied() {
        Change c = new Change(List.of("a"));
        inTransaction(() -> freshness.told(c, 1), TransactionSynchronization.STATUS_COMMITTED);
        inTransaction(() -> freshness.told(c, 1), TransactionSynchronization.STATUS_COMMITTED);
        freshness.applied(c, 1);
        assertThat(freshness.status().pending()).isEqualTo(1);
        freshness.applied(c, 1);
        assertThat(freshness.status().pending()).isZero();
    }

    @Test
    void waiting_for_the_index_returns_at_the_bound_when_it_does_not_catch_up_and_at_once_when_it_has() {
        Change c = new Change(List.of("a"));
        inTransaction(() -> freshness.told(c, 1), TransactionSynchronization.STATUS_COMMITTED);
        assertThat(freshness.awaitCaughtUp(Duration.ofMillis(50)).caughtUp()).isFalse();

        Thread.ofVirtual().start(() -> freshness.applied(c, 1));
        assertThat(freshness.awaitCaughtUp(Duration.ofSeconds(20)).caughtUp()).isTrue();
    }
}
