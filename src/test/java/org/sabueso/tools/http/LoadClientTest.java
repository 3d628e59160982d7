package org.sabueso.tools.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The benches' client against a small local server: headers sent, bodies read whole, statuses kept. */
class LoadClientTest {

    @Test
    void sends_json_with_the_authorization_and_reads_the_answer() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + new String(in, StandardCharsets.UTF_8));
            byte[] out = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 404, out.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(out);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/echo";
        try (LoadClient client = new LoadClient("Basic dTpw")) {
            LoadClient.Answer posted = client.postJson(url, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            assertThat(posted.status()).isEqualTo(201);
            assertThat(new String(posted.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
            assertThat(client.get(url).status()).isEqualTo(404);
        } finally {
            server.stop(0);
        }
        assertThat(seen).containsExactly("POST Basic dTpw application/json {\"a\":1}", "GET Basic dTpw null ");
    }
}
