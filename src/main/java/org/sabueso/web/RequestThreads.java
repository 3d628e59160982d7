package org.sabueso.web;

import org.apache.coyote.ProtocolHandler;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests run on virtual threads. A screening spends most of its life waiting: for one of the
 * engine's slots (as many as cores), then for its group commit of audit entries and hits. On
 * platform threads each wait and wake-up was a switch of the operating system's scheduler; at
 * 64 requests at once on 2 cores that cost about a seventh of the service's CPU per screening,
 * and the larger commit groups cut PostgreSQL's share by about a third (measured at 1 M notices,
 * docs/benchmarks.md). Only Tomcat's request threads: background work
 * (event listeners, imports) keeps its bounded pool, so a bulk import cannot start a hundred
 * thousand database tasks at once. {@code sabueso.web.virtual-threads=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "sabueso.web.virtual-threads", havingValue = "true", matchIfMissing = true)
class RequestThreads {

    @Bean
    TomcatProtocolHandlerCustomizer<ProtocolHandler> virtualRequestThreads() {
        return handler -> handler.setExecutor(new VirtualThreadExecutor("request-"));
    }
}
