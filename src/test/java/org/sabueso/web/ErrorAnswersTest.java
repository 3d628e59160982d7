package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Finding 11: every error is an answer, problem+json on the API and the site's page on pages, with the security headers. */
class ErrorAnswersTest extends IntegrationTest {

    private String auth(String user) {
        return Raw.basic(user, PASSWORD);
    }

    private static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        JsonNode p = Http.JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asString()).isNotBlank();
        return p;
    }

    @Test
    void a_screening_sent_as_plain_text_is_a_415_problem() {
        HttpResponse<String> r = Raw.send(port, "POST", "/api/v1/screenings", HttpRequest.BodyPublishers.ofString("Ana Díaz"),
                "Content-Type", "text/plain", "Authorization", auth("ve.border"));
        assertThat(problem(r, 415).get("detail").asString()).contains("content type");
    }

    @Test
    void a_wrong_method_on_an_api_route_is_a_405_problem() {
        HttpResponse<String> r = Raw.send(port, "DELETE", "/api/v1/screenings", HttpRequest.BodyPublishers.noBody(),
                "Authorization", auth("ve.border"));
        problem(r, 405);
        assertThat(r.headers().firstValue("Allow")).isPresent();
    }

    @Test
    void an_unknown_api_route_is_a_404_problem() {
        JsonNode p = problem(Raw.get(port, "/api/v1/no-such-thing", "Authorization", auth("ve.analyst")), 404);
        assertThat(p.get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void a_declared_body_of_100_mb_is_a_413_problem_stating_the_limit_without_being_read() throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/screenings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + auth("ve.border") + "\r\nContent-Length: 104857600\r\n\r\n{\"name\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAnswer(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("application/problem+json").contains("payload too large").contains("4194304")
                    .contains("X-Content-Type-Options: nosniff").doesNotContain("not valid JSON");
        }
    }

    @Test
    void error_opened_directly_is_a_404_not_a_500() {
        HttpResponse<String> page = Raw.get(port, "/error", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("error-page");
        problem(Raw.get(port, "/error", "Accept", "application/json"), 404);
    }

    @Test
    void a_missing_page_is_the_sites_404_page_with_the_security_headers() {
        HttpResponse<String> r = Raw.get(port, "/notices/" + UUID.randomUUID(), "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.body()).contains("error-page").contains("404");
    }

    @Test
    void the_series_of_an_unknown_or_foreign_facility_is_a_404_problem() {
        problem(Raw.get(port, "/console/custody/facilities/" + UUID.randomUUID() + "/series.json",
                "Authorization", auth("ve.analyst")), 404);
        problem(Raw.get(port, "/console/custody/facilities/not-a-uuid/series.json",
                "Authorization", auth("ve.analyst")), 404);
        Http.Response created = http("ve.supervisor").postJson("/api/v1/facilities", java.util.Map.of(
                "name", "Centro de Prueba Nacional " + UUID.randomUUID().toString().substring(0, 6), "region", "Zulia",
                "designCapacity", 400, "oversightScope", "NATIONAL"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String venezuelan = created.json().get("id").asString();
        assertThat(Raw.get(port, "/console/custody/facilities/" + venezuelan + "/series.json",
                "Authorization", auth("ve.analyst")).statusCode()).isEqualTo(200);
        problem(Raw.get(port, "/console/custody/facilities/" + venezuelan + "/series.json", "Authorization", auth("co.analyst")), 404);
    }

    @Test
    void tomcats_own_refusal_of_a_malformed_address_is_not_tomcats_html_page() throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write("GET /api/v1/notices?q=a|b{} HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = readAnswer(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).doesNotContain("Apache Tomcat").doesNotContain("<h1>HTTP Status");
            assertThat(answer).contains("application/problem+json");
        }
    }

    /** The status line, headers and what body arrived before the server closed or went quiet. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
                String text = all.toString(StandardCharsets.UTF_8);
                int headersEnd = text.indexOf("\r\n\r\n");
                if (headersEnd > 0 && text.contains("}")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException closed) {
            // what arrived is the answer
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
