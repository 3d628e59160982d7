package org.sabueso.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.audit.AuditQuery;
import org.sabueso.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The custody API against the demo: the facility list and indicator shapes of the issue, Tocorón
 * at risk of self-rule on 2016-era figures, roll calls whose shortfall becomes an escape with
 * notices in review, who may record and who may see, and bad input answered field by field.
 */
class CustodyApiTest extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long audited(String actor, String action, String target) {
        return trail.search(new AuditQuery(actor, null, action, target, null, null, 0, 200)).total();
    }

    JsonNode facilityNamed(Http http, String country, String name) {
        for (JsonNode item : http.get("/api/v1/facilities?country=" + country).json().get("items")) {
            if (item.get("name").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no facility " + name);
    }

    String tocoron() {
        return facilityNamed(http("ve.analyst"), "VE", "Centro Penitenciario de Aragua (Tocorón)").get("id").asString();
    }

    @Test
    void the_facility_list_has_the_shape_of_the_issue() {
        Http.Response r = http("ve.analyst").get("/api/v1/facilities?country=VE");
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(5);
        JsonNode rodeo = facilityNamed(http("ve.analyst"), "VE", "Internado Judicial de Rodeo I");
        List<String> fields = new ArrayList<>();
        rodeo.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("id", "name", "capacity", "population", "occupancyPercent", "atRiskOfSelfRule",
                "level", "status", "statusSince", "filesInCustody", "headcountDiffers");
        assertThat(rodeo.get("capacity").asInt()).isEqualTo(900);
        assertThat(rodeo.get("population").asInt()).isEqualTo(1150);
        assertThat(rodeo.get("occupancyPercent").asInt()).isEqualTo(128);
        assertThat(rodeo.get("atRiskOfSelfRule").asBoolean()).isFalse();
        JsonNode tocuyito = facilityNamed(http("ve.analyst"), "VE", "Centro Penitenciario de Carabobo (Tocuyito)");
        assertThat(tocuyito.get("atRiskOfSelfRule").asBoolean()).isTrue();
    }

    @Test
    void tocoron_is_at_risk_of_self_rule_on_its_2016_figures_and_says_why() {
        Http.Response r = http("ve.analyst").get("/api/v1/facilities/" + tocoron() + "/indicators?at=2016-06-30");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        List<String> fields = new ArrayList<>();
        body.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("at", "atRiskOfSelfRule", "hasFigures", "level", "flags");
        assertThat(body.get("at").asString()).isEqualTo("2016-06-30");
        assertThat(body.get("atRiskOfSelfRule").asBoolean()).isTrue();
        Map<String, String> levels = new java.util.HashMap<>();
        for (JsonNode flag : body.get("flags")) {
            List<String> keys = new ArrayList<>();
            flag.propertyNames().forEach(keys::add);
            assertThat(keys).containsExactly("indicator", "level", "value", "standard", "reason");
            levels.put(flag.get("indicator").asString(), flag.get("level").asString());
        }
        assertThat(levels).containsEntry("OCCUPANCY", "CRITICAL").containsEntry("PRISONERS_PER_OFFICER", "CRITICAL")
                .containsEntry("DAYS_WITHOUT_STATE_MEALS", "CRITICAL").containsEntry("WEAPON_OR_TUNNEL_FINDS", "RED")
                .containsEntry("SPACE_PER_PRISONER", "CRITICAL").containsEntry("HEADCOUNTS_PER_UNIT_PER_DAY", "RED");
        JsonNode occupancy = body.get("flags").valueStream()
                .filter(flag -> flag.get("indicator").asString().equals("OCCUPANCY")).findFirst().orElseThrow();
        assertThat(occupancy.get("value").asInt()).isEqualTo(960);
        assertThat(occupancy.get("reason").asString()).contains("7200 prisoners").contains("built for 750");
        // a Colombian partner sees the shared oversight too; today, after the retaking, it is not at risk
        Http.Response co = http("co.analyst").get("/api/v1/facilities/" + tocoron() + "/indicators");
        assertThat(co.status()).isEqualTo(200);
        assertThat(co.json().get("atRiskOfSelfRule").asBoolean()).isFalse();
    }

    @Test
    void a_shortfall_not_resolved_in_time_opens_an_escape_with_notices_in_review() {
        Http prison = http("ve.prison");
        String facility = facilityNamed(prison, "VE", "Internado Judicial de Rodeo I").get("id").asString();
        JsonNode detail = prison.get("/api/v1/facilities/" + facility).json();
        String cell8 = null;
        int before = 0;
        for (JsonNode u : detail.get("units")) {
            if (u.get("name").asString().equals("Celda 8")) {
                cell8 = u.get("id").asString();
                before = u.get("inCustody").asInt();
            }
        }
        List<String> files = new ArrayList<>();
        for (String name : List.of("Néstor Iván Prueba Uno", "Óscar Javier Prueba Dos")) {
            Http.Response admitted = prison.postJson("/api/v1/facilities/" + facility + "/prisoners", Map.of(
                    "unitId", cell8, "person", Map.of("name", name, "birthDate", "1990", "nationality", "VE", "sex", "MALE"),
                    "fileNumber", "API-" + UUID.randomUUID().toString().substring(0, 8), "admittedOn", "2025-01-10",
                    "commitmentAuthority", "Tribunal de Control 3", "commitmentReason", "Robo agravado",
                    "commitmentDate", "2025-01-08", "commitmentReference", "OR-2025-77"));
            assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
            files.add(admitted.json().get("id").asString());
        }
        Http.Response count = prison.postJson("/api/v1/facilities/" + facility + "/roll-calls",
                Map.of("unitId", cell8, "counted", 0, "missingFileIds", files));
        assertThat(count.status()).as(count.body()).isEqualTo(201);
        assertThat(count.json().get("expected").asInt()).as("the demo's files of Celda 8 and the two admitted").isEqualTo(before + 2);
        assertThat(count.json().get("resolveBy").isNull()).isFalse();

        Http.Response escalated = prison.post("/api/v1/roll-calls/escalations", "application/json", "");
        assertThat(escalated.status()).isEqualTo(200);
        assertThat(escalated.json().get("opened").size()).isGreaterThanOrEqualTo(1);
        String incidentId = null;
        for (JsonNode id : escalated.json().get("opened")) {
            JsonNode i = prison.get("/api/v1/incidents/" + id.asString()).json();
            if (i.get("incident").get("facilityId").asString().equals(facility)
                    && i.get("incident").get("people").size() == 2) {
                incidentId = id.asString();
            }
        }
        assertThat(incidentId).isNotNull();
        JsonNode incident = prison.get("/api/v1/incidents/" + incidentId).json();
        assertThat(incident.get("incident").get("type").asString()).isEqualTo("ESCAPE");
        assertThat(incident.get("incident").get("status").asString()).isEqualTo("REPORTED");
        assertThat(incident.get("incident").get("caseReference").asString()).matches("VE-FUGA-\\d{4}-\\d{5}");
        assertThat(incident.get("notices").size()).isEqualTo(2);
        for (JsonNode n : incident.get("notices")) {
            assertThat(n.get("status").asString()).isEqualTo("UNDER_REVIEW");
            assertThat(n.get("sharingScope").asString()).isEqualTo("PUBLIC");
        }
        // the files are marked and their history says so
        JsonNode file = prison.get("/api/v1/prisoners/" + files.getFirst()).json();
        assertThat(file.get("file").get("status").asString()).isEqualTo("ESCAPED");
        assertThat(file.get("history").get(file.get("history").size() - 1).get("kind").asString()).isEqualTo("ESCAPE");
        // the escape goes on the escapee's timeline in the network, known to the reporting country only
        String person = file.get("file").get("personId").asString();
        String caseReference = incident.get("incident").get("caseReference").asString();
        java.util.function.Function<String, java.util.List<String>> escapesSeenBy = user -> http(user)
                .get("/api/v1/graph/timeline?nodes=" + person).json().valueStream()
                .filter(e -> e.get("kind").asString().equals("ESCAPE")).map(e -> e.get("title").asString()).toList();
        // the timeline hears the escape after the commit, asynchronously: five seconds is ample on two cores
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(escapesSeenBy.apply("ve.analyst")).singleElement().asString()
                        .contains(caseReference));
        assertThat(escapesSeenBy.apply("co.analyst")).isEmpty();
        // a Colombian partner sees the incident but not who escaped, and not the files
        JsonNode seenAbroad = http("co.analyst").get("/api/v1/incidents/" + incidentId).json();
        assertThat(seenAbroad.get("incident").get("people").size()).isZero();
        assertThat(seenAbroad.get("notices").size()).isZero();
        assertThat(http("co.analyst").get("/api/v1/prisoners/" + files.getFirst()).status()).isEqualTo(404);
        // Rules 7-8: the history is append-only, whatever SQL is sent
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE prisoner_file_entry SET detail = 'x' WHERE file_id = ?")
                .param(UUID.fromString(files.getFirst())).update()).rootCause().hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM prisoner_file_entry WHERE file_id = ?")
                .param(UUID.fromString(files.getFirst())).update()).rootCause().hasMessageContaining("append-only");
        // every step is in the audit trail: the count, the escape, the notices drafted, the file read
        assertThat(audited("ve.prison", "custody.rollcall", count.json().get("id").asString())).isEqualTo(1);
        assertThat(audited("ve.prison", "custody.escape", incidentId)).isEqualTo(1);
        for (JsonNode n : incident.get("notices")) {
            assertThat(audited("ve.prison", "notice.draft", n.get("id").asString())).isEqualTo(1);
        }
        assertThat(audited("ve.prison", "custody.prisoner.read", files.getFirst())).isGreaterThanOrEqualTo(1);
        // running the check again opens nothing more for the same roll call
        JsonNode again = prison.post("/api/v1/roll-calls/escalations", "application/json", "").json();
        assertThat(again.get("opened").valueStream().map(JsonNode::asString).toList()).doesNotContain(incidentId);
    }

    @Test
    void a_matching_recount_resolves_the_shortfall_and_no_escape_is_opened() {
        Http prison = http("ve.prison");
        String facility = facilityNamed(prison, "VE", "Internado Judicial de Rodeo I").get("id").asString();
        String unit = null;
        int files = -1;
        for (JsonNode u : prison.get("/api/v1/facilities/" + facility).json().get("units")) {
            if (u.get("name").asString().equals("Pabellón 3")) {
                unit = u.get("id").asString();
                files = u.get("inCustody").asInt();
            }
        }
        // counting one more than the files in custody is a discrepancy (more than expected), never an escape
        JsonNode extra = prison.postJson("/api/v1/facilities/" + facility + "/roll-calls", Map.of("unitId", unit, "counted", files + 1)).json();
        assertThat(extra.get("expected").asInt()).isEqualTo(files);
        prison.postJson("/api/v1/facilities/" + facility + "/roll-calls", Map.of("unitId", unit, "counted", files));
        // the call is found by its id among the facility's latest, which other tests add to as well
        JsonNode calls = prison.get("/api/v1/facilities/" + facility + "/roll-calls?limit=500").json();
        JsonNode resolved = calls.valueStream().filter(c -> c.get("id").asString().equals(extra.get("id").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("roll call " + extra.get("id") + " not listed"));
        assertThat(resolved.get("resolution").asString()).isEqualTo("recount matched");
        assertThat(resolved.get("incidentId").isNull()).isTrue();
    }

    @Test
    void only_prison_staff_of_the_country_record_and_partners_outside_the_scope_see_nothing() {
        String tocoron = tocoron();
        String rodeo = facilityNamed(http("ve.prison"), "VE", "Internado Judicial de Rodeo I").get("id").asString();
        Map<String, Object> count = Map.of("unitId", UUID.randomUUID().toString(), "counted", 1);
        assertThat(http("ve.analyst").postJson("/api/v1/facilities/" + rodeo + "/roll-calls", count).status()).isEqualTo(403);
        assertThat(http("co.prison").postJson("/api/v1/facilities/" + rodeo + "/roll-calls", count).status()).isEqualTo(403);
        assertThat(http("ve.border").post("/api/v1/roll-calls/escalations", "application/json", "").status()).isEqualTo(403);
        // Tocuyito's oversight is shared nationally: Peru does not see it, not even that it exists
        String tocuyito = facilityNamed(http("ve.analyst"), "VE", "Centro Penitenciario de Carabobo (Tocuyito)").get("id").asString();
        assertThat(http("pe.analyst").get("/api/v1/facilities/" + tocuyito + "/indicators").status()).isEqualTo(404);
        JsonNode peList = http("pe.analyst").get("/api/v1/facilities?country=VE").json().get("items");
        for (JsonNode item : peList) {
            assertThat(item.get("id").asString()).isNotEqualTo(tocuyito);
        }
        assertThat(peList.size()).isGreaterThanOrEqualTo(1);
        assertThat(anonymous().get("/api/v1/facilities/" + tocoron + "/indicators").status()).isEqualTo(401);
    }

    @Test
    void hostile_text_is_stored_as_text_and_oversized_text_is_refused() {
        Http prison = http("ve.prison");
        String rodeo = facilityNamed(prison, "VE", "Internado Judicial de Rodeo I").get("id").asString();
        String hostile = "<script>alert('x')</script>' OR 1=1; DROP TABLE incident; -- Ñandú 🚨 \u202Eevil";
        Http.Response created = prison.postJson("/api/v1/facilities/" + rodeo + "/incidents", Map.of(
                "type", "CONTRABAND_PHONE", "severity", "LOW", "occurredAt", "2025-05-01T10:00:00Z", "description", hostile));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(prison.get("/api/v1/incidents/" + id).json().get("incident").get("description").asString()).isEqualTo(hostile);
        assertThat(prison.get("/api/v1/incidents/" + id).json().get("incident").get("status").asString()).isEqualTo("DRAFT");

        Http.Response huge = prison.postJson("/api/v1/facilities/" + rodeo + "/incidents", Map.of(
                "type", "RIOT", "severity", "HIGH", "occurredAt", "2025-05-01T10:00:00Z", "description", "x".repeat(5000)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("field").asString()).isEqualTo("description");
        Http.Response control = prison.postJson("/api/v1/facilities/" + rodeo + "/incidents", Map.of(
                "type", "RIOT", "severity", "HIGH", "occurredAt", "2025-05-01T10:00:00Z", "description", "motín\u0000"));
        assertThat(control.status()).isEqualTo(400);
        Http.Response future = prison.postJson("/api/v1/facilities/" + rodeo + "/incidents", Map.of(
                "type", "RIOT", "severity", "HIGH", "occurredAt", "2999-01-01T00:00:00Z", "description", "futuro"));
        assertThat(future.json().get("field").asString()).isEqualTo("occurredAt");
        Http.Response badType = prison.postJson("/api/v1/facilities/" + rodeo + "/incidents", Map.of(
                "type", "ESCAPE' --", "severity", "HIGH", "occurredAt", "2025-05-01T10:00:00Z", "description", "x"));
        assertThat(badType.json().get("field").asString()).isEqualTo("type");
        assertThat(prison.get("/api/v1/facilities/not-a-uuid/indicators").status()).isEqualTo(400);
        assertThat(prison.get("/api/v1/facilities/" + UUID.randomUUID() + "/indicators").status()).isEqualTo(404);

        // a death gets its Rule 71 report due within 24 h of the event, and cannot be closed without it
        String death = prison.postJson("/api/v1/facilities/" + rodeo + "/incidents", Map.of("type", "DEATH", "severity",
                "CRITICAL", "occurredAt", "2025-05-02T03:00:00Z", "description", "Fallecido en la celda")).json().get("id").asString();
        JsonNode d = prison.get("/api/v1/incidents/" + death).json();
        assertThat(d.get("incident").get("rule71DueAt").asString()).isEqualTo("2025-05-03T03:00:00Z");
        assertThat(d.get("rule71Overdue").asBoolean()).isTrue();
        assertThat(prison.postJson("/api/v1/incidents/" + death + "/status", Map.of("status", "REPORTED")).status()).isEqualTo(200);
        assertThat(prison.postJson("/api/v1/incidents/" + death + "/status", Map.of("status", "CLOSED")).status()).isEqualTo(409);
        assertThat(prison.postJson("/api/v1/incidents/" + death + "/rule71", Map.of("report", "Notificado al tribunal")).status()).isEqualTo(200);
        assertThat(prison.get("/api/v1/incidents/" + death).json().get("rule71Overdue").asBoolean()).isFalse();
        assertThat(prison.postJson("/api/v1/incidents/" + death + "/status", Map.of("status", "CLOSED")).status()).isEqualTo(200);
    }

    @Test
    void a_facility_shared_with_partners_is_seen_by_them_and_not_found_by_others() {
        Http.Response created = http("ve.supervisor").postJson("/api/v1/facilities", Map.of(
                "name", "Centro de Prueba Socios " + UUID.randomUUID().toString().substring(0, 6), "region", "Zulia",
                "designCapacity", 400, "oversightScope", "PARTNERS", "partnerAgencyIds", List.of("PE-PNP"),
                "units", List.of(Map.of("name", "Módulo A", "kind", "WING", "cellType", "DORMITORY", "floorAreaM2", 1200,
                        "units", List.of(Map.of("name", "Celda 1", "kind", "CELL", "floorAreaM2", 12))))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(http("ve.supervisor").postJson("/api/v1/facilities/" + id + "/figures", Map.of("date", "2025-06-30",
                "population", 600, "dayShiftOfficers", 30, "nightShiftOfficers", 20, "stateMealsServed", 1800)).status()).isEqualTo(200);
        for (String user : List.of("ve.analyst", "pe.analyst")) {
            assertThat(http(user).get("/api/v1/facilities/" + id + "/indicators?at=2025-06-30").status()).as(user).isEqualTo(200);
        }
        for (String user : List.of("co.analyst", "cl.supervisor", "auditor")) {
            assertThat(http(user).get("/api/v1/facilities/" + id + "/indicators").status()).as(user).isEqualTo(404);
            assertThat(http(user).get("/api/v1/facilities/" + id + "/series").status()).as(user).isEqualTo(404);
            for (JsonNode item : http(user).get("/api/v1/facilities?country=VE").json().get("items")) {
                assertThat(item.get("id").asString()).as(user).isNotEqualTo(id);
            }
        }
        // Peru sees the oversight but may not record in a Venezuelan prison, nor read its files
        assertThat(http("pe.prison").postJson("/api/v1/facilities/" + id + "/figures", Map.of("date", "2025-06-30",
                "population", 1)).status()).isEqualTo(403);
        JsonNode flags = http("pe.analyst").get("/api/v1/facilities/" + id + "/indicators?at=2025-06-30").json();
        assertThat(flags.get("flags").toString()).contains("{\"indicator\":\"OCCUPANCY\",\"level\":\"CRITICAL\",\"value\":150");
        assertThat(http("ve.analyst").postJson("/api/v1/facilities", Map.of("name", "x", "designCapacity", 1)).status()).isEqualTo(403);
    }

    @Test
    void bad_input_is_answered_field_by_field_and_nothing_is_written() {
        Http prison = http("ve.prison");
        String rodeo = facilityNamed(prison, "VE", "Internado Judicial de Rodeo I").get("id").asString();
        Http.Response noOrder = prison.postJson("/api/v1/facilities/" + rodeo + "/prisoners", Map.of(
                "person", Map.of("name", "<script>alert(1)</script>'; DROP TABLE prisoner_file; --"),
                "fileNumber", "X-1", "admittedOn", "2025-01-10"));
        assertThat(noOrder.status()).isEqualTo(400);
        assertThat(noOrder.contentType()).contains("application/problem+json");
        List<String> fields = new ArrayList<>();
        noOrder.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("commitmentAuthority", "commitmentReason", "commitmentReference", "commitmentDate");

        Http.Response reconcile = http("ve.supervisor").postJson("/api/v1/facilities/" + rodeo + "/operations", Map.of(
                "kind", "MASS_TRANSFER", "date", "2025-02-01", "forces", "Custodios", "headcountBefore", 100,
                "headcountAfter", 10, "transferred", 80, "released", 0, "deceased", 0, "escaped", 0, "familyMembersInside", 0));
        assertThat(reconcile.status()).isEqualTo(400);
        assertThat(reconcile.json().get("field").asString()).isEqualTo("headcountAfter");
        // a code for clients and other nodes, its words from the bundles: English unless Spanish is asked for
        assertThat(reconcile.json().get("code").asString()).isEqualTo("custody.reconcile");
        assertThat(reconcile.json().get("detail").asString())
                .isEqualTo("The headcounts do not reconcile: 100 before, 90 accounted for after.");
        Http.Response enEspañol = http("ve.supervisor").postJson("/api/v1/facilities/" + rodeo + "/operations?lang=es", Map.of(
                "kind", "MASS_TRANSFER", "date", "2025-02-01", "forces", "Custodios", "headcountBefore", 100,
                "headcountAfter", 10, "transferred", 80, "released", 0, "deceased", 0, "escaped", 0, "familyMembersInside", 0));
        assertThat(enEspañol.json().get("detail").asString()).isEqualTo("Los conteos no cuadran: 100 antes, 90 justificados después.");
        assertThat(http("ve.supervisor").get("/api/v1/facilities/" + rodeo + "/operations").json().size()).isZero();

        Http.Response csv = http("ve.supervisor").post("/api/v1/facilities/import", "text/csv",
                "name,region,design_capacity,operational_capacity,status,oversight_scope\n"
                        + "Centro de Prueba CSV Uno,Lara,500,,OPERATING,NATIONAL\n"
                        + "Centro de Prueba CSV Dos,Lara,mucho,,OPERATING,NATIONAL\n"
                        + "\"Centro, con coma\",Zulia,300,,ABIERTO,NATIONAL\n");
        assertThat(csv.status()).isEqualTo(400);
        List<String> lines = new ArrayList<>();
        csv.json().get("errors").forEach(e -> lines.add(e.get("field").asString()));
        assertThat(lines).containsExactly("line 3: design_capacity", "line 4: status");
        List<String> codes = new ArrayList<>();
        csv.json().get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("custody.import.not-a-whole-number", "custody.choice");
        for (JsonNode item : http("ve.supervisor").get("/api/v1/facilities?country=VE").json().get("items")) {
            assertThat(item.get("name").asString()).doesNotStartWith("Centro de Prueba CSV");
        }
        Http.Response ok = http("ve.supervisor").post("/api/v1/facilities/import", "text/csv",
                "name,region,design_capacity,operational_capacity,status,oversight_scope\n"
                        + "Centro de Prueba CSV Tres,Lara,500,450,OPERATING,NATIONAL\n");
        assertThat(ok.json().get("imported").asInt()).isEqualTo(1);
        Http.Response pop = http("ve.supervisor").post("/api/v1/population-figures/import", "text/csv",
                "facility,date,population\nCentro de Prueba CSV Tres,2025-03-01,650\nNo existe,2025-03-01,1\n");
        assertThat(pop.status()).isEqualTo(400);
        assertThat(pop.json().get("field").asString()).isEqualTo("line 3: facility");
        JsonNode created = facilityNamed(http("ve.supervisor"), "VE", "Centro de Prueba CSV Tres");
        assertThat(created.get("population").isNull()).isTrue();
    }
}
