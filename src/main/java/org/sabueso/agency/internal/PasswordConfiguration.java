package org.sabueso.agency.internal;

import org.sabueso.agency.AccountLockedException;
import org.sabueso.agency.RememberedCredentials;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** Argon2id (OWASP's first choice), 16 MiB, 2 passes; Bouncy Castle computes it. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /**
     * Logins and failed logins as Spring Security publishes them, except the re-use of API
     * credentials verified minutes ago ({@link RememberedCredentials}): an API client sends them
     * with every request, they are no new login, and publishing an event for each cost more than
     * the check itself.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher all = new DefaultAuthenticationEventPublisher(events);
        // Spring maps exceptions to failure events by exact class: a refusal while locked is a
        // failed sign-in too, and the audit trail records it as one
        all.setAdditionalExceptionMappings(java.util.Map.of(
                AccountLockedException.class, AuthenticationFailureLockedEvent.class));
        return new AuthenticationEventPublisher() {
            @Override
            public void publishAuthenticationSuccess(Authentication authentication) {
                if (!(authentication.getDetails() instanceof RememberedCredentials)) {
                    all.publishAuthenticationSuccess(authentication);
                }
            }

            @Override
            public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
                all.publishAuthenticationFailure(exception, authentication);
            }
        };
    }
}
