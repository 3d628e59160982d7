package org.sabueso.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.audit.AuditQuery;
import org.sabueso.audit.AuditTrail;
import org.sabueso.screening.EventsHandled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Re-matching: a screening is kept, a notice for the person screened goes ACTIVE later through
 * the normal review, and a REMATCH hit reaches the issuing agency and the agency that screened,
 * with when, where and why it was screened; nobody else sees the kept screening or the hit, an
 * agency that may not see the notice gets no alert, and a screening past the retention is gone
 * and never re-matches.
 */
class RematchTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScreeningPurge purge;

    @Autowired
    AuditTrail audit;

    /** A screening of {@code name} with its place; its id. */
    private String screen(Http who, String name, String birthDate, String purpose, String place) {
        Map<String, Object> q = new HashMap<>(Map.of("name", name, "birthDate", birthDate, "purpose", purpose));
        if (place != null) {
            q.put("place", place);
        }
        Http.Response r = who.postJson("/api/v1/screenings", q);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("screeningId").asString();
    }

    /**
     * A notice of VE-CICPC on {@code name}, shared with {@code partners} only, activated by the
     * normal review (draft, submit, approve); once every listener is done with it.
     */
    private String activate(String name, String birthDate, List<String> partners) {
        Map<String, Object> draft = new HashMap<>(Fixtures.draft(name, "PARTNERS", partners));
        // no document: the fixture's number is on other tests' screenings
        draft.put("subject", Map.of("name", name, "birthDate", birthDate, "nationalities", List.of("VE"),
                "aliases", List.of(), "documents", List.of()));
        Http.Response created = http("ve.analyst").postJson("/api/v1/notices", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(http("ve.analyst").postJson("/api/v1/notices/" + id + "/submit", Map.of()).status()).isLessThan(300);
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                .isLessThan(300);
        EventsHandled.about(jdbc, id);
        return id;
    }

    private long hitsOf(String screeningId) {
        return jdbc.sql("SELECT count(*) FROM screening_hit WHERE screening_id = ?::uuid").param(screeningId)
                .query(Long.class).single();
    }

    @Test
    void a_notice_going_active_alerts_about_an_earlier_screening_to_those_who_may_see_it() {
        String name = "Yusnelvis Adrián Quintero Mavárez";
        String peScreening = screen(http("pe.border"), "YUSNELVIS ADRIAN QUINTERO MAVAREZ", "1990-03-14",
                "control migratorio", "Rumichaca");
        String clScreening = screen(http("cl.border"), "Yusnelvis Adrian Quintero Mavarez", "1990-03-14",
                "control migratorio Chacalluta", null);
        assertThat(hitsOf(peScreening)).as("not wanted yet").isZero();

        JsonNode kept = http("pe.border").get("/api/v1/screenings/" + peScreening).json();
        assertThat(kept.get("name").asString()).isEqualTo("YUSNELVIS ADRIAN QUINTERO MAVAREZ");
        assertThat(kept.get("place").asString()).isEqualTo("Rumichaca");
        assertThat(kept.get("birthDate").asString()).isEqualTo("1990-03-14");
        assertThat(kept.get("keptUntil").asString()).isNotBlank();
        assertThat(http("pe.analyst").get("/api/v1/screenings/" + peScreening).status()).as("same agency").isEqualTo(200);
        assertThat(http("cl.analyst").get("/api/v1/screenings/" + peScreening).status()).as("another agency").isEqualTo(404);
        assertThat(http("ve.analyst").get("/api/v1/screenings/" + peScreening).status()).as("another agency").isEqualTo(404);

        // shared with Peru only: Chile's border post may not learn of it, not even by an alert
        String noticeId = activate(name, "1990-03-14", List.of("PE-PNP"));

        JsonNode hit = await("the REMATCH hit in the issuing agency's inbox").atMost(EventsHandled.BOUND)
                .until(() -> inboxHit(peScreening), h -> h != null);
        assertThat(hit.get("kind").asString()).isEqualTo("REMATCH");
        assertThat(hit.get("noticeId").asString()).isEqualTo(noticeId);
        assertThat(hit.get("status").asString()).isEqualTo("OPEN");
        assertThat(hit.get("purpose").asString()).isEqualTo("control migratorio");
        assertThat(hit.get("place").asString()).isEqualTo("Rumichaca");
        assertThat(hit.get("screenedAt").asString()).isEqualTo(kept.get("screenedAt").asString());
        assertThat(hit.get("screenedBy").asString()).isEqualTo("pe.border");
        assertThat(hit.get("screenedByAgency").asString()).isEqualTo("PE-PNP");
        String hitId = hit.get("id").asString();

        JsonNode ofScreening = http("pe.border").get("/api/v1/screenings/" + peScreening + "/hits").json();
        assertThat(ofScreening).hasSize(1);
        assertThat(ofScreening.get(0).get("id").asString()).isEqualTo(hitId);
        assertThat(ofScreening.get(0).get("kind").asString()).isEqualTo("REMATCH");
        assertThat(ofScreening.get(0).get("place").asString()).isEqualTo("Rumichaca");

        assertThat(http("cl.analyst").get("/api/v1/hits/" + hitId).status()).as("a third agency").isEqualTo(404);
        assertThat(http("cl.analyst").get("/api/v1/screenings/" + peScreening + "/hits").json()).isEmpty();
        assertThat(hitsOf(clScreening)).as("Chile may not see the notice: no alert").isZero();
        assertThat(http("cl.border").get("/api/v1/screenings/" + clScreening + "/hits").json()).isEmpty();

        assertThat(audit.search(new AuditQuery(null, null, "hit.open", hitId, null, null, 0, 10)).items())
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(HitService.REMATCH_ACTOR));
        JsonNode answered = http("ve.analyst").postJson("/api/v1/hits/" + hitId + "/answer",
                Map.of("confirmed", true, "action", "LOCATE", "note", "Es la persona: ubicar en Perú")).json();
        assertThat(answered.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(answered.get("kind").asString()).isEqualTo("REMATCH");
        assertThat(audit.search(new AuditQuery(null, null, "hit.answer", hitId, null, null, 0, 10)).items()).hasSize(1);

        String console = http("ve.analyst").get("/console/hits?box=all").body();
        assertThat(console).contains("Esta persona fue consultada en Rumichaca hoy");
        assertThat(console).contains("Aviso nuevo sobre una consulta anterior");
        String english = http("ve.analyst").get("/console/hits?box=all&lang=en").body();
        assertThat(english).contains("This person was checked at Rumichaca today");
        assertThat(english).contains("New notice on an earlier screening");
        assertThat(http("pe.border").get("/console/screening/" + peScreening).body()).contains("Aviso nuevo:");
    }

    /** The issuing agency's hit about this screening, or null while there is none. */
    private JsonNode inboxHit(String screeningId) {
        for (JsonNode h : http("ve.analyst").get("/api/v1/hits?box=inbox").json().get("items")) {
            if (h.get("screeningId").asString().equals(screeningId)) {
                return h;
            }
        }
        return null;
    }

    @Test
    void a_screening_past_the_retention_is_purged_and_never_rematches() {
        String name = "Wendeline Yoselin Caraballo Urdaneta";
        String purged = screen(http("pe.border"), name, "1987-07-21", "control Aguas Verdes", "Aguas Verdes");
        String old = screen(http("pe.border"), name, "1987-07-21", "control Aguas Verdes", null);
        String fresh = screen(http("pe.border"), name, "1987-07-21", "control Aguas Verdes", "Aguas Verdes");
        // 91 days ago, past the default P90D: as the clock would say three months on
        jdbc.sql("UPDATE screening_kept SET screened_at = now() - interval '91 days' WHERE id IN (?::uuid, ?::uuid)")
                .params(purged, old).update();
        assertThat(purge.purge()).isGreaterThanOrEqualTo(2);
        assertThat(http("pe.border").get("/api/v1/screenings/" + purged).status()).as("purged").isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM screening_kept WHERE id IN (?::uuid, ?::uuid)").params(purged, old)
                .query(Long.class).single()).isZero();
        assertThat(audit.search(new AuditQuery(null, null, "screening.purge", null, null, null, 0, 10)).items())
                .isNotEmpty();
        // past the period but not yet purged: the re-matcher reads only the period
        jdbc.sql("""
                INSERT INTO screening_kept (id, agency_id, agency_country, screened_by, name, birth_date, purpose,
                  screened_at, name_keys) SELECT ?::uuid, agency_id, agency_country, screened_by, name, birth_date, purpose,
                  now() - interval '91 days', name_keys FROM screening_kept WHERE id = ?::uuid""")
                .params(old, fresh).update();

        activate(name, "1987-07-21", List.of("PE-PNP"));

        await("the fresh screening's REMATCH").atMost(EventsHandled.BOUND).until(() -> hitsOf(fresh) == 1);
        assertThat(hitsOf(purged)).as("purged").isZero();
        assertThat(hitsOf(old)).as("past the period").isZero();
    }

    @Test
    void the_openapi_document_describes_kind_screened_at_purpose_and_place() {
        JsonNode schemas = anonymous().get("/v3/api-docs").json().get("components").get("schemas");
        JsonNode hit = schemas.get("HitView").get("properties");
        for (String field : List.of("kind", "screenedAt", "purpose", "place")) {
            assertThat(hit.get(field).get("description").asString()).as(field).isNotBlank();
        }
        assertThat(hit.get("kind").get("enum").valueStream().map(JsonNode::asString)).containsExactly("SCREENING", "REMATCH");
        assertThat(schemas.get("ScreeningRequest").get("properties").get("place").get("maxLength").asInt()).isEqualTo(120);
        assertThat(anonymous().get("/v3/api-docs").json().get("paths").has("/api/v1/screenings/{id}")).isTrue();
    }

    @Test
    void a_manifest_line_is_kept_as_a_screening() {
        Http border = http("ec.border");
        Http.Response r = border.post("/api/v1/screenings/batch", "application/x-ndjson",
                "{\"ref\":\"p-1\",\"name\":\"Brayan Stiven Ocoró Angulo\",\"birthDate\":\"1995\","
                        + "\"purpose\":\"manifiesto vuelo LA2471\",\"place\":\"Aeropuerto Mariscal Sucre\"}\n");
        assertThat(r.status()).isEqualTo(200);
        String screeningId = Http.JSON.readTree(r.body().lines().findFirst().orElseThrow()).get("screeningId").asString();
        JsonNode kept = border.get("/api/v1/screenings/" + screeningId).json();
        assertThat(kept.get("purpose").asString()).isEqualTo("manifiesto vuelo LA2471");
        assertThat(kept.get("place").asString()).isEqualTo("Aeropuerto Mariscal Sucre");
        assertThat(kept.get("screenedBy").asString()).isEqualTo("ec.border");
    }

    @Test
    void a_place_is_one_line_of_at_most_120_characters_in_any_script() {
        Http border = http("ec.border");
        Map<String, Object> q = new HashMap<>(Map.of("name", "Jhonny Ramírez", "purpose", "control Huaquillas"));
        q.put("place", "x".repeat(121));
        Http.Response tooLong = border.postJson("/api/v1/screenings", q);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(codes(tooLong)).containsExactly("screening.placeLong");
        q.put("place", "Huaquillas\u0000");
        Http.Response nul = border.postJson("/api/v1/screenings", q);
        assertThat(nul.status()).as("NUL is refused with the body, as in every text field").isEqualTo(400);
        assertThat(fields(nul)).containsExactly("place");
        q.put("place", "Huaquillas\nPuente internacional");
        assertThat(codes(border.postJson("/api/v1/screenings", q))).containsExactly("screening.placeControl");
        q.put("place", "x".repeat(121));
        q.put("name", "");
        assertThat(fields(border.postJson("/api/v1/screenings", q))).as("every fault at once")
                .contains("place", "name");
        q.put("name", "Jhonny Ramírez");
        q.put("place", "معبر " + "ا".repeat(115));
        Http.Response arabic = border.postJson("/api/v1/screenings", q);
        assertThat(arabic.status()).isEqualTo(200);
        assertThat(border.get("/api/v1/screenings/" + arabic.json().get("screeningId").asString()).json()
                .get("place").asString()).isEqualTo(q.get("place"));
    }

    private static List<String> fields(Http.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static List<String> codes(Http.Response r) {
        List<String> codes = new ArrayList<>();
        r.json().get("errors").forEach(e -> codes.add(e.get("code").asString()));
        return codes;
    }
}
