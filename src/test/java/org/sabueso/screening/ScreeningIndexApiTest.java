package org.sabueso.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.Imports;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/screenings/index} and the FtM import's answer about screenability, over HTTP. */
class ScreeningIndexApiTest extends IntegrationTest {

    /**
     * The bound for the index to show no pending change: other tests' changes may be in flight on
     * the shared context, each applied in milliseconds; the bound only stops a broken listener
     * from hanging the run.
     */
    private static final Duration BOUND = Duration.ofSeconds(20);

    /** Letters no other test uses, so that the screening finds this test's person only. */
    private static String token() {
        StringBuilder sb = new StringBuilder("Qx");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static Instant lastChange(JsonNode status) {
        return Instant.parse(status.get("lastChange").asString());
    }

    private JsonNode status(String user) {
        Http.Response r = http(user).get("/api/v1/screenings/index");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private boolean screenable(String name, String externalId) {
        Http.Response r = http("pe.border").postJson("/api/v1/screenings",
                Map.of("name", name, "birthDate", "1979-04-11", "purpose", "control fronterizo, Desaguadero"));
        JsonNode hits = r.json().get("hits");
        assertThat(hits).as(r.body()).isNotNull();
        for (JsonNode h : hits) {
            if (h.has("entityId") && externalId.equals(h.get("entityId").asString())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_status_has_exactly_notices_pending_and_last_change() {
        JsonNode s = status("pe.border");
        assertThat(s.propertyNames()).containsExactlyInAnyOrder("notices", "pending", "lastChange");
        assertThat(s.get("notices").asInt()).isPositive();
        assertThat(s.get("pending").asLong()).isNotNegative();
        assertThat(lastChange(s)).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void staff_who_screen_may_read_the_status_and_nobody_else() {
        for (String user : List.of("pe.analyst", "pe.supervisor", "pe.border", "pe.prison")) {
            assertThat(http(user).get("/api/v1/screenings/index").status()).as(user).isEqualTo(200);
        }
        Http.Response anonymous = anonymous().get("/api/v1/screenings/index");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        for (String user : List.of("auditor", "admin")) {
            Http.Response forbidden = http(user).get("/api/v1/screenings/index");
            assertThat(forbidden.status()).as(user).isEqualTo(403);
            assertThat(forbidden.json().get("code").asString()).isEqualTo("screening.notAllowed");
        }
        assertThat(http("pe.border", "wrong-pass").get("/api/v1/screenings/index").status()).isEqualTo(401);
    }

    @Test
    void an_imported_notice_is_not_screenable_before_its_review_and_is_once_the_review_answers() {
        String t = token();
        String name = "Wilber " + t + " Condori Mamani";
        String id = t + "-1";
        String line = "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"],"
                + "\"firstName\":[\"Wilber\"],\"fatherName\":[\"" + t + "\"],\"motherName\":[\"Condori Mamani\"],"
                + "\"birthDate\":[\"1979-04-11\"],\"nationality\":[\"pe\"],\"topics\":[\"wanted\"]}}\n";
        JsonNode before = status("pe.border");

        Http.Response imported = http("pe.analyst").post("/api/v1/entities?scope=ALL_MEMBERS", Imports.NDJSON, line);
        JsonNode answer = imported.json();
        assertThat(answer.get("notices").asLong()).as(imported.body()).isEqualTo(1);
        assertThat(answer.get("screenable").asBoolean()).as("waits for its review").isFalse();
        assertThat(answer.get("underReview").asLong()).isEqualTo(1);
        assertThat(answer.get("index").propertyNames()).containsExactlyInAnyOrder("notices", "pending", "lastChange");
        // every field the answer had before is still there
        assertThat(answer.propertyNames()).contains("importId", "lines", "imported", "skipped", "rejectedCount",
                "rejected", "organizations", "addresses", "links");
        assertThat(screenable(name, id)).isFalse();

        assertThat(Imports.approve(http(Imports.reviewerOf("pe.analyst")), imported)).isEqualTo(1);
        // the review answers once its notices are in the index: no wait needed for this one
        assertThat(screenable(name, id)).as("screenable when the review answers").isTrue();
        JsonNode after = status("pe.border");
        assertThat(lastChange(after)).isAfter(lastChange(before));
        await("no change pending").atMost(BOUND).pollInterval(Duration.ofMillis(50))
                .until(() -> status("pe.border").get("pending").asLong() == 0);
    }

    @Test
    void bad_imports_keep_their_coded_answers() {
        String line = "{\"id\":\"" + token() + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ana Prueba\"]}}\n";
        Http.Response noScope = http("pe.analyst").post("/api/v1/entities", Imports.NDJSON, line);
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.json().get("code").asString()).isEqualTo("request.not-a-choice");
        assertThat(noScope.json().get("field").asString()).isEqualTo("scope");
        Http.Response border = http("pe.border").post("/api/v1/entities?scope=AGENCY", Imports.NDJSON, line);
        assertThat(border.status()).isEqualTo(403);
        assertThat(border.json().get("code").asString()).isEqualTo("interchange.import-not-allowed");
        assertThat(http("pe.analyst").post("/api/v1/entities?scope=AGENCY", "application/json", line).status())
                .isEqualTo(415);

        // a hostile line is rejected by number; the answer still says what the index holds
        Http.Response hostile = http("pe.analyst").post("/api/v1/entities?scope=AGENCY", Imports.NDJSON,
                "{\"id\":\"" + token() + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ana\\u0000Prueba\"]}}\n");
        assertThat(hostile.status()).isEqualTo(200);
        assertThat(hostile.json().get("rejectedCount").asLong()).isEqualTo(1);
        assertThat(hostile.json().get("notices").asLong()).isZero();
        assertThat(hostile.json().get("index").get("notices").asInt()).isPositive();
    }
}
