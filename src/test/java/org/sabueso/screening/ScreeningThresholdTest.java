package org.sabueso.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The per-request {@code threshold}: echoed (the configured POSSIBLE when not asked), raised by
 * anyone, lowered only by analysts and supervisors and never below the floor; hits under POSSIBLE
 * are POSSIBLE, MATCH stays where it is configured; the same on manifest lines; in the OpenAPI.
 */
class ScreeningThresholdTest extends IntegrationTest {

    @Value("${sabueso.screening.possible-threshold:0.70}")
    double possible;
    @Value("${sabueso.screening.match-threshold:0.85}")
    double match;

    static Map<String, Object> query(String name, Double threshold) {
        Map<String, Object> q = new HashMap<>(Map.of("name", name, "purpose", "investigation 2026-114", "limit", 100));
        if (threshold != null) {
            q.put("threshold", threshold);
        }
        return q;
    }

    private JsonNode screen(String user, String name, Double threshold) {
        Http.Response r = http(user).postJson("/api/v1/screenings", query(name, threshold));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<Double> scores(JsonNode answer) {
        return answer.get("hits").valueStream().map(h -> h.get("score").asDouble()).toList();
    }

    @Test
    void the_answer_echoes_the_configured_possible_when_no_threshold_is_asked() {
        JsonNode r = screen("co.border", "Héctor Guerrero", null);
        assertThat(r.get("threshold").asDouble()).isEqualTo(possible);
        assertThat(scores(r)).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(possible));
    }

