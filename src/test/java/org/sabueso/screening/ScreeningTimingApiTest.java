package org.sabueso.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.tools.http.ServerTimingHeader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The screening answers' Server-Timing header (issue 14): the engine's own time and the request's
 * total, parseable, the first within the second; and a MATCH's hit and the screening's audit entry
 * already stored when the answer arrives, as before the two were written in one commit.
 */
class ScreeningTimingApiTest extends IntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        b = json == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<String, Double> timing(HttpResponse<String> r) {
        String header = r.headers().firstValue("Server-Timing").orElse(null);
        assertThat(header).as("Server-Timing of %s", r.uri()).isNotNull();
        return ServerTimingHeader.durations(header);
    }

    @Test
    void a_match_carries_the_engine_time_and_the_total_and_is_stored_when_answered() throws Exception {
        HttpResponse<String> r = send("co.border", "POST", "/api/v1/screenings",
                Http.JSON.writeValueAsString(ScreeningApiTest.query("HECTOR R. GUERRERO-FLORES", null)));
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Double> t = timing(r);
        assertThat(t).containsKeys("engine", "total");
        assertThat(t.get("engine")).isGreaterThan(0.0);
        assertThat(t.get("engine")).isLessThanOrEqualTo(t.get("total"));
        // the MATCH waited for its hit's commit, inside the total
        assertThat(t).containsKey("hits");
        assertThat(t.get("hits")).isLessThanOrEqualTo(t.get("total"));

        JsonNode answer = Http.JSON.readTree(r.body());
        JsonNode match = answer.get("hits").get(0);
        assertThat(match.get("decision").asString()).isEqualTo("MATCH");
        String screeningId = answer.get("screeningId").asString();
        String hitId = match.get("hitId").asString();
        // no waiting: what the answer names is committed before it goes out
        Long screened = jdbc.sql("SELECT seq FROM audit_entry WHERE action = 'screening.run' AND target_id = ?")
                .param(screeningId).query(Long.class).single();
        Long opened = jdbc.sql("SELECT seq FROM audit_entry WHERE action = 'hit.open' AND target_id = ?")
                .param(hitId).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM screening_hit WHERE id = ?::uuid").param(hitId).query(Long.class).single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE seq = ?").param(screened).query(String.class).single())
                .contains("matches 1");
        assertThat(screened).as("the screening's entry follows its hit's, in the same commit").isGreaterThan(opened);
    }

    @Test
    void a_screening_without_match_carries_both_and_its_audit_entry_is_stored() throws Exception {
        HttpResponse<String> r = send("pe.border", "POST", "/api/v1/screenings",
                Http.JSON.writeValueAsString(ScreeningApiTest.query("Zacarías Quispeyupanqui Ñañez", "1931-07-02")));
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Double> t = timing(r);
        assertThat(t).containsKeys("engine", "total").doesNotContainKey("hits");
        assertThat(t.get("engine")).isGreaterThan(0.0).isLessThanOrEqualTo(t.get("total"));
        String screeningId = Http.JSON.readTree(r.body()).get("screeningId").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'screening.run' AND target_id = ?")
                .param(screeningId).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void a_compare_carries_the_scorer_time_and_the_total() throws Exception {
        HttpResponse<String> r = send("pe.border", "POST", "/api/v1/screenings/compare",
                "{\"a\":{\"name\":\"Héctor Rusthenford Guerrero Flores\"},\"b\":{\"name\":\"Hector Guerrero\"},"
                        + "\"purpose\":\"link review\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Double> t = timing(r);
        assertThat(t).containsKeys("engine", "total");
        assertThat(t.get("engine")).isLessThanOrEqualTo(t.get("total"));
    }

    @Test
    void a_refused_screening_has_a_total_but_no_engine_time() throws Exception {
        HttpResponse<String> r = send("pe.border", "POST", "/api/v1/screenings", "{\"name\":\"Ana Díaz\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        Map<String, Double> t = timing(r);
        assertThat(t).containsKey("total").doesNotContainKey("engine");
        assertThat(t.get("total")).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void other_routes_carry_no_server_timing() throws Exception {
        HttpResponse<String> r = send("pe.border", "GET", "/api/v1/notices?size=1", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Server-Timing")).isEmpty();
    }
}
