package org.sabueso.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.web.ConsoleSession;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, item 6: "no figures" is its own level, never OK; a facility's status has a date (a
 * retaking sets it); the files in custody are set against the reported population; Rodeo I's
 * counted units hold files; the roll call's count follows the absent marks without JavaScript;
 * history lines are worded in the reader's language.
 */
class CustodyFiguresTest extends IntegrationTest {

    JsonNode facilityNamed(String name) {
        for (JsonNode item : http("ve.analyst").get("/api/v1/facilities?country=VE").json().get("items")) {
            if (item.get("name").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no facility " + name);
    }

    /** A facility of the test's own with one wing, and {@code files} prisoners admitted to it. */
    record Own(String facility, String wing, List<String> files) {
    }

    Own ownFacility(String tag, int files) {
        Http.Response created = http("ve.supervisor").postJson("/api/v1/facilities", Map.of(
                "name", "Centro de Prueba Cifras " + tag, "region", "Lara", "designCapacity", 100, "oversightScope", "NATIONAL",
                "units", List.of(Map.of("name", "Ala única", "kind", "WING", "cellType", "DORMITORY", "floorAreaM2", 400))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String facility = created.json().get("id").asString();
        String wing = http("ve.prison").get("/api/v1/facilities/" + facility).json().get("units").get(0).get("id").asString();
        List<String> admitted = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Http.Response r = http("ve.prison").postJson("/api/v1/facilities/" + facility + "/prisoners", Map.of(
                    "unitId", wing, "person", Map.of("name", "Interno Prueba " + tag + " " + (char) ('A' + i), "birthDate", "1990",
                            "nationality", "VE", "sex", "MALE"),
                    "fileNumber", "CIF-" + tag + "-" + i, "admittedOn", "2025-02-10", "commitmentAuthority", "Tribunal de Control 2",
                    "commitmentReason", "Robo agravado", "commitmentDate", "2025-02-08", "commitmentReference", "OR-CIF-" + tag + i));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            admitted.add(r.json().get("id").asString());
        }
        return new Own(facility, wing, admitted);
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void a_facility_without_figures_reads_no_figures_never_normal() {
        Own own = ownFacility(tag(), 0);
        JsonNode item = facilityNamed(http("ve.analyst").get("/api/v1/facilities/" + own.facility()).json()
                .get("facility").get("name").asString());
        assertThat(item.get("level").asString()).isEqualTo("NO_FIGURES");
        assertThat(item.get("population").isNull()).isTrue();
        JsonNode indicators = http("ve.analyst").get("/api/v1/facilities/" + own.facility() + "/indicators").json();
        assertThat(indicators.get("hasFigures").asBoolean()).isFalse();
        assertThat(indicators.get("level").asString()).isEqualTo("NO_FIGURES");
        String page = http("ve.analyst").get("/console/custody/facilities/" + own.facility(), "text/html").body();
        assertThat(page).contains("id=\"no-figures\"").doesNotContain("id=\"no-self-rule\"");

        assertThat(http("ve.supervisor").postJson("/api/v1/facilities/" + own.facility() + "/figures", Map.of("date",
                java.time.LocalDate.now().minusDays(1).toString(), "population", 80, "dayShiftOfficers", 20,
                "nightShiftOfficers", 20, "stateMealsServed", 3)).status()).isEqualTo(200);
        JsonNode counted = http("ve.analyst").get("/api/v1/facilities/" + own.facility() + "/indicators").json();
        assertThat(counted.get("hasFigures").asBoolean()).isTrue();
        assertThat(counted.get("level").asString()).isNotEqualTo("NO_FIGURES");
    }

    @Test
    void tocoron_is_under_intervention_from_its_2023_retaking_and_its_files_disagree_with_its_population() {
        JsonNode tocoron = facilityNamed("Centro Penitenciario de Aragua (Tocorón)");
        assertThat(tocoron.get("status").asString()).isEqualTo("UNDER_INTERVENTION");
        assertThat(tocoron.get("statusSince").asString()).isEqualTo("2023-09-20");
        assertThat(tocoron.get("population").asInt()).isZero();
        assertThat(tocoron.get("filesInCustody").asInt()).isEqualTo(1);
        assertThat(tocoron.get("headcountDiffers").asBoolean()).isTrue();
        String id = tocoron.get("id").asString();
        JsonNode headcount = http("ve.analyst").get("/api/v1/facilities/" + id + "/headcount").json();
        assertThat(headcount.get("filesInCustody").asInt()).isEqualTo(1);
        assertThat(headcount.get("population").asInt()).isZero();
        assertThat(headcount.get("populationOn").asString()).isEqualTo("2023-09-21");
        assertThat(headcount.get("differs").asBoolean()).isTrue();

        String in2016 = http("ve.analyst").get("/console/custody/facilities/" + id + "?at=2016-06-30", "text/html").body();
        assertThat(in2016).contains("desde el 20/09/2023; antes de esa fecha no hay estado registrado");
        String en = http("ve.analyst").get("/console/custody/facilities/" + id + "?lang=en", "text/html").body();
        assertThat(en).contains("since 20 Sep 2023", "1 file in custody, but the population reported on 21 Sep 2023 is 0")
                .doesNotContain("expediente");
    }

    @Test
    void rodeo_i_counts_people_in_every_unit_it_counts() {
        String rodeo = facilityNamed("Internado Judicial de Rodeo I").get("id").asString();
        List<JsonNode> units = new ArrayList<>();
        http("ve.prison").get("/api/v1/facilities/" + rodeo).json().get("units").forEach(units::add);
        List<String> counted = new ArrayList<>();
        for (JsonNode call : http("ve.prison").get("/api/v1/facilities/" + rodeo + "/roll-calls?limit=500").json()) {
            counted.add(call.get("unitId").asString());
        }
        List<JsonNode> countedUnits = units.stream().filter(u -> counted.contains(u.get("id").asString())).toList();
        assertThat(countedUnits).extracting(u -> u.get("name").asString()).contains("Celda 7", "Celda 8", "Pabellón 3");
        for (JsonNode u : countedUnits) {
            assertThat(u.get("inCustody").asInt()).as(u.get("name").asString() + " holds files").isPositive();
        }
    }

    @Test
    void without_javascript_a_count_left_as_proposed_follows_the_absent_marks_and_a_typed_count_is_kept() {
        Own own = ownFacility(tag(), 3);
        ConsoleSession officer = ConsoleSession.signIn(port, "ve.prison", PASSWORD);
        String form = officer.get("/console/custody/units/" + own.wing() + "/roll-call").body();
        assertThat(form).contains("value=\"3\"");
        HttpResponse<String> sent = officer.post("/console/custody/units/" + own.wing() + "/roll-call",
                "counted", "3", "suggested", "3", "absent", own.files().getFirst(), "note", "");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        JsonNode last = http("ve.prison").get("/api/v1/facilities/" + own.facility() + "/roll-calls?limit=1").json().get(0);
        assertThat(last.get("expected").asInt()).isEqualTo(3);
        assertThat(last.get("counted").asInt()).as("3 proposed, 1 marked absent").isEqualTo(2);
        assertThat(last.get("missingFileIds").get(0).asString()).isEqualTo(own.files().getFirst());

        officer.get("/console/custody/units/" + own.wing() + "/roll-call");
        HttpResponse<String> typed = officer.post("/console/custody/units/" + own.wing() + "/roll-call",
                "counted", "1", "suggested", "2", "absent", own.files().getFirst(), "note", "");
        assertThat(typed.statusCode()).as(typed.body()).isEqualTo(302);
        assertThat(http("ve.prison").get("/api/v1/facilities/" + own.facility() + "/roll-calls?limit=1").json().get(0)
                .get("counted").asInt()).as("what the officer typed").isEqualTo(1);

        officer.get("/console/custody/units/" + own.wing() + "/roll-call");
        HttpResponse<String> refused = officer.post("/console/custody/units/" + own.wing() + "/roll-call",
                "counted", "3", "suggested", "2", "absent", own.files().getFirst(), "note", "");
        assertThat(refused.statusCode()).as("a typed 3 with one absent of 3 is refused").isEqualTo(422);
    }

    @Test
    void history_lines_are_worded_in_the_readers_language() {
        Own own = ownFacility(tag(), 1);
        String file = own.files().getFirst();
        String es = http("ve.prison").get("/console/custody/prisoners/" + file, "text/html").body();
        // the order's number is data, as written, marked so for the language check (Site.withData)
        assertThat(es).contains("ingreso con la orden de reclusión <span data-i18n-skip>OR-CIF-").doesNotContain("admitted on");
        String en = http("ve.prison").get("/console/custody/prisoners/" + file + "?lang=en", "text/html").body();
        assertThat(en).contains("admitted on commitment order <span data-i18n-skip>OR-CIF-").doesNotContain("ingreso con la orden");
        JsonNode api = http("ve.prison").get("/api/v1/prisoners/" + file).json().get("history").get(0);
        assertThat(api.get("code").asString()).isEqualTo("admitted");
        assertThat(api.get("detail").asString()).startsWith("admitted on commitment order OR-CIF-");
    }
}
