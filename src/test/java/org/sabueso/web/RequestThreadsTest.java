package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** Requests are served on virtual threads, background work is not. */
class RequestThreadsTest extends IntegrationTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void tomcat_serves_requests_on_virtual_threads() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        assertThat(server.getTomcat().getConnector().getProtocolHandler().getExecutor())
                .isInstanceOf(VirtualThreadExecutor.class);
        assertThat(http("pe.border").get("/api/v1/notices?size=1").status()).isEqualTo(200);
    }
}
