package org.sabueso.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.audit.AuditQuery;
import org.sabueso.audit.AuditTrail;
import tools.jackson.databind.JsonNode;

/** A MATCH goes to the issuing agency's inbox, is answered, and the officer sees the answer. */
class HitApiTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    AuditTrail audit;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A notice activated, once the screening index has taken it in. */
    private String activeNotice(String name) {
        String id = http("ve.analyst").postJson("/api/v1/notices", Fixtures.draft(name, "ALL_MEMBERS", List.of()))
                .json().get("id").asString();
        http("ve.analyst").postJson("/api/v1/notices/" + id + "/submit", Map.of());
        http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve());
        EventsHandled.about(jdbc, id);
        return id;
    }

    private JsonNode screen(Http who, String name, String birthDate, String document) {
        Map<String, Object> q = document == null
                ? Map.of("name", name, "birthDate", birthDate, "purpose", "control migratorio Tumbes")
                : Map.of("name", name, "birthDate", birthDate, "purpose", "control migratorio Tumbes",
                "documents", List.of(Map.of("type", "national_id", "number", document, "country", "VE")));
        JsonNode r = who.postJson("/api/v1/screenings", q).json();
        assertThat(r.get("hits")).as("hits for %s", name).isNotEmpty();
        return r;
    }

    @Test
    void a_match_is_answered_by_the_issuing_agency_and_a_rejection_is_remembered() throws Exception {
        String noticeId = activeNotice("Deivis Yorman Escalona Pacheco");
        Http border = http("pe.border");
        JsonNode first = screen(border, "DEIVIS YORMAN ESCALONA PACHECO", "1988-02-11", null);
        JsonNode hit = first.get("hits").get(0);
        assertThat(hit.get("noticeId").asString()).isEqualTo(noticeId);
        assertThat(hit.get("decision").asString()).isEqualTo("MATCH");
        String hitId = hit.get("hitId").asString();

        JsonNode inbox = http("ve.analyst").get("/api/v1/hits?status=OPEN").json();
        assertThat(inbox.get("items").valueStream().map(h -> h.get("id").asString())).contains(hitId);
        JsonNode opened = http("ve.analyst").get("/api/v1/hits/" + hitId).json();
        assertThat(opened.get("screenedByAgency").asString()).isEqualTo("PE-PNP");
        assertThat(opened.get("purpose").asString()).isEqualTo("control migratorio Tumbes");
        assertThat(opened.get("deadline").asString()).isNotBlank();
        assertThat(http("cl.analyst").get("/api/v1/hits/" + hitId).status()).as("a third agency").isEqualTo(404);
        assertThat(border.postJson("/api/v1/hits/" + hitId + "/answer", Map.of("confirmed", true, "action", "ARREST")).status())
                .as("only the issuing agency answers").isEqualTo(403);
        assertThat(http("ve.analyst").postJson("/api/v1/hits/" + hitId + "/answer", Map.of("confirmed", false)).status())
                .as("a rejection says why").isEqualTo(400);

        JsonNode answered = http("ve.analyst").postJson("/api/v1/hits/" + hitId + "/answer",
                Map.of("confirmed", false, "note", "Otra persona: huellas no coinciden")).json();
        assertThat(answered.get("status").asString()).isEqualTo("REJECTED");
        JsonNode seenByOfficer = border.get("/api/v1/screenings/" + first.get("screeningId").asString() + "/hits").json();
        assertThat(seenByOfficer.get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(seenByOfficer.get(0).get("answerNote").asString()).contains("huellas");

        JsonNode again = screen(border, "Deivis Yorman Escalona Pacheco", "1988-02-11", null).get("hits").get(0);
        assertThat(again.get("decision").asString()).as("a rejected pair does not alert again").isEqualTo("POSSIBLE");
        assertThat(again.get("hitId").isNull()).isTrue();
        assertThat(again.get("explanation").valueStream().map(e -> e.get("feature").asString())).contains("previousAnswer");

        JsonNode withDocument = screen(border, "Deivis Yorman Escalona Pacheco", "1988-02-11", "V-21.333.444").get("hits").get(0);
        assertThat(withDocument.get("decision").asString()).as("a new document number reopens it").isEqualTo("MATCH");
        String second = withDocument.get("hitId").asString();
        JsonNode confirmed = http("ve.supervisor").postJson("/api/v1/hits/" + second + "/answer",
                Map.of("confirmed", true, "action", "ARREST", "note", "Es el sujeto; proceder a la detención")).json();
        assertThat(confirmed.get("action").asString()).isEqualTo("ARREST");
        assertThat(http("ve.supervisor").postJson("/api/v1/hits/" + second + "/answer",
                Map.of("confirmed", false, "note", "x")).status()).as("answered once").isEqualTo(409);
    }

    @Test
    void matches_screened_at_once_each_open_their_own_hit_and_an_audit_entry() throws Exception {
        String noticeId = activeNotice("Wuilmer Yonaiker Berroterán Cedeño");
        Http border = http("co.border");
        screen(border, "WUILMER YONAIKER BERROTERAN CEDEÑO", "1988-02-11", null);
        int screenings = 24;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<JsonNode>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < screenings; i++) {
                answers.add(pool.submit(() -> border.postJson("/api/v1/screenings", Map.of("name",
                        "Wuilmer Yonaiker Berroteran Cedeno", "birthDate", "1988-02-11", "purpose", "control Paraguachón")).json()));
            }
            java.util.Set<String> hitIds = new java.util.HashSet<>();
            for (var a : answers) {
                JsonNode hit = a.get().get("hits").get(0);
                assertThat(hit.get("noticeId").asString()).isEqualTo(noticeId);
                assertThat(hit.get("decision").asString()).isEqualTo("MATCH");
                hitIds.add(hit.get("hitId").asString());
            }
            assertThat(hitIds).as("one hit per screening, none shared").hasSize(screenings);
            for (String hitId : hitIds) {
                JsonNode inInbox = http("ve.analyst").get("/api/v1/hits/" + hitId).json();
                assertThat(inInbox.get("status").asString()).isEqualTo("OPEN");
                assertThat(audit.search(new AuditQuery(null, null, "hit.open", hitId, null, null, 0, 10)).items())
                        .as("hit %s is in the audit trail", hitId).hasSize(1);
            }
            assertThat(audit.verify(null, n -> { })).as("the chain holds").isInstanceOf(org.sabueso.audit.ChainVerdict.Intact.class);
        } finally {
            pool.shutdownNow();
        }
    }
}
