package org.sabueso.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.AccountLockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * How a sign-in refused because the account is locked (too many failed sign-ins) is answered:
 * the API and HTTP Basic get 429 problem+json with the code {@value AccountLockedException#CODE}
 * and Retry-After, the login form goes back to the login page with its own message. Nothing in
 * either answer depends on the password sent.
 */
final class LoginRefusals {

    private LoginRefusals() {
    }

    /** The login form: a wrong password back to {@code /login?error}, a locked account to {@code /login?locked}. */
    static AuthenticationFailureHandler form() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(AccountLockedException.class.getName(), "/login?locked"));
        return handler;
    }

    /** HTTP Basic on the pages: the usual challenge, or the lock's answer. */
    static AuthenticationEntryPoint pagesBasic() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        // the realm Spring Security's httpBasic() default names
        challenge.setRealmName("Realm");
        return (request, response, e) -> {
            if (!answeredLocked(request, response, e)) {
                challenge.commence(request, response, e);
            }
        };
    }

    /** Writes the lock's answer when {@code e} is a lock; false otherwise, nothing written. */
    static boolean answeredLocked(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!(e instanceof AccountLockedException locked)) {
            return false;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(Math.max(1, locked.retryAfter().toSeconds())));
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("""
                {"type":"about:blank","title":"Too Many Requests","status":429,"code":"%s","detail":"Too many failed sign-ins: this account is locked for a while, whatever the password; try again after Retry-After seconds","instance":"%s"}"""
                .formatted(AccountLockedException.CODE, request.getRequestURI().replace("\"", "").replace("\\", "")));
        return true;
    }
}
