package org.sabueso.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The edge, in front of everything else: the screening answers' timing, the body limit of the
 * API, the refusal of text the service cannot store, and Tomcat's own refusals answered in the
 * service's forms.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EdgeConfiguration {

    /** Before Spring Security's chains, which already write (a failed login is audited). */
    private static final int BEFORE_SECURITY = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20;

    /**
     * The default of 4 MB: the largest body an API route reads whole is a custody CSV import of
     * at most 20,000 lines (CsvImports.MAX_LINES), about 200 bytes a line at most; a JSON request
     * of that size is already far beyond any form the API takes.
     */
    @Bean
    FilterRegistrationBean<BodyLimit> bodyLimit(@Value("${sabueso.api.max-body-size:4MB}") DataSize limit) {
        FilterRegistrationBean<BodyLimit> r = new FilterRegistrationBean<>(new BodyLimit(limit.toBytes()));
        r.setOrder(BEFORE_SECURITY);
        r.setDispatcherTypes(DispatcherType.REQUEST);
        return r;
    }

    @Bean
    FilterRegistrationBean<UnstorableInput> unstorableInput() {
        FilterRegistrationBean<UnstorableInput> r = new FilterRegistrationBean<>(new UnstorableInput());
        r.setOrder(BEFORE_SECURITY + 1);
        r.setDispatcherTypes(DispatcherType.REQUEST);
        return r;
    }

    /** First of all, so that the screening answers' total covers sign-in and everything after it. */
    @Bean
    FilterRegistrationBean<ServerTiming> serverTiming() {
        FilterRegistrationBean<ServerTiming> r = new FilterRegistrationBean<>(new ServerTiming());
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        r.setDispatcherTypes(DispatcherType.REQUEST);
        return r;
    }

    /** Replaces the ErrorReportValve Spring Boot puts on the host with one that answers problem+json or a site page. */
    @Bean
    ProblemReports problemReports() {
        return new ProblemReports();
    }

    /** Replaces the ErrorReportValve Spring Boot puts on the host with one that answers problem+json or a site page. */
    static final class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve v : host.getPipeline().getValves()) {
                        if (v instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(v);
                        }
                    }
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemReportValve());
                }
            });
        }

        @Override
        public int getOrder() {
            // after Spring Boot's own customizer, which adds the plain valve this one replaces
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
