package org.sabueso.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.Imports;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * No imported notice goes out unreviewed: an FtM import's wanted persons wait UNDER_REVIEW in one
 * import, which a second supervisor of the agency reviews as a whole (a PUBLIC one notice by notice).
 */
class ImportReviewApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /** Letters only, so that search and screening read it as one name word no other test uses. */
    private static String token() {
        StringBuilder sb = new StringBuilder("Iq");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static String wanted(String id, String name) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"],"
                + "\"topics\":[\"wanted\"],\"birthDate\":[\"1979-04-02\"],\"nationality\":[\"pe\"]}}";
    }

    private Http.Response importAs(String user, String scope, String... lines) {
        Http.Response r = http(user).post("/api/v1/entities?scope=" + scope, Imports.NDJSON, String.join("\n", lines));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    private List<JsonNode> notices(String user, String query) {
        JsonNode found = http(user).get("/api/v1/notices?size=100&q=" + query).json();
        return StreamSupport.stream(found.get("items").spliterator(), false).toList();
    }

    private static Map<String, Object> review(boolean approve, String comment) {
        return Map.of("approve", approve, "comment", comment, "checks", Map.of("noPoliticalCharacter", true,
                "noMilitaryCharacter", true, "noReligiousCharacter", true, "noRacialCharacter", true));
    }

    private static void assertProblem(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_wanted_person_imported_as_public_is_not_on_the_portal_until_a_second_person_reviews_the_notice() {
        String t = token();
        String name = "Carlos " + t + " Quispe";
        Http.Response imported = importAs("pe.analyst", "PUBLIC", wanted(t + "-1", name));
        String importId = Imports.idOf(imported);
        assertThat(UUID.fromString(importId)).isNotNull();
        assertThat(imported.json().get("notices").asLong()).isEqualTo(1);

        JsonNode notice = notices("pe.analyst", t).getFirst();
        String id = notice.get("id").asString();
        assertThat(notice.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(anonymous().get("/notices/" + id).status()).as("not on the portal").isEqualTo(404);
        assertThat(anonymous().get("/?q=" + t).body()).doesNotContain(name);
        assertThat(notices("cl.analyst", t)).as("partners see nothing unreleased").isEmpty();
        JsonNode history = http("pe.analyst").get("/api/v1/notices/" + id + "/history").json();
        assertThat(history.get(0).get("to").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(history.get(0).get("reason").asString()).contains("under review with import " + importId);

        // a PUBLIC import is never approved in bulk, by anyone
        Http.Response bulk = http("pe.supervisor").postJson("/api/v1/imports/" + importId + "/review", Fixtures.approve());
        assertProblem(bulk, 409);
        assertThat(bulk.json().get("code").asString()).isEqualTo("import.public-reviewed-one-by-one");
        assertThat(notices("pe.analyst", t).getFirst().get("status").asString()).isEqualTo("UNDER_REVIEW");

        // the importer may not approve the notice on its own either; a second person may
        assertProblem(http("pe.analyst").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()), 403);
        assertThat(Imports.approveOneByOne(http("pe.supervisor"), t)).isEqualTo(1);
        assertThat(anonymous().get("/notices/" + id).status()).isEqualTo(200);
        assertThat(anonymous().get("/?q=" + t).body()).contains(name);
    }

    @Test
    void a_second_supervisor_approves_an_import_as_a_whole_and_each_notice_records_that_review() {
        String t = token();
        Http.Response imported = importAs("pe.analyst", "AGENCY", wanted(t + "-1", "Ana " + t + " Mamani"),
                wanted(t + "-2", "Luz " + t + " Condori"), wanted(t + "-3", "Rosa " + t + " Huamán"),
                "{\"id\":\"" + t + "-4\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Eva " + t + " Apaza\"]}}");
        String importId = Imports.idOf(imported);
        assertThat(imported.json().get("notices").asLong()).isEqualTo(3);

        JsonNode before = http("pe.analyst").get("/api/v1/imports/" + importId).json();
        assertThat(before.get("importId").asString()).isEqualTo(importId);
        assertThat(before.get("scope").asString()).isEqualTo("AGENCY");
        assertThat(before.get("importedBy").asString()).isEqualTo("pe.analyst");
        assertThat(before.at("/counts/UNDER_REVIEW").asLong()).isEqualTo(3);
        assertThat(before.at("/counts/ACTIVE").asLong()).isZero();

        String path = "/api/v1/imports/" + importId + "/review";
        assertProblem(http("pe.analyst").postJson(path, Fixtures.approve()), 403);
        Http.Response failing = http("pe.supervisor").postJson(path, Map.of("approve", true, "checks",
                Map.of("noPoliticalCharacter", false, "noMilitaryCharacter", true, "noReligiousCharacter", true,
                        "noRacialCharacter", true)));
        assertProblem(failing, 400);
        assertThat(failing.json().get("field").asString()).isEqualTo("checks");
        assertProblem(http("pe.supervisor").postJson(path, Map.of("approve", true)), 400);

        Http.Response approved = http("pe.supervisor").postJson(path, Fixtures.approve());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("importId").asString()).isEqualTo(importId);
        assertThat(approved.json().get("activated").asLong()).isEqualTo(3);
        assertThat(http("pe.analyst").get("/api/v1/imports/" + importId).json().at("/counts/ACTIVE").asLong()).isEqualTo(3);
        assertThat(notices("pe.analyst", t)).extracting(n -> n.get("status").asString()).containsOnly("ACTIVE").hasSize(3);
        String first = notices("pe.analyst", t).getFirst().get("id").asString();
        JsonNode history = http("pe.analyst").get("/api/v1/notices/" + first + "/history").json();
        assertThat(history.get(history.size() - 1).get("reason").asString()).startsWith("approved with import " + importId);
        assertThat(history.get(history.size() - 1).get("actor").asString()).isEqualTo("pe.supervisor");

        // one review per notice, each pointing to the import's one review; both audited
        UUID reviewId = jdbc.sql("SELECT id FROM notice_import_review WHERE import_id = ?")
                .param(UUID.fromString(importId)).query(UUID.class).single();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notice_review r JOIN notice n ON n.id = r.notice_id
                WHERE n.import_id = ? AND r.import_review_id = ? AND r.reviewer = 'pe.supervisor' AND r.decision = 'APPROVED'
                  AND r.no_political AND r.no_military AND r.no_religious AND r.no_racial""")
                .params(UUID.fromString(importId), reviewId).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'notice.import.review' AND target_id = ? AND actor = 'pe.supervisor'")
                .param(importId).query(Long.class).single()).isEqualTo(1);

        // nothing is left to review: a second review changes nothing
        assertProblem(http("pe.supervisor2").postJson(path, Fixtures.approve()), 409);
    }

    @Test
    void a_supervisor_who_made_the_import_may_not_review_it_but_another_supervisor_of_the_agency_may() {
        String t = token();
        Http.Response imported = importAs("pe.supervisor", "NATIONAL", wanted(t + "-1", "Jorge " + t + " Rojas"));
        String path = "/api/v1/imports/" + Imports.idOf(imported) + "/review";
        Http.Response own = http("pe.supervisor").postJson(path, Fixtures.approve());
        assertProblem(own, 403);
        assertThat(notices("pe.supervisor", t).getFirst().get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(Imports.reviewerOf("pe.supervisor")).isEqualTo("pe.supervisor2");
        assertThat(Imports.approve(http("pe.supervisor2"), imported)).isEqualTo(1);
    }

    @Test
    void another_agency_finds_no_such_import_and_an_unknown_id_is_not_found() {
        String t = token();
        Http.Response imported = importAs("pe.analyst", "ALL_MEMBERS", wanted(t + "-1", "Raúl " + t + " Tito"));
        String importId = Imports.idOf(imported);
        for (String user : List.of("co.supervisor", "co.analyst", "cl.supervisor")) {
            assertProblem(http(user).get("/api/v1/imports/" + importId), 404);
            assertProblem(http(user).postJson("/api/v1/imports/" + importId + "/review", Fixtures.approve()), 404);
        }
        assertProblem(http("pe.supervisor").get("/api/v1/imports/" + UUID.randomUUID()), 404);
        assertProblem(http("pe.supervisor").postJson("/api/v1/imports/" + UUID.randomUUID() + "/review", Fixtures.approve()), 404);
        assertProblem(http("pe.supervisor").get("/api/v1/imports/not-an-id"), 400);
        assertProblem(anonymous().get("/api/v1/imports/" + importId), 401);
        assertThat(notices("pe.analyst", t).getFirst().get("status").asString()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void a_returned_import_goes_back_to_draft_and_must_say_why() {
        String t = token();
        Http.Response imported = importAs("ec.analyst", "NATIONAL", wanted(t + "-1", "Óscar " + t + " Paredes"),
                wanted(t + "-2", "Nelly " + t + " Paredes"));
        String path = "/api/v1/imports/" + Imports.idOf(imported) + "/review";
        Http.Response silent = http("ec.supervisor").postJson(path, review(false, " "));
        assertProblem(silent, 400);
        assertThat(silent.json().get("field").asString()).isEqualTo("comment");
        Http.Response huge = http("ec.supervisor").postJson(path, review(false, "x".repeat(100_000)));
        assertProblem(huge, 400);
        assertThat(huge.json().get("field").asString()).isEqualTo("comment");
        assertProblem(http("ec.supervisor").post(path, "application/json", "{\"approve\":"), 400);
        Http.Response returned = http("ec.supervisor").postJson(path, review(false, "fuente sin orden de captura"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("activated").asLong()).isZero();
        assertThat(returned.json().get("returned").asLong()).isEqualTo(2);
        assertThat(notices("ec.analyst", t)).extracting(n -> n.get("status").asString()).containsOnly("DRAFT").hasSize(2);
    }

    @Test
    void a_returned_imported_notice_revised_to_public_is_not_approved_with_its_import() {
        String t = token();
        Http.Response imported = importAs("ec.analyst", "AGENCY", wanted(t + "-1", "Gladys " + t + " Pilco"),
                wanted(t + "-2", "Fausto " + t + " Pilco"));
        String path = "/api/v1/imports/" + Imports.idOf(imported) + "/review";
        assertThat(http("ec.supervisor").postJson(path, review(false, "faltan las órdenes")).json().get("returned").asLong())
                .isEqualTo(2);
        Http analyst = http("ec.analyst");
        List<JsonNode> drafts = notices("ec.analyst", t);
        String madePublic = drafts.get(0).get("id").asString();
        String unchanged = drafts.get(1).get("id").asString();
        String publicName = "Gladys " + t + " Pilco Revisada";
        int version = analyst.get("/api/v1/notices/" + madePublic).json().get("version").asInt();
        assertThat(analyst.putJson("/api/v1/notices/" + madePublic + "?version=" + version,
                Fixtures.draft(publicName, "PUBLIC", List.of())).status()).isEqualTo(200);
        for (String id : List.of(madePublic, unchanged)) {
            assertThat(analyst.postJson("/api/v1/notices/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        }

        Http.Response approved = http("ec.supervisor").postJson(path, Fixtures.approve());
        assertThat(approved.json().get("activated").asLong()).as("only the notice still as imported").isEqualTo(1);
        assertThat(analyst.get("/api/v1/notices/" + unchanged).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(analyst.get("/api/v1/notices/" + madePublic).json().get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(anonymous().get("/notices/" + madePublic).status()).isEqualTo(404);
        assertThat(Imports.approveOneByOne(http("ec.supervisor"), t)).as("reviewed on its own").isEqualTo(1);
        assertThat(anonymous().get("/notices/" + madePublic).status()).isEqualTo(200);
    }

    @Test
    void an_imported_notice_is_screened_only_once_its_import_is_approved() {
        String t = token();
        String name = "Wilfredo " + t + " Chambi";
        Http.Response imported = importAs("pe.analyst", "ALL_MEMBERS", wanted(t + "-1", name));
        String noticeId = notices("pe.analyst", t).getFirst().get("id").asString();
        Map<String, Object> query = Map.of("name", name, "birthDate", "1979-04-02", "purpose", "control fronterizo, Tacna");

        assertThat(http("pe.border").postJson("/api/v1/screenings", query).json().get("hits").findValuesAsString("noticeId"))
                .as("under review: not screenable").doesNotContain(noticeId);
        assertThat(Imports.approve(http("pe.supervisor"), imported)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(http("pe.border").postJson("/api/v1/screenings", query).json().get("hits")
                        .findValuesAsString("noticeId")).contains(noticeId));
    }
}
