package org.sabueso.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.web.ConsoleSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/screenings/compare} over real HTTP: the screening's scorer, thresholds and
 * explanation items; both orders give one answer; audited with its purpose; who may ask; the
 * screening's checks on each side, named {@code a.…} and {@code b.…}; hostile input; and the link
 * queue showing the compare of its two notices.
 */
class CompareApiTest extends IntegrationTest {

    private static final String PATH = "/api/v1/screenings/compare";
    private static final String HECTOR = "Héctor Rusthenford Guerrero Flores";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.sabueso.agency.Agencies agencies;

    static Map<String, Object> person(String name, String birthDate) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        if (birthDate != null) {
            p.put("birthDate", birthDate);
        }
        return p;
    }

    static Map<String, Object> pair(Map<String, Object> a, Map<String, Object> b) {
        return Map.of("a", a, "b", b, "purpose", "investigation 2026-114, Tocorón escape");
    }

    private JsonNode compare(String user, Map<String, Object> a, Map<String, Object> b) {
        Http.Response r = http(user).postJson(PATH, pair(a, b));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void a_name_as_a_border_form_writes_it_is_one_person_with_the_screenings_explanation_items() {
        JsonNode r = compare("co.border", person("HECTOR R. GUERRERO-FLORES", "1983"), person(HECTOR, "1983"));
        assertThat(r.get("decision").asString()).isIn("MATCH", "POSSIBLE");
        assertThat(r.get("score").asDouble()).isBetween(0.70, 1.0);
        assertThat(r.get("threshold").asDouble()).isEqualTo(0.70);
        assertThat(r.get("matchThreshold").asDouble()).isEqualTo(0.85);
        JsonNode name = r.get("explanation").get(0);
        assertThat(name.get("feature").asString()).isEqualTo("name");
        assertThat(name.get("code").asString()).isEqualTo("name.words");
        assertThat(name.get("detail").asString()).contains("guerrero");
        assertThat(name.get("args").get(0).valueStream().map(JsonNode::asString)).contains("guerrero", "flores");
        assertThat(r.propertyNames()).contains("score", "decision", "explanation", "threshold", "query", "compareId");
    }

    @Test
    void the_same_document_number_makes_a_match_and_unrelated_people_are_no_match() {
        Map<String, Object> a = person("Wuilmer Quintero", "1988-02-11");
        a.put("documents", List.of(Map.of("type", "national_id", "number", "V-21.333.444", "country", "VE")));
        Map<String, Object> b = person("Wuilmer Yonathan Quintero Zambrano", "1988-02-11");
        b.put("documents", List.of(Map.of("type", "national_id", "number", "21333444", "country", "VE")));
        JsonNode same = compare("pe.analyst", a, b);
        assertThat(same.get("decision").asString()).isEqualTo("MATCH");
        assertThat(same.get("explanation").valueStream().map(e -> e.get("code").asString())).contains("documents.same");

        JsonNode other = compare("pe.analyst", person("María Fernanda Ochoa Lugo", "1971"), person(HECTOR, "1983"));
        assertThat(other.get("decision").asString()).isEqualTo("NO_MATCH");
        assertThat(other.get("score").asDouble()).isLessThan(0.70);
        assertThat(other.get("explanation").get(0).get("code").asString()).startsWith("name.");
    }

    /**
     * A screening reads a partial name against a notice's full one; compare reads the pair both
     * ways, so the order the caller chose never changes the answer.
     */
    @Test
    void swapping_a_and_b_changes_neither_score_nor_decision() {
        List<List<Map<String, Object>>> pairs = List.of(
                List.of(person("Héctor Guerrero", "1983"), person(HECTOR, "1983")),
                List.of(person("GUERRERO FLORES, HECTOR", null), person(HECTOR, "1983")),
                List.of(person("Jose Luis Perez", "1990-05-05"), person("José Luis Pérez Rodríguez", "1990-05-05")),
                List.of(person("Ana Díaz", "1990"), person(HECTOR, "1983")));
        for (List<Map<String, Object>> p : pairs) {
            JsonNode ab = compare("ve.analyst", p.get(0), p.get(1));
            JsonNode ba = compare("ve.analyst", p.get(1), p.get(0));
            assertThat(ba.get("score").asDouble()).as("%s", p).isEqualTo(ab.get("score").asDouble());
            assertThat(ba.get("decision").asString()).as("%s", p).isEqualTo(ab.get("decision").asString());
        }
        // the partial name is the query whichever side it is on
        assertThat(compare("ve.analyst", person("Héctor Guerrero", "1983"), person(HECTOR, "1983")).get("query").asString())
                .isEqualTo("a");
        assertThat(compare("ve.analyst", person(HECTOR, "1983"), person("Héctor Guerrero", "1983")).get("query").asString())
                .isEqualTo("b");
    }

    /** The compare of a query with a notice's own fields is the screening's hit on that notice. */
    @Test
    void compare_scores_and_explains_a_pair_as_the_screening_does_the_hit() {
        String name = "Yorman " + unique("Castill") + " Rengifo";
        String id = activeNotice("ve", name, "1986-04-17", "V-" + ThreadLocalRandom.current().nextInt(10_000_000, 30_000_000));
        JsonNode hits = http("ve.analyst").postJson("/api/v1/screenings", Map.of("name", name.toUpperCase(),
                "birthDate", "1986", "purpose", "investigation")).json().get("hits");
        JsonNode hit = hits.valueStream().filter(h -> h.get("noticeId").asString().equals(id)).findFirst().orElseThrow();
        Map<String, Object> b = person(name, "1986-04-17");
        b.put("nationality", "VE");
        JsonNode compared = compare("ve.analyst", person(name.toUpperCase(), "1986"), b);
        assertThat(compared.get("query").asString()).isEqualTo("a");
        assertThat(compared.get("score").asDouble()).isEqualTo(hit.get("score").asDouble());
        assertThat(compared.get("decision").asString()).isEqualTo(hit.get("decision").asString());
        assertThat(compared.get("explanation").toString()).isEqualTo(hit.get("explanation").toString());
    }

    @Test
    void a_compare_is_audited_with_who_and_why_and_without_the_names() {
        String purpose = "investigation " + unique("case");
        Http.Response r = http("pe.supervisor").postJson(PATH, Map.of("a", person("Ximena " + unique("Zamb"), null),
                "b", person(HECTOR, null), "purpose", purpose));
        assertThat(r.status()).isEqualTo(200);
        String compareId = r.json().get("compareId").asString();
        Map<String, Object> entry = jdbc.sql("SELECT actor, actor_agency, detail, at FROM audit_entry"
                + " WHERE action = 'screening.compare' AND target_id = ?").param(compareId).query().singleRow();
        assertThat(entry.get("actor")).isEqualTo("pe.supervisor");
        assertThat(entry.get("actor_agency")).isEqualTo(agencies.viewerFor("pe.supervisor").orElseThrow().agencyId());
        assertThat((String) entry.get("detail")).contains(purpose).doesNotContain("Ximena", "Guerrero", "Héctor");
        assertThat(entry.get("at")).isNotNull();
    }

    @Test
    void analysts_supervisors_and_border_officers_may_compare_prison_officers_and_the_public_may_not() {
        for (String user : List.of("ve.analyst", "ve.supervisor", "pe.border")) {
            assertThat(http(user).postJson(PATH, pair(person(HECTOR, null), person(HECTOR, null))).status())
                    .as(user).isEqualTo(200);
        }
        Http.Response prison = http("ve.prison").postJson(PATH, pair(person(HECTOR, null), person(HECTOR, null)));
        assertThat(prison.status()).isEqualTo(403);
        assertThat(prison.json().get("code").asString()).isEqualTo("screening.compareNotAllowed");
        Http.Response bad = http("ve.prison").postJson(PATH, Map.of("a", person("", null)));
        assertThat(bad.status()).as("a refused role learns nothing from the checks").isEqualTo(403);
        assertThat(http("auditor").postJson(PATH, pair(person(HECTOR, null), person(HECTOR, null))).status()).isEqualTo(403);
        assertThat(anonymous().postJson(PATH, pair(person(HECTOR, null), person(HECTOR, null))).status()).isEqualTo(401);
    }

    @Test
    void each_side_is_checked_as_a_screening_and_every_fault_is_named_by_its_side() {
        Map<String, Object> b = person("Ana Díaz", "1990-02-30");
        b.put("nationality", "XX");
        b.put("documents", List.of(Map.of("type", "passport")));
        Http.Response r = http("pe.border").postJson(PATH, Map.of("a", person(" ", null), "b", b));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("a.name", "b.birthDate", "b.nationality", "b.documents", "purpose");
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("code").asString()))
                .contains("name.required", "screening.country", "screening.documentIncomplete", "screening.purpose");

        Http.Response noB = http("pe.border").postJson(PATH, Map.of("a", person(HECTOR, null), "purpose", "x"));
        assertThat(noB.status()).isEqualTo(400);
        assertThat(noB.json().get("errors").valueStream().map(e -> e.get("field").asString())).containsExactly("b.name");
        assertThat(http("pe.border").post(PATH, "application/json", "{\"a\":").status()).isEqualTo(400);
        assertThat(http("pe.border").post(PATH, "application/json", "null").status()).isEqualTo(400);
    }

    @Test
    void hostile_input_is_a_coded_answer_never_a_failure() {
        Http border = http("co.border");
        Http.Response huge = border.postJson(PATH, pair(person("A".repeat(1024 * 1024), null), person(HECTOR, null)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo("a.name");
        assertThat(huge.json().get("errors").get(0).get("code").asString()).isEqualTo("screening.nameLong");
        Http.Response many = border.postJson(PATH, Map.of("a", person(HECTOR, null), "b", Map.of("name", HECTOR,
                "documents", java.util.Collections.nCopies(1000, Map.of("type", "passport", "number", "1"))), "purpose", "x"));
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.json().get("errors").get(0).get("field").asString()).isEqualTo("b.documents");

        Http.Response nul = border.postJson(PATH, pair(person("Héctor\u0000 Guerrero\u0007 Flores", null), person(HECTOR, null)));
        // refused as the JSON is read, before the screening's checks (web.StorableText), naming the field
        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        assertThat(nul.json().get("field").asString()).isEqualTo("a.name");

        Http.Response html = border.postJson(PATH, pair(person("<script>alert(1)</script> Héctor Guerrero", null),
                person(HECTOR, null)));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).doesNotContain("<script>");

        for (String name : List.of("Хектор Герреро Флорес", "هيكتور غيريرو", "הקטור גררו", "赫克托·格雷罗", "\u200F\u200D")) {
            Http.Response r = border.postJson(PATH, pair(person(name, null), person(HECTOR, null)));
            assertThat(r.status()).as("%s: %s", name, r.body()).isIn(200, 400);
            assertThat(r.json().has("score") || r.json().get("errors").get(0).get("field").asString().equals("a.name"))
                    .as(r.body()).isTrue();
        }
    }

    @Test
    void the_link_queue_shows_the_compare_of_its_two_notices_in_spanish_and_english() {
        String name = "Deiby " + unique("Montill") + " Aranguren";
        String document = "V-" + ThreadLocalRandom.current().nextInt(10_000_000, 30_000_000);
        activeNotice("ve", name, "1986-04-17", document);
        activeNotice("pe", name.toUpperCase(), "1986-04-17", document);
        ConsoleSession peru = ConsoleSession.signIn(port, "pe.analyst", PASSWORD);
        String card = cardOf(peru.get("/console/links").body(), name.toUpperCase());
        assertThat(card).contains("decision-MATCH", "Los dos avisos comparados tal como están hoy",
                "Mismo número de documento", "Misma fecha de nacimiento: 17/04/1986");
        String english = cardOf(peru.get("/console/links?lang=en").body(), name.toUpperCase());
        assertThat(english).contains("decision-MATCH", "The two notices compared as they stand today", "Match");
    }

    /** The link card ({@code <article …>}) that mentions {@code text}. */
    private static String cardOf(String page, String text) {
        return java.util.Arrays.stream(page.split("<article")).filter(c -> c.contains(text)).findFirst().orElseThrow();
    }

    /** An active public notice of {@code agency}, indexed and its link proposals written. */
    private String activeNotice(String agency, String name, String birthDate, String document) {
        Map<String, Object> draft = new HashMap<>(Fixtures.draft(name, "PUBLIC", List.of()));
        draft.put("subject", Map.of("name", name, "birthDate", birthDate, "nationalities", List.of("VE"),
                "documents", List.of(Map.of("type", "national_id", "number", document, "country", "VE"))));
        Http analyst = http(agency + ".analyst");
        String id = analyst.postJson("/api/v1/notices", draft).json().get("id").asString();
        analyst.postJson("/api/v1/notices/" + id + "/submit", Map.of());
        assertThat(http(agency + ".supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                .isEqualTo(200);
        EventsHandled.about(jdbc, id);
        return id;
    }

    static String unique(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}
