package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A control character in a screening's JSON body is a coded 400, whether it came raw (the parser
 * refuses it: JSON wants it escaped) or escaped (StorableStrings refuses it once read); a body
 * that is not JSON has a code of its own.
 */
class JsonControlCharactersTest extends IntegrationTest {

    private static final String PATH = "/api/v1/screenings";

    private static JsonNode refused(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.json();
    }

    @Test
    void a_raw_control_character_or_nul_inside_a_string_is_refused_with_a_code_naming_the_field() {
        Http border = http("ve.border");
        for (String control : new String[] {"\u0001", "\u0000", "\u001b"}) {
            JsonNode p = refused(border.post(PATH, "application/json",
                    "{\"name\":\"Ana" + control + "Díaz\",\"purpose\":\"border check\"}"));
            assertThat(p.get("code").asString()).as("U+%04X", (int) control.charAt(0)).isEqualTo("request.unstorable-text");
            assertThat(p.get("field").asString()).isEqualTo("name");
            assertThat(p.get("errors").get(0).get("code").asString()).isEqualTo("request.unstorable-text");
            assertThat(p.get("detail").asString()).contains("control characters").doesNotContain("Ana");
        }
        JsonNode purpose = refused(border.post(PATH, "application/json",
                "{\"name\":\"Ana Díaz\",\"purpose\":\"gate\u00013\"}"));
        assertThat(purpose.get("field").asString()).isEqualTo("purpose");
        assertThat(purpose.get("code").asString()).isEqualTo("request.unstorable-text");
    }

    @Test
    void an_escaped_control_character_gets_the_same_code() {
        JsonNode p = refused(http("ve.border").postJson(PATH, Map.of("name", "Ana\u0001Díaz", "purpose", "border check")));
        assertThat(p.get("code").asString()).isEqualTo("request.unstorable-text");
        assertThat(p.get("field").asString()).isEqualTo("name");
        assertThat(p.get("errors").get(0).get("code").asString()).isEqualTo("request.unstorable-text");
    }

    @Test
    void a_body_that_is_not_json_is_coded_too() {
        JsonNode p = refused(http("ve.border").post(PATH, "application/json", "{\"name\": Ana"));
        assertThat(p.get("code").asString()).isEqualTo("request.not-json");
        assertThat(p.get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void a_control_character_in_a_parameter_is_refused_at_the_edge_with_the_same_code() {
        JsonNode p = Http.JSON.readTree(Raw.get(port, "/api/v1/notices?q=a%01b", "Authorization",
                Raw.basic("ve.analyst", PASSWORD)).body());
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("code").asString()).isEqualTo("request.unstorable-text");
        assertThat(p.get("errors").get(0).get("code").asString()).isEqualTo("request.unstorable-text");
    }
}
