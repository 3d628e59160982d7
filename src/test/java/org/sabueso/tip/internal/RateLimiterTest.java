package org.sabueso.tip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void a_client_is_stopped_past_its_limit_and_counted_afresh_the_next_minute() {
        AtomicLong now = new AtomicLong(1_000_000);
        RateLimiter limiter = new RateLimiter(3, 100, now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.allow("203.0.113.9")).isTrue();
        }
        assertThat(limiter.allow("203.0.113.9")).isFalse();
        assertThat(limiter.allow("198.51.100.4")).as("another client").isTrue();
        now.addAndGet(60_000);
        assertThat(limiter.allow("203.0.113.9")).isTrue();
        assertThat(limiter.trackedClients()).as("the old minute's counters are gone").isEqualTo(1);
    }

    @Test
    void all_clients_together_have_a_ceiling() {
        RateLimiter limiter = new RateLimiter(1000, 5, () -> 0L);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.allow("10.0.0." + i)).isTrue();
        }
        assertThat(limiter.allow("10.0.0.99")).isFalse();
    }
}
