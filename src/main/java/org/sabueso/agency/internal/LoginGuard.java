package org.sabueso.agency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.sabueso.agency.AccountLocked;
import org.sabueso.agency.AccountLockedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing, then stops it. Every failed sign-in (login form or HTTP Basic, they
 * share one authentication provider) is counted against the name tried and against the client
 * address, and answered only after a delay that grows with both counts. After
 * {@code sabueso.login.max-failures} failures of one name within {@code sabueso.login.window},
 * the name is locked for {@code sabueso.login.lock-for}: every sign-in as that name is refused
 * before any password is compared, so the right password gets the very same answer as a wrong
 * one. Each lock is published as {@link AccountLocked} for the audit trail.
 *
 * <p>An address is slowed a little but never locked: the staff of a whole agency may sit behind
 * one address, and one person's typos (or an attacker's guesses at one account) must not keep
 * the others out. A successful sign-in is never delayed.
 *
 * <p>Names that are no account are counted and locked like real ones, in a map of their own: the
 * answers do not tell which accounts exist, and a flood of invented names cannot push a real
 * account's lock out of memory. Counters live in memory only: a restart forgets them, which
 * costs an attacker a restart of the service per ten guesses.
 */
@Component
class LoginGuard {

    /** Staff accounts number in the thousands; well above that, the least recently tried are forgotten. */
    private static final int MAX_NAMES = 10_000;
    /** Distinct addresses tracked at once; an address pushed out only loses its (small) delay. */
    private static final int MAX_ADDRESSES = 10_000;

    /**
     * The first delay, doubled at each further failure of the same name: a person who mistypes
     * hardly notices a quarter of a second, and a guesser reaches the cap at the fourth failure.
     */
    static final Duration FIRST_DELAY = Duration.ofMillis(250);
    /**
     * The longest a failed attempt of a name is held: the ten tries before a lock then take about
     * 16 s. The request runs on a virtual thread (web/RequestThreads), so a waiting answer holds
     * no pooled thread; the cap keeps a person who mistyped from waiting long.
     */
    static final Duration MAX_DELAY = Duration.ofSeconds(2);
    /**
     * Failures from one address within the window before the address itself slows answers: an
     * agency behind one NAT makes some typos, a password sprayer trying one guess on each of
     * many accounts makes many more.
     */
    static final int ADDRESS_FREE_FAILURES = 10;
    /**
     * An address's delay doubles every this many further failures, and stops at
     * {@link #MAX_ADDRESS_DELAY}: half of a name's cap, so that colleagues behind the same
     * address who mistype wait at most a second, and never find their account locked by it.
     */
    static final int ADDRESS_FAILURES_PER_STEP = 10;
    static final Duration MAX_ADDRESS_DELAY = Duration.ofSeconds(1);
    /** An address's delay is at its cap after 3 steps; counting further changes nothing. */
    private static final int ADDRESS_KEEP = ADDRESS_FREE_FAILURES + 3 * ADDRESS_FAILURES_PER_STEP;

    /** How the guard waits; the unit tests record the delays instead of sleeping. */
    interface Pause {
        void pause(Duration delay);
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration lockFor;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Pause pause;
    private final Map<String, Failures> accounts = new BoundedMap<>(MAX_NAMES);
    private final Map<String, Failures> unknownNames = new BoundedMap<>(MAX_NAMES);
    private final Map<String, Failures> addresses = new BoundedMap<>(MAX_ADDRESSES);

    /**
     * Defaults as in the Windows security baseline's account lockout policy (10 failures, counted
     * over 15 minutes, locked for 15 minutes): few enough that an account sees at most about 40
     * guesses an hour, many enough that a person's typos and a mistyped saved password do not
     * lock them out. NIST SP 800-63B asks for no more than 100 consecutive failures.
     */
    @Autowired
    LoginGuard(@Value("${sabueso.login.max-failures:10}") int maxFailures,
               @Value("${sabueso.login.window:PT15M}") Duration window,
               @Value("${sabueso.login.lock-for:PT15M}") Duration lockFor,
               Clock clock, ApplicationEventPublisher events) {
        this(maxFailures, window, lockFor, clock, events, LoginGuard::sleep);
    }

