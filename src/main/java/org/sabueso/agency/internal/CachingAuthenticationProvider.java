package org.sabueso.agency.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.sabueso.shared.ServerTimings;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Authenticates staff with Argon2id, and remembers a successful check for a few minutes so that
 * API clients sending HTTP Basic on every request do not pay a 16 MiB, ~50 ms hash each time.
 * The cache holds an HMAC of the password under a key that lives only in this process, and the
 * stored hash it was checked against: a changed password or a disabled account takes effect
 * within seconds, because the account itself is re-read every few seconds. Every password check
 * goes through the {@link LoginGuard}, which slows and then locks out guessing.
 */
@Component
class CachingAuthenticationProvider implements AuthenticationProvider {

    private static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    private final StaffUserDetailsService users;
    private final DaoAuthenticationProvider full;
    private final Clock clock;
    private final LoginGuard guard;
    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new BoundedMap<>(MAX_ENTRIES);

    private record Verified(String passwordHash, Instant until) {
    }

    private record Loaded(UserDetails user, Instant until) {
    }

    private static final Duration ACCOUNT_TTL = Duration.ofSeconds(5);
    private final Map<String, Loaded> accounts = new BoundedMap<>(MAX_ENTRIES);

    CachingAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder passwords, Clock clock, LoginGuard guard) {
        this.users = users;
        this.guard = guard;
        this.clock = clock;
        this.full = new DaoAuthenticationProvider(users);
        this.full.setPasswordEncoder(passwords);
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        long started = System.nanoTime();
        try {
            return check(authentication);
        } finally {
            ServerTimings.add("auth", System.nanoTime() - started);
        }
    }

    private Authentication check(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || credentials == null || username.length() > 200 || credentials.toString().length() > 1000) {
            throw new BadCredentialsException("bad credentials");
        }
        // a locked name is refused before anything else: no password compared (not even one
        // remembered from before the lock), no account looked up
        guard.refuseIfLocked(username);
        String cacheKey = username + "\u0000" + mac(credentials.toString());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        UserDetails user;
        try {
            user = account(username);
        } catch (UsernameNotFoundException e) {
            // the full provider spends the same time on unknown users, and the guard counts and
            // locks their names as it does accounts, so neither timing nor answers tell anything
            return guard.check(username, false, address, () -> full.authenticate(authentication));
        }
        if (!user.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        Verified v;
        synchronized (verified) {
            v = verified.get(cacheKey);
        }
        if (v != null && v.passwordHash().equals(user.getPassword()) && clock.instant().isBefore(v.until())) {
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                    user, null, user.getAuthorities());
            token.setDetails(new org.sabueso.agency.RememberedCredentials(authentication.getDetails()));
            return token;
        }
        Authentication result = guard.check(username, true, address, () -> full.authenticate(authentication));
        synchronized (verified) {
            verified.put(cacheKey, new Verified(user.getPassword(), clock.instant().plus(TTL)));
        }
        return result;
    }

    /**
     * The account, looked up at most every few seconds per user: a disabled account or a changed
     * password takes effect within {@link #ACCOUNT_TTL}, and a busy API client costs no query per call.
     */
    private UserDetails account(String username) {
        Instant now = clock.instant();
        Loaded cached;
        synchronized (accounts) {
            cached = accounts.get(username);
        }
        if (cached != null && now.isBefore(cached.until())) {
            return cached.user();
        }
        UserDetails user = users.loadUserByUsername(username);
        synchronized (accounts) {
            accounts.put(username, new Loaded(user, now.plus(ACCOUNT_TTL)));
        }
        return user;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String mac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
