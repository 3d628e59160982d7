package org.sabueso.agency;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because the account (or the name tried, when no such account exists) had
 * too many failed sign-ins lately. Thrown before any password is compared, so the answer is the
 * same whether the password sent was right or wrong. The web layer answers it with
 * {@link #CODE} and {@link #retryAfter()}.
 */
public final class AccountLockedException extends LockedException {

    /** The code the API and the login page translate. */
    public static final String CODE = AgencyRefusal.LOGIN_LOCKED.code();

    private final Duration retryAfter;

    public AccountLockedException(Duration retryAfter) {
        super(CODE);
        this.retryAfter = retryAfter;
    }

    /** How long until the account takes sign-ins again, never less than a second. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
