package org.sabueso.tip.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.Valve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Puts {@link AnonymousRoutesValve} at the very front of Tomcat's engine pipeline, before the access log and any proxy valve. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class TipServerConfiguration {

    @Bean
    RateLimiter tipRateLimiter(@Value("${sabueso.tip.rate-limit.per-client-per-minute:20}") int perClient,
                               @Value("${sabueso.tip.rate-limit.all-per-minute:60000}") int all) {
        return new RateLimiter(perClient, all, System::currentTimeMillis);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> anonymousTipRoutes(RateLimiter limiter) {
        return factory -> {
            List<Valve> valves = new ArrayList<>(factory.getEngineValves());
            valves.addFirst(new AnonymousRoutesValve(limiter));
            factory.setEngineValves(valves);
        };
    }
}
