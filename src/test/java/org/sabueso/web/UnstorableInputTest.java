package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Finding 3: text the database cannot store is refused at the edge, naming the field, and harms nobody else. */
class UnstorableInputTest extends IntegrationTest {

    private static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        return Http.JSON.readTree(r.body());
    }

    @Test
    void a_nul_in_the_search_of_notices_is_a_400_naming_q() {
        JsonNode p = problem(Raw.get(port, "/api/v1/notices?q=a%00b", "Authorization", Raw.basic("ve.analyst", PASSWORD)), 400);
        assertThat(p.get("field").asString()).isEqualTo("q");
        assertThat(p.get("detail").asString()).contains("control characters").doesNotContain("a\u0000b");
    }

    @Test
    void an_escape_sequence_a_c1_control_and_del_in_a_parameter_are_refused_too() {
        for (String q : new String[] {"%1B%5B31m", "%C2%85", "x%7F"}) {
            HttpResponse<String> r = Raw.get(port, "/api/v1/notices?q=" + q, "Authorization", Raw.basic("ve.analyst", PASSWORD));
            assertThat(problem(r, 400).get("field").asString()).as(q).isEqualTo("q");
        }
    }

    @Test
    void invalid_utf8_in_a_parameter_is_a_400_problem_not_a_500() {
        // an encoded surrogate is not UTF-8: the container refuses to decode the parameters
        HttpResponse<String> r = Raw.get(port, "/api/v1/notices?q=%ED%A0%80x", "Authorization", Raw.basic("ve.analyst", PASSWORD));
        problem(r, 400);
    }

    @Test
    void a_lone_surrogate_in_a_json_field_is_refused_naming_it() {
        Http.Response r = http("ve.border").post("/api/v1/screenings", "application/json",
                "{\"name\":\"Ana \\ud800 Díaz\",\"purpose\":\"border check\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("name");
    }

    @Test
    void a_nul_in_a_json_field_is_a_400_naming_the_field_path() {
        Http ve = http("ve.border");
        Http.Response screening = ve.postJson("/api/v1/screenings",
                Map.of("name", "Ana Díaz", "purpose", "border check \u0000 gate 3"));
        assertThat(screening.status()).isEqualTo(400);
        assertThat(screening.contentType()).startsWith("application/problem+json");
        assertThat(screening.json().get("field").asString()).isEqualTo("purpose");
        assertThat(screening.json().get("detail").asString()).contains("control characters").doesNotContain("not valid JSON");

        Http.Response notice = http("ve.analyst").postJson("/api/v1/notices", Fixtures.draft("Ana\u0000Díaz", "AGENCY", List.of()));
        assertThat(notice.status()).isEqualTo(400);
        assertThat(notice.json().get("field").asString()).isEqualTo("subject.name");

        Map<String, Object> alias = new java.util.HashMap<>(Fixtures.draft("Ana Díaz", "AGENCY", List.of()));
        alias.put("offences", List.of("robo", "hurto\u0085"));
        Http.Response list = http("ve.analyst").postJson("/api/v1/notices", alias);
        assertThat(list.status()).isEqualTo(400);
        assertThat(list.json().get("field").asString()).isEqualTo("offences[1]");
    }

    @Test
    void a_control_character_in_the_audited_basic_username_is_a_400_not_a_failed_login_write() {
        JsonNode p = problem(Raw.get(port, "/api/v1/notices", "Authorization", Raw.basic("ve.ana\u0000lyst", PASSWORD)), 400);
        assertThat(p.get("field").asString()).isEqualTo("Authorization");
    }

    @Test
    void a_nul_in_a_page_form_or_query_is_the_sites_400_page_not_a_500() {
        HttpResponse<String> r = Raw.get(port, "/notices?q=a%00b", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(r.body()).contains("error-page").contains("«q»").doesNotContain("Apache Tomcat");

        // the sign-in form: the username tried is audited, so a NUL in it never reaches the login
        HttpResponse<String> login = Raw.send(port, "POST", "/login",
                HttpRequest.BodyPublishers.ofString("username=ve.ana%00lyst&password=x"),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.body()).contains("error-page").contains("«username»");
    }

    @Test
    void text_in_any_script_is_searched_and_screened() {
        Http ve = http("ve.border");
        for (String text : new String[] {"محمد", "עוזי", "Дмитрий", "José 👮🏽‍♀️", "Zalgo\u0301\u0301"}) {
            assertThat(ve.get("/api/v1/notices?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).status()).as(text).isEqualTo(200);
            assertThat(ve.postJson("/api/v1/screenings", Map.of("name", text + " Díaz", "purpose", "control\tde\r\nfrontera " + text)).status())
                    .as(text).isEqualTo(200);
        }
    }

    @Test
    void six_users_reading_at_once_are_all_answered_while_others_send_nul_bytes() throws Exception {
        String[] readers = {"ve.analyst", "co.analyst", "ec.analyst", "pe.analyst", "cl.analyst", "ve.supervisor"};
        List<Future<Integer>> good = new ArrayList<>();
        List<Future<Integer>> bad = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (int round = 0; round < 10; round++) {
                for (String user : readers) {
                    good.add(pool.submit(() -> http(user).get("/api/v1/notices?q=guerrero").status()));
                }
                bad.add(pool.submit(() -> http("ve.border").get("/api/v1/notices?q=a%00b").status()));
                bad.add(pool.submit(() -> http("co.border").postJson("/api/v1/screenings",
                        Map.of("name", "Ana", "purpose", "x\u0000y")).status()));
            }
            for (Future<Integer> f : good) {
                assertThat(f.get()).isEqualTo(200);
            }
            for (Future<Integer> f : bad) {
                assertThat(f.get()).isEqualTo(400);
            }
        }
    }

    @Test
    void a_json_body_over_the_limit_is_a_413_that_states_the_limit_even_when_chunked() {
        // a 6 MB string streamed in chunks with no declared length; the limit is 4 MB
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        parts.add("{\"name\":\"Ana\",\"purpose\":\"".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 96; i++) {
            parts.add(chunk);
        }
        parts.add("\"}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> chunked = Raw.send(port, "POST", "/api/v1/screenings",
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(parts)),
                "Content-Type", "application/json", "Authorization", Raw.basic("ve.border", PASSWORD));
        JsonNode p = problem(chunked, 413);
        assertThat(p.get("detail").asString()).contains("payload too large").contains("4194304").doesNotContain("JSON");
        assertThat(p.get("limit").asLong()).isEqualTo(4L * 1024 * 1024);
    }

    @Test
    void a_csv_import_with_a_nul_in_a_line_is_refused_by_line_and_writes_nothing() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        String csv = "name,region,design_capacity,operational_capacity,status,oversight_scope\n"
                + "Centro Limpio " + tag + ",Zulia,100,,OPERATING,NATIONAL\n"
                + "Centro\u0000Sucio " + tag + ",Zulia,100,,OPERATING,NATIONAL\n";
        Http.Response r = http("ve.supervisor").post("/api/v1/facilities/import", "text/csv", csv);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asString()).startsWith("line 3");
        assertThat(http("ve.supervisor").get("/api/v1/facilities?country=VE").body()).doesNotContain("Centro Limpio " + tag);
    }
}
