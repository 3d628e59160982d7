package org.sabueso.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The notice API over real HTTP: authentication, bad input, the lifecycle with review. */
class NoticeApiTest extends IntegrationTest {

    @Test
    void the_api_demands_credentials() {
        Http.Response r = anonymous().get("/api/v1/notices");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(http("ve.analyst").get("/api/v1/notices").status()).isEqualTo(200);
        assertThat(new Http("http://localhost:" + port, "ve.analyst", "wrong").get("/api/v1/notices").status()).isEqualTo(401);
    }

    @Test
    void the_demo_notice_on_guerrero_flores_is_found_by_name_without_accents() {
        JsonNode page = http("pe.analyst").get("/api/v1/notices?q=hector%20rusthenford").json();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("subject").get("name").asString()).isEqualTo("Héctor Rusthenford Guerrero Flores");
        assertThat(item.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(item.get("issuingCountry").asString()).isEqualTo("VE");
        assertThat(item.get("id").asString()).isNotBlank();
    }

    @Test
    void malformed_json_is_a_400_problem() {
        Http.Response r = http("ve.analyst").post("/api/v1/notices", "application/json", "{\"subject\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void a_draft_with_missing_fields_is_a_400_naming_every_field_and_writes_nothing() {
        long before = http("ve.analyst").get("/api/v1/notices?status=DRAFT").json().get("total").asLong();
        Http.Response r = http("ve.analyst").postJson("/api/v1/notices",
                Map.of("subject", Map.of("name", "Juan Pérez", "birthDate", "1990-02-30"), "reviewBy", "2020-01-01"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asString()).isNotBlank();
        List<String> fields = r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("subject.birthDate", "requestedAction", "sharingScope");
        long after = http("ve.analyst").get("/api/v1/notices?status=DRAFT").json().get("total").asLong();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void hostile_and_huge_input_is_refused_or_stored_as_text() {
        // a long name within the API's 4 MB body limit is the name's 400; a 10 MB body is the limit's 413
        String huge = "A".repeat(1024 * 1024);
        Http.Response big = http("ve.analyst").postJson("/api/v1/notices", Fixtures.draft(huge, "AGENCY", List.of()));
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.json().get("field").asString()).isEqualTo("subject.name");
        Http.Response tooBig = http("ve.analyst").postJson("/api/v1/notices",
                Fixtures.draft("A".repeat(10 * 1024 * 1024), "AGENCY", List.of()));
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().get("detail").asString()).contains("payload too large");

        String hostile = "Robert'); DROP TABLE notice;-- <script>alert(1)</script> \u202eZalgo\u0301\u0301";
        Http.Response r = http("ve.analyst").postJson("/api/v1/notices", Fixtures.draft(hostile, "AGENCY", List.of()));
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().get("id").asString();
        JsonNode read = http("ve.analyst").get("/api/v1/notices/" + id).json();
        assertThat(read.get("subject").get("name").asString()).isEqualTo(hostile.strip());
        assertThat(http("ve.analyst").get("/api/v1/notices?q=" + java.net.URLEncoder.encode("'); DROP", java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }

    @Test
    void unknown_enum_values_and_bad_ids_are_400_not_500() {
        assertThat(http("ve.analyst").get("/api/v1/notices?status=WANTED").status()).isEqualTo(400);
        assertThat(http("ve.analyst").get("/api/v1/notices?country=XX").status()).isEqualTo(400);
        assertThat(http("ve.analyst").get("/api/v1/notices/not-a-uuid").status()).isEqualTo(400);
        assertThat(http("ve.analyst").get("/api/v1/notices?size=100000").status()).isEqualTo(400);
        Map<String, Object> bad = new java.util.HashMap<>(Fixtures.draft("Ana Díaz", "EVERYONE", List.of()));
        Http.Response r = http("ve.analyst").postJson("/api/v1/notices", bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("sharingScope");
    }

    @Test
    void a_notice_goes_from_draft_through_review_to_active_and_is_then_shared() {
        Http ve = http("ve.analyst");
        Http sup = http("ve.supervisor");
        Http pe = http("pe.analyst");
        Http.Response created = ve.postJson("/api/v1/notices", Fixtures.draft("Pedro Pablo Ramírez Torres", "ALL_MEMBERS", List.of()));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(pe.get("/api/v1/notices/" + id).status()).as("partners do not see drafts").isEqualTo(404);

        assertThat(sup.postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                .as("a draft is not under review yet").isEqualTo(409);
        assertThat(ve.postJson("/api/v1/notices/" + id + "/submit", Map.of("reason", "ready")).status()).isEqualTo(200);
        assertThat(ve.postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                .as("an analyst may not approve").isEqualTo(403);
        assertThat(http("pe.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                .as("a supervisor of another agency does not even see it").isEqualTo(404);

        Map<String, Object> failing = Map.of("approve", true, "checks", Map.of("noPoliticalCharacter", false,
                "noMilitaryCharacter", true, "noReligiousCharacter", true, "noRacialCharacter", true));
        Http.Response blocked = sup.postJson("/api/v1/notices/" + id + "/review", failing);
        assertThat(blocked.status()).as("a failed Article 3 check blocks activation").isEqualTo(400);
        assertThat(blocked.json().get("field").asString()).isEqualTo("checks");
        assertThat(ve.get("/api/v1/notices/" + id).json().get("status").asString()).isEqualTo("UNDER_REVIEW");

        Http.Response approved = sup.postJson("/api/v1/notices/" + id + "/review", Fixtures.approve());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(pe.get("/api/v1/notices/" + id).status()).isEqualTo(200);

        assertThat(pe.postJson("/api/v1/notices/" + id + "/transitions", Map.of("status", "LOCATED", "reason", "seen")).status())
                .as("only the issuing agency moves its notice").isEqualTo(403);
        assertThat(ve.postJson("/api/v1/notices/" + id + "/transitions", Map.of("status", "LOCATED")).status())
                .as("a reason is required").isEqualTo(400);
        assertThat(ve.postJson("/api/v1/notices/" + id + "/transitions", Map.of("status", "LOCATED", "reason", "seen in Lima")).status()).isEqualTo(200);
        assertThat(ve.postJson("/api/v1/notices/" + id + "/transitions", Map.of("status", "ARRESTED", "reason", "arrested")).status()).isEqualTo(200);
        assertThat(ve.postJson("/api/v1/notices/" + id + "/transitions", Map.of("status", "ACTIVE", "reason", "again")).status())
                .as("an arrest is final").isEqualTo(409);

        List<String> steps = ve.get("/api/v1/notices/" + id + "/history").json().valueStream()
                .map(s -> s.get("to").asString()).toList();
        assertThat(steps).containsExactly("DRAFT", "UNDER_REVIEW", "ACTIVE", "LOCATED", "ARRESTED");
        JsonNode activation = ve.get("/api/v1/notices/" + id + "/history").json().get(2);
        assertThat(activation.get("actor").asString()).isEqualTo("ve.supervisor");
        assertThat(activation.get("at").asString()).isNotBlank();
    }

    @Test
    void the_author_of_a_notice_may_not_approve_it() {
        Http sup = http("ve.supervisor");
        String id = sup.postJson("/api/v1/notices", Fixtures.draft("Luis Alberto Mora Díaz", "ALL_MEMBERS", List.of())).json().get("id").asString();
        assertThat(sup.postJson("/api/v1/notices/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(sup.postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status()).isEqualTo(403);
    }

    @Test
    void a_supervisor_who_revised_or_submitted_an_analysts_draft_may_not_approve_it() {
        Http analyst = http("ve.analyst");
        Http sup = http("ve.supervisor");
        String revised = analyst.postJson("/api/v1/notices", Fixtures.draft("Nelson Iván Ortega Páez", "PUBLIC", List.of()))
                .json().get("id").asString();
        assertThat(sup.putJson("/api/v1/notices/" + revised + "?version=0",
                Fixtures.draft("Nelson Iván Ortega Páez", "PUBLIC", List.of())).status()).isEqualTo(200);
        assertThat(analyst.postJson("/api/v1/notices/" + revised + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(sup.postJson("/api/v1/notices/" + revised + "/review", Fixtures.approve()).status())
                .as("the reviser wrote it too").isEqualTo(403);
        assertThat(http("ve.supervisor2").postJson("/api/v1/notices/" + revised + "/review", Fixtures.approve()).status())
                .isEqualTo(200);

        String submitted = analyst.postJson("/api/v1/notices", Fixtures.draft("Ramiro José Ortega Páez", "PUBLIC", List.of()))
                .json().get("id").asString();
        assertThat(sup.postJson("/api/v1/notices/" + submitted + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(sup.postJson("/api/v1/notices/" + submitted + "/review", Fixtures.approve()).status())
                .as("the submitter vouched for it").isEqualTo(403);
        assertThat(anonymous().get("/notices/" + submitted).status()).isEqualTo(404);
    }
}
