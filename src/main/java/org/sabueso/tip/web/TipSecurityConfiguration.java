package org.sabueso.tip.web;

import org.sabueso.tip.internal.TipRoutes;
import org.sabueso.web.LanguageInLinks;
import org.sabueso.web.SecurityConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * The public tip routes have a chain of their own, ahead of the API's and the pages': anonymous
 * only, no session ever created or read, no security context stored, no saved request, and no
 * CSRF token (which would need a session, so a cookie). CSRF protects a signed-in user's
 * authority; these forms carry none, and every follow-up action needs the codename. No login
 * here, so no authentication event (which the audit trail would record with an address).
 * Submissions over the rate limit are answered here too ({@link TipRateLimitAnswer}), after the
 * security headers are in place.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TipSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain publicTips(HttpSecurity http) throws Exception {
        http.securityMatcher(TipRoutes.PATTERNS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(SecurityConfiguration.CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()))
                .addFilterAfter(new LanguageInLinks(), DisableEncodeUrlFilter.class)
                .addFilterAfter(new TipRateLimitAnswer(), HeaderWriterFilter.class);
        return http.build();
    }
}
