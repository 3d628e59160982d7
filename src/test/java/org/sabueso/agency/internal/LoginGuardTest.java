package org.sabueso.agency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.AccountLocked;
import org.sabueso.agency.AccountLockedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The guard's counting, delays, lock and its expiry, on a clock the test moves. */
class LoginGuardTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK_FOR = Duration.ofMinutes(15);
    private static final Authentication OK = new TestingAuthenticationToken("someone", null);

    private final MovableClock clock = new MovableClock();
    private final List<Object> published = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final LoginGuard guard = new LoginGuard(10, WINDOW, LOCK_FOR, clock, published::add, pauses::add);
    private final AtomicInteger passwordChecks = new AtomicInteger();

    private Authentication right(String name) {
        return guard.check(name, true, "10.0.0.1", () -> {
            passwordChecks.incrementAndGet();
            return OK;
        });
    }

    private Throwable wrong(String name, String address) {
        try {
            guard.check(name, true, address, () -> {
                passwordChecks.incrementAndGet();
                throw new BadCredentialsException("bad credentials");
            });
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("a wrong password was accepted");
    }

    @Test
    void the_tenth_failure_locks_and_the_right_password_is_then_refused_without_being_checked() {
        for (int i = 1; i < 10; i++) {
            assertThat(wrong("cl.border", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(wrong("cl.border", "10.0.0.1")).isInstanceOf(AccountLockedException.class);
        int checked = passwordChecks.get();

        assertThatThrownBy(() -> right("cl.border")).isInstanceOf(AccountLockedException.class);
        assertThatThrownBy(() -> guard.refuseIfLocked("cl.border")).isInstanceOf(AccountLockedException.class);
        assertThat(passwordChecks.get()).isEqualTo(checked);
        assertThat(published).singleElement().isInstanceOfSatisfying(AccountLocked.class, locked -> {
            assertThat(locked.targetId()).isEqualTo("cl.border");
            assertThat(locked.action()).isEqualTo("auth.locked");
            assertThat(locked.detail()).contains("failures=10", "from 10.0.0.1");
        });
    }

    @Test
    void the_lock_ends_after_its_time_and_the_name_starts_afresh() {
        for (int i = 0; i < 10; i++) {
            wrong("ve.border", "10.0.0.1");
        }
        clock.advance(LOCK_FOR.minusSeconds(1));
        assertThatThrownBy(() -> right("ve.border")).isInstanceOfSatisfying(AccountLockedException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(right("ve.border")).isSameAs(OK);
        assertThat(wrong("ve.border", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        for (int i = 0; i < 9; i++) {
            wrong("co.border", "10.0.0.1");
        }
        clock.advance(WINDOW.plusSeconds(1));
        for (int i = 0; i < 9; i++) {
            assertThat(wrong("co.border", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(right("co.border")).isSameAs(OK);
    }

    @Test
    void a_right_password_clears_the_count_of_earlier_typos() {
        for (int i = 0; i < 9; i++) {
            wrong("pe.border", "10.0.0.1");
        }
        right("pe.border");
        for (int i = 0; i < 9; i++) {
            assertThat(wrong("pe.border", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(pauses.get(9)).isEqualTo(LoginGuard.FIRST_DELAY);
    }

    @Test
    void many_failures_from_one_address_never_lock_another_account_from_it() {
        for (int i = 0; i < 200; i++) {
            wrong("sprayed." + i, "10.0.0.9");
        }
        assertThat(published).isEmpty();
        assertThat(guard.check("ec.border", true, "10.0.0.9", () -> OK)).isSameAs(OK);
        assertThat(pauses).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(LoginGuard.MAX_ADDRESS_DELAY));
        assertThat(pauses.getLast()).isEqualTo(LoginGuard.MAX_ADDRESS_DELAY);
    }

    @Test
    void a_name_that_is_no_account_is_counted_and_locked_like_an_account() {
        Throwable last = null;
        for (int i = 0; i < 10; i++) {
            try {
                guard.check("nobody.here", false, "10.0.0.1", () -> {
                    throw new BadCredentialsException("bad credentials");
                });
            } catch (RuntimeException e) {
                last = e;
            }
        }
        assertThat(last).isInstanceOf(AccountLockedException.class);
        assertThatThrownBy(() -> guard.refuseIfLocked("nobody.here")).isInstanceOf(AccountLockedException.class);
        // an account of another name is untouched
        guard.refuseIfLocked("somebody.else");
    }

    @Test
    void guesses_fired_in_parallel_at_one_name_are_checked_one_at_a_time_and_no_more_than_ten() throws Exception {
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Throwable>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(threads.submit(() -> wrong("ve.prison", "10.0.0.1")));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isInstanceOfAny(BadCredentialsException.class, AccountLockedException.class);
            }
        }
        assertThat(passwordChecks.get()).isEqualTo(10);
        assertThat(published).hasSize(1);
    }

    @Test
    void delays_double_from_a_quarter_second_up_to_their_caps() {
        assertThat(List.of(LoginGuard.delay(1, 1), LoginGuard.delay(2, 2), LoginGuard.delay(3, 3),
                LoginGuard.delay(4, 4), LoginGuard.delay(10, 10), LoginGuard.delay(Integer.MAX_VALUE, 0)))
                .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                        Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        // a name's first failure from a busy address: the address adds nothing up to 10 failures,
        // then a quarter second doubling every 10 failures, never more than 1 s
        assertThat(List.of(LoginGuard.delay(1, 10), LoginGuard.delay(1, 20), LoginGuard.delay(1, 21),
                LoginGuard.delay(1, 31), LoginGuard.delay(1, Integer.MAX_VALUE)))
                .containsExactly(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void a_name_with_control_characters_reaches_the_audit_event_printable() {
        for (int i = 0; i < 10; i++) {
            wrong("evil\u0000\u001b[31m" + "x".repeat(500), "10.0.0.1");
        }
        assertThat(published).singleElement().isInstanceOfSatisfying(AccountLocked.class, locked -> {
            assertThat(locked.actor()).doesNotContain("\u0000", "\u001b").hasSizeLessThanOrEqualTo(100);
        });
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
