package org.sabueso.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Screening names in any script, the evidence rules through HTTP, and odd Unicode answered with a coded 400. */
class ScreeningScriptsApiTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static Map<String, Object> query(String name, String birthDate) {
        return birthDate == null ? Map.of("name", name, "purpose", "border control, Rumichaca")
                : Map.of("name", name, "birthDate", birthDate, "purpose", "border control, Rumichaca");
    }

    static JsonNode hitOn(JsonNode answer, String name) {
        return answer.get("hits").valueStream().filter(h -> h.get("name").asString().equals(name)).findFirst().orElse(null);
    }

    static List<String> codes(JsonNode hit) {
        return hit.get("explanation").valueStream().map(e -> e.get("code").asString()).toList();
    }

    @Test
    void a_rare_name_with_another_birth_date_is_possible_and_marked_different_birth_date() {
        JsonNode hit = hitOn(http("co.border").postJson("/api/v1/screenings", query("Guerrero Flores Héctor", "1990-01-01")).json(),
                "Héctor Rusthenford Guerrero Flores");
        assertThat(hit).as("the demo's notice, born 1983").isNotNull();
        assertThat(hit.get("decision").asString()).isEqualTo("POSSIBLE");
        assertThat(codes(hit)).contains("birth-date.different", "evidence.rare-name");
    }

    @Test
    void the_same_name_with_only_a_nationality_is_not_100_percent_and_says_what_is_missing() {
        JsonNode hit = hitOn(http("co.border").postJson("/api/v1/screenings", Map.of("name", "Héctor Rusthenford Guerrero Flores",
                "nationality", "VE", "purpose", "border control, Rumichaca")).json(), "Héctor Rusthenford Guerrero Flores");
        assertThat(hit.get("score").asDouble()).isLessThan(1.0);
        JsonNode missing = hit.get("explanation").valueStream().filter(e -> e.get("code").asString().equals("evidence.name-only"))
                .findFirst().orElseThrow();
        assertThat(missing.get("args").get(0).valueStream().map(JsonNode::asString)).containsExactly("birthDate", "documents");
    }

    @Test
    void names_in_other_scripts_are_screened_not_refused() {
        Http border = http("pe.border");
        for (String name : List.of("Владимир Путин", "محمد علي", "יוסף כהן", "Γιώργος Παπαδόπουλος", "张伟", "राहुल शर्मा",
                "\u202EHector Guerrero")) {
            Http.Response r = border.postJson("/api/v1/screenings", query(name, null));
            assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(200);
        }
    }

    @Test
    void a_notice_written_in_cyrillic_is_found_in_latin_letters_and_in_its_own_script_and_shows_the_transliteration() {
        String written = "Дмитрий Волков Соколов";
        String id = http("ve.analyst").postJson("/api/v1/notices", Fixtures.draft(written, "ALL_MEMBERS", List.of()))
                .json().get("id").asString();
        http("ve.analyst").postJson("/api/v1/notices/" + id + "/submit", Map.of());
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status()).isEqualTo(200);
        EventsHandled.about(jdbc, id);
        JsonNode latin = hitOn(http("pe.border").postJson("/api/v1/screenings", query("Dmitriy Volkov Sokolov", "1988")).json(), written);
        assertThat(latin).isNotNull();
        assertThat(latin.get("decision").asString()).isEqualTo("MATCH");
        JsonNode item = latin.get("explanation").valueStream().filter(e -> e.get("code").asString().equals("name.transliterated"))
                .findFirst().orElseThrow();
        assertThat(item.get("args").valueStream().map(JsonNode::asString)).containsExactly(written, "Dmitriy Volkov Sokolov");
        JsonNode cyrillic = hitOn(http("pe.border").postJson("/api/v1/screenings", query(written, "1988")).json(), written);
        assertThat(cyrillic).isNotNull();
        assertThat(cyrillic.get("noticeId").asString()).isEqualTo(id);
    }

    @Test
    void a_latin_query_written_in_part_in_another_script_shows_how_it_was_read() {
        JsonNode hit = hitOn(http("co.border").postJson("/api/v1/screenings", query("Héctor Guerrero Флорес", "1983")).json(),
                "Héctor Rusthenford Guerrero Flores");
        assertThat(hit).isNotNull();
        JsonNode item = hit.get("explanation").get(1);
        assertThat(item.get("code").asString()).isEqualTo("name.transliterated");
        assertThat(item.get("args").valueStream().map(JsonNode::asString)).containsExactly("Héctor Guerrero Флорес", "Hector Guerrero Flores");
    }

    @Test
    void odd_unicode_is_a_coded_400_never_a_500() {
        Http border = http("pe.border");
        // NUL and control characters are refused where the JSON is read (web.StorableStrings), naming the field
        for (String name : List.of("Hector\u0000Guerrero", "Hector\u0007Guerrero")) {
            Http.Response r = border.postJson("/api/v1/screenings", query(name, null));
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("field").asString()).isEqualTo("name");
        }
        Map<String, String> refused = Map.of(
                "😀🔥😀", "emoji only",
                "H" + "\u0301".repeat(250), "a flood of combining marks on one letter",
                "Ñ".repeat(301), "over 300 characters",
                "¡¿—!?", "punctuation only");
        refused.forEach((name, what) -> {
            Http.Response r = border.postJson("/api/v1/screenings", query(name, null));
            assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body()).as(what).containsPattern("\"code\":\"[a-z]");
        });
    }
}
