package org.sabueso.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: the REST API with HTTP Basic and no session (401 without credentials, never a
 * redirect), and the pages with form login, CSRF and a strict content security policy that lets
 * nothing load from third parties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    /** Nothing from third parties, no inline script or style; other chains (the tip line's) send the same. */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /**
     * No tracing backend is configured, and observing every filter of every request cost about
     * as much allocation per API call as the screening engine (JFR allocation samples at 1 M
     * notices, together with the Micrometer timers it started).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(new ProblemEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session, so nothing to log out of and no request to save for after a login page;
                // a request without credentials stays unauthenticated and gets the 401 above
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                // the same policy as the pages, so an API answer (an error included) opened in a browser runs nothing
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/console/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers("/console/**").authenticated()
                        // the portal, the tip line, their files, robots.txt, the icons, and any address
                        // that does not exist: the application answers (a 404 for the last), and no
                        // sign-in is asked for where none can succeed (PublicSide)
                        .requestMatchers(PublicSide.MATCHER).permitAll()
                        .requestMatchers("/error", "/login", "/actuator/health",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/console", false).permitAll()
                        .failureHandler(LoginRefusals.form()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        request -> request.getRequestURI().startsWith("/v3/")))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()))
                .httpBasic(b -> b.authenticationEntryPoint(LoginRefusals.pagesBasic()))
                .addFilterAfter(new LanguageInLinks(), DisableEncodeUrlFilter.class);
        return http.build();
    }
}