    LoginGuard(int maxFailures, Duration window, Duration lockFor, Clock clock,
               ApplicationEventPublisher events, Pause pause) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("sabueso.login.max-failures must be at least 1, window and lock-for positive");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockFor = lockFor;
        this.clock = clock;
        this.events = events;
        this.pause = pause;
    }

    /**
     * Refuses at once when the name is locked, as an account or as a name that is none. Called
     * before anything looks at the password, including credentials an API client had verified
     * minutes ago, and before the account is looked up.
     */
    void refuseIfLocked(String username) {
        for (Map<String, Failures> names : List.of(accounts, unknownNames)) {
            Failures name = existing(names, username);
            if (name != null) {
                refuseIfLocked(name);
            }
        }
    }

    /**
     * Runs the password check for a name, its turn after any other check of the same name. A
     * wrong password is counted, the answer is held for the delay, and the failure that reaches
     * the limit locks the name and is answered as a lock. A right one clears the name's count.
     *
     * @param known whether an account of that name exists (the answer does not depend on it)
     * @param address the client's address, or null when the web layer gave none
     */
    Authentication check(String username, boolean known, String address, Supplier<Authentication> passwordCheck) {
        Failures name = entry(known ? accounts : unknownNames, username);
        name.turn.lock();
        try {
            refuseIfLocked(name);
            Authentication ok;
            try {
                ok = passwordCheck.get();
            } catch (BadCredentialsException wrong) {
                throw failed(username, name, address, wrong);
            }
            name.clear();
            return ok;
        } finally {
            name.turn.unlock();
        }
    }

    private RuntimeException failed(String username, Failures name, String address, BadCredentialsException wrong) {
        Instant now = clock.instant();
        int byName = name.add(now, window, maxFailures);
        int byAddress = entry(addresses, address == null ? "" : address).add(now, window, ADDRESS_KEEP);
        pause.pause(delay(byName, byAddress));
        if (byName < maxFailures) {
            return wrong;
        }
        name.lock(clock.instant().plus(lockFor));
        events.publishEvent(new AccountLocked(printable(username), maxFailures, window, lockFor, address));
        return new AccountLockedException(lockFor);
    }

    /** The wait before answering the n-th failure of a name, the m-th of an address, in the window. */
    static Duration delay(int byName, int byAddress) {
        Duration forName = doubled(FIRST_DELAY, byName - 1, MAX_DELAY);
        Duration forAddress = byAddress <= ADDRESS_FREE_FAILURES ? Duration.ZERO
                : doubled(FIRST_DELAY, (byAddress - ADDRESS_FREE_FAILURES - 1) / ADDRESS_FAILURES_PER_STEP, MAX_ADDRESS_DELAY);
        return forName.compareTo(forAddress) >= 0 ? forName : forAddress;
    }

    private static Duration doubled(Duration first, int times, Duration cap) {
        // 2^5 times the first delay is already past any cap, and no shift can overflow
        Duration d = first.multipliedBy(1L << Math.min(Math.max(times, 0), 5));
        return d.compareTo(cap) > 0 ? cap : d;
    }

    private void refuseIfLocked(Failures name) {
        Duration left = name.lockedFor(clock.instant());
        if (left.isPositive()) {
            // Retry-After is in whole seconds; round up so a client that obeys it is not refused again
            long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
            throw new AccountLockedException(Duration.ofSeconds(seconds));
        }
    }

    private static Failures existing(Map<String, Failures> map, String key) {
        synchronized (map) {
            return map.get(key);
        }
    }

    private static Failures entry(Map<String, Failures> map, String key) {
        synchronized (map) {
            return map.computeIfAbsent(key, k -> new Failures());
        }
    }

    /** The audit trail stores text: a name tried may hold any bytes, control characters become U+FFFD. */
    private static String printable(String username) {
        StringBuilder b = new StringBuilder(Math.min(username.length(), 100));
        username.codePoints().limit(100).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
        return b.toString();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