    @Test
    void an_analyst_widens_the_list_below_possible_and_what_is_under_match_stays_possible() {
        // another second surname: Guerrero Flores scores about 0.59 on the name, below POSSIBLE
        JsonNode usual = screen("ve.analyst", "Héctor Guerrero Fuentes", null);
        JsonNode wide = screen("ve.analyst", "Héctor Guerrero Fuentes", 0.4);
        assertThat(wide.get("threshold").asDouble()).isEqualTo(0.4);
        assertThat(scores(wide)).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(0.4));
        assertThat(scores(wide)).as("weaker candidates come in").anySatisfy(s -> assertThat(s).isLessThan(possible));
        assertThat(wide.get("hits").valueStream().map(h -> h.get("noticeId").asString()).toList())
                .containsAll(usual.get("hits").valueStream().map(h -> h.get("noticeId").asString()).toList());
        for (JsonNode h : wide.get("hits")) {
            assertThat(h.get("decision").asString()).as(h.toString())
                    .isEqualTo(h.get("score").asDouble() >= match ? "MATCH" : "POSSIBLE");
        }
        // a supervisor may too
        assertThat(screen("pe.supervisor", "Héctor Guerrero", 0.5).get("threshold").asDouble()).isEqualTo(0.5);
    }

    @Test
    void a_higher_threshold_narrows_the_list_for_anyone_and_match_stays_where_it_is() {
        JsonNode narrow = screen("co.border", "HECTOR R. GUERRERO-FLORES", 0.95);
        assertThat(narrow.get("threshold").asDouble()).isEqualTo(0.95);
        assertThat(scores(narrow)).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(0.95));
        JsonNode atMatch = screen("co.border", "HECTOR R. GUERRERO-FLORES", match);
        assertThat(atMatch.get("hits").valueStream().map(h -> h.get("decision").asString())).containsOnly("MATCH");
        assertThat(atMatch.get("hits")).isNotEmpty();
    }

    @Test
    void a_border_or_prison_officer_asking_below_possible_is_refused_with_a_code() {
        for (String user : List.of("pe.border", "ve.prison")) {
            Http.Response r = http(user).postJson("/api/v1/screenings", query("Héctor Guerrero", 0.5));
            assertThat(r.status()).as(user).isEqualTo(400);
            assertThat(r.json().get("field").asString()).isEqualTo("threshold");
            assertThat(r.json().get("code").asString()).isEqualTo("screening.thresholdRole");
        }
        // at POSSIBLE itself is not lower
        assertThat(screen("pe.border", "Héctor Guerrero", possible).get("threshold").asDouble()).isEqualTo(possible);
    }

    @Test
    void a_threshold_below_the_floor_or_above_one_is_refused_for_everyone() {
        for (double t : new double[] {0.29, 0.0, -1, 1.01, 1e300}) {
            Http.Response r = http("ve.analyst").postJson("/api/v1/screenings", query("Héctor Guerrero", t));
            assertThat(r.status()).as("%s", t).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("threshold");
            assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("screening.thresholdRange");
        }
        assertThat(http("ve.analyst").post("/api/v1/screenings", "application/json",
                "{\"name\":\"Héctor Guerrero\",\"purpose\":\"x\",\"threshold\":\"low\"}").status()).isEqualTo(400);
        assertThat(screen("ve.analyst", "Héctor Guerrero", 0.3).get("threshold").asDouble()).as("the floor itself").isEqualTo(0.3);
    }

    @Test
    void manifest_lines_take_a_threshold_with_the_same_rules() {
        String manifest = """
                {"ref":"L1","name":"GUERRERO FLORES, HECTOR","purpose":"APIS LA2401","threshold":0.9}
                {"ref":"L2","name":"GUERRERO FLORES, HECTOR","purpose":"APIS LA2401","threshold":0.5}
                {"ref":"L3","name":"GUERRERO FLORES, HECTOR","purpose":"APIS LA2401"}
                """;
        Http.Response r = http("pe.border").post("/api/v1/screenings/batch", "application/x-ndjson", manifest);
        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> lines = r.body().lines().map(Http.JSON::readTree).toList();
        assertThat(lines.get(0).get("threshold").asDouble()).isEqualTo(0.9);
        assertThat(lines.get(1).get("field").asString()).isEqualTo("threshold");
        assertThat(lines.get(1).get("code").asString()).isEqualTo("screening.thresholdRole");
        assertThat(lines.get(2).get("threshold").asDouble()).isEqualTo(possible);
    }

    @Test
    void the_console_form_offers_the_threshold_to_analysts_only_and_checks_it_beside_the_field() {
        org.sabueso.web.ConsoleSession analyst = org.sabueso.web.ConsoleSession.signIn(port, "ve.analyst", PASSWORD);
        assertThat(analyst.get("/console/screening").body()).contains("name=\"threshold\"", "Umbral (opcional)");
        org.sabueso.web.ConsoleSession border = org.sabueso.web.ConsoleSession.signIn(port, "pe.border", PASSWORD);
        assertThat(border.get("/console/screening").body()).contains("name=\"purpose\"").doesNotContain("name=\"threshold\"");

        java.net.http.HttpResponse<String> usual = analyst.post("/console/screening", "name", "Héctor Guerrero Fuentes",
                "purpose", "investigación 2026-114");
        assertThat(usual.body()).doesNotContain("Héctor Rusthenford Guerrero Flores");
        java.net.http.HttpResponse<String> wide = analyst.post("/console/screening", "name", "Héctor Guerrero Fuentes",
                "purpose", "investigación 2026-114", "threshold", "0,4");
        assertThat(wide.statusCode()).isEqualTo(200);
        assertThat(wide.body()).contains("Héctor Rusthenford Guerrero Flores", "decision-POSSIBLE", "value=\"0,4\"");
        java.net.http.HttpResponse<String> bad = analyst.post("/console/screening", "name", "Héctor Guerrero Fuentes",
                "purpose", "investigación 2026-114", "threshold", "bajo");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"threshold-error\"", "El umbral debe estar entre 0,3 y 1.", "value=\"bajo\"");
    }

    @Test
    void the_openapi_document_describes_the_threshold_and_the_compare_endpoint() {
        JsonNode doc = anonymous().get("/v3/api-docs").json();
        JsonNode compare = doc.get("paths").get("/api/v1/screenings/compare").get("post");
        assertThat(compare.get("summary").asString()).contains("Compare two people");
        assertThat(compare.get("description").asString()).contains("`a` is read as the query", "`b` as the record",
                "NO_MATCH", "purpose");
        assertThat(doc.get("paths").get("/api/v1/screenings").get("post").get("description").asString())
                .contains("threshold", "0.3", "analysts and supervisors");
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("ScreeningRequest").get("properties").has("threshold")).isTrue();
        assertThat(schemas.get("ScreeningResult").get("properties").has("threshold")).isTrue();
        assertThat(schemas.get("CompareRequest").get("properties").propertyNames()).contains("a", "b", "purpose");
        assertThat(schemas.get("CompareResult").get("properties").propertyNames())
                .contains("score", "decision", "explanation", "threshold");
    }
}
