package org.sabueso.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.Imports;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The FtM interchange over real HTTP: import, its rejections and scope, export, round trip, volume. */
class EntityApiTests extends IntegrationTest {

    private static final String NDJSON = "application/x-ndjson";

    /** A token no other test uses, so that searches and exports find only this test's records. */
    private static String token() {
        StringBuilder sb = new StringBuilder("Zq");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static String person(String id, String name, String extra) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"]"
                + (extra.isEmpty() ? "" : "," + extra) + "}}";
    }

    /** The entities of an export, by FtM id, and the Sanctions by the entity they apply to. */
    private record Export(Map<String, JsonNode> persons, Map<String, List<JsonNode>> sanctions, int lines) {
        static Export of(String body) {
            Map<String, JsonNode> persons = new LinkedHashMap<>();
            Map<String, List<JsonNode>> sanctions = new LinkedHashMap<>();
            String[] lines = body.isEmpty() ? new String[0] : body.split("\n");
            for (String line : lines) {
                JsonNode e = Http.JSON.readTree(line);
                if ("Person".equals(e.get("schema").stringValue())) {
                    assertThat(persons.put(e.get("id").stringValue(), e)).as("written once").isNull();
                } else if ("Sanction".equals(e.get("schema").stringValue())) {
                    sanctions.computeIfAbsent(e.at("/properties/entity/0").stringValue(), k -> new ArrayList<>()).add(e);
                }
                // organisations, addresses and links follow; NetworkEntitiesApiTest reads those
            }
            return new Export(persons, sanctions, lines.length);
        }
    }

    private Export export(String user, String query) {
        Http.Response r = http(user).get("/api/v1/entities" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(NDJSON);
        assertThat(r.body()).endsWith("\n");
        return Export.of(r.body());
    }

    private static List<String> values(JsonNode entity, String property) {
        JsonNode v = entity.path("properties").path(property);
        return StreamSupport.stream(v.spliterator(), false).map(JsonNode::stringValue).toList();
    }

    @Test
    void good_lines_are_imported_and_bad_or_hostile_ones_are_rejected_by_line_number() {
        String t = token();
        String huge = person(t + "-huge", "Ana " + "x".repeat(10 * 1024 * 1024), "");
        List<String> lines = List.of(
                person(t + "-1", "Carlos " + t + " Quispe", "\"topics\":[\"wanted\",\"crime\"],\"nationality\":[\"pe\"],"
                        + "\"birthDate\":[\"1983-12-01T00:00:00Z\"],\"notes\":[\"Buscado por homicidio.\"]"),  // 1 good, wanted
                "{\"id\":\"" + t + "-1s\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"" + t + "-1\"],"
                        + "\"reason\":[\"homicidio calificado\",\"robo agravado\"],\"authorityId\":[\"PE-REF-9\"]}}", // 2 enriches 1
                person(t + "-2", "María " + t + " Mamani", "\"birthDate\":[\"1990-05\"],\"gender\":[\"female\"]"), // 3 good
                "{\"id\":\"" + t + "-3\",\"schema\":\"Person\",\"properties\":{\"name\":[\"broken",              // 4 bad JSON
                "{\"schema\":\"Person\",\"properties\":{\"name\":[\"Sin Id\"]}}",                                  // 5 no id
                "{\"id\":\"" + t + "-5\",\"schema\":\"Person\",\"properties\":{\"alias\":[\"Nadie\"]}}",          // 6 no name
                person(t + "-6", "Pedro " + t + " Rojas", "\"nationality\":[\"xx\"],\"topics\":[\"wanted\"]"),  // 7 bad country
                person(t + "-7", "Luis\\u0000 " + t, "\"topics\":[\"wanted\"]"),                                // 8 NUL
                person(t + "-8", "Jorge \\u202e" + t, ""),                                                       // 9 RTL override
                huge,                                                                                             // 10 10 MB line
                "{\"id\":\"" + t + "-co\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Tren SA\"]}}",      // 11 skipped
                "",                                                                                               // 12 blank
                person(t + "-1", "Carlos " + t + " Otra Vez", ""),                                               // 13 duplicate of 1
                "[\"not\",\"an\",\"entity\"]",                                                                    // 14 not an object
                person(t + "-9", "Rosa " + t + " Flores", "\"topics\":[\"wanted\"],\"weakAlias\":[\"La Güera\"]")); // 15 good, wanted
        Http.Response r = http("pe.analyst").post("/api/v1/entities?scope=AGENCY", NDJSON, String.join("\n", lines));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("lines").asLong()).isEqualTo(15);
        assertThat(report.get("imported").asLong()).isEqualTo(3);
        assertThat(report.get("notices").asLong()).isEqualTo(2);
        assertThat(report.get("skipped").asLong()).isEqualTo(1);
        assertThat(report.get("rejectedCount").asLong()).isEqualTo(9);
        Map<Long, String> rejected = StreamSupport.stream(report.get("rejected").spliterator(), false)
                .collect(Collectors.toMap(x -> x.get("line").asLong(), x -> x.get("error").stringValue()));
        assertThat(rejected.keySet()).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 13L, 14L);
        assertThat(rejected.get(5L)).startsWith("id");
        assertThat(rejected.get(6L)).startsWith("name");
        assertThat(rejected.get(7L)).startsWith("nationality");
        assertThat(rejected.get(10L)).contains("64 kB");
        assertThat(rejected.get(13L)).contains("duplicate of line 1");
        assertThat(rejected.values()).noneMatch(e -> e.contains("xxxxxxxx") || e.contains("\u0000"));
        // the notices wait for a second person's review; once approved they export as ACTIVE
        assertThat(http("pe.analyst").get("/api/v1/notices?status=ACTIVE&q=" + t).json().get("total").asLong()).isZero();
        assertThat(Imports.approve(http("pe.supervisor"), r)).isEqualTo(2);

        // nothing of a rejected line exists; the good ones do, with the notice facts of the Sanction line
        Export mine = export("pe.analyst", "?persons=asserted&country=PE");
        assertThat(mine.persons().keySet().stream().filter(id -> id.startsWith(t + "-")))
                .containsExactlyInAnyOrder(t + "-1", t + "-2", t + "-9");
        JsonNode carlos = mine.persons().get(t + "-1");
        assertThat(values(carlos, "name")).containsExactly("Carlos " + t + " Quispe");
        assertThat(values(carlos, "birthDate")).containsExactly("1983-12-01");
        assertThat(values(carlos, "topics")).containsExactly("wanted");
        JsonNode notice = mine.sanctions().get(t + "-1").getFirst();
        // offences are a coded list: the wordings imported come back as their codes
        assertThat(values(notice, "reason")).containsExactly("HOMICIDE", "ROBBERY");
        assertThat(values(notice, "status")).containsExactly("ACTIVE");
        assertThat(values(mine.persons().get(t + "-2"), "topics")).isEmpty();
        assertThat(http("pe.analyst").get("/api/v1/notices?q=" + t).json().get("total").asLong()).isEqualTo(2);

        // the same file again: every person is a duplicate now, nothing is written twice
        Http.Response again = http("pe.supervisor").post("/api/v1/entities?scope=AGENCY", NDJSON,
                String.join("\n", lines.subList(0, 3)));
        assertThat(again.json().get("imported").asLong()).isZero();
        assertThat(again.json().get("rejected").findValuesAsString("error")).allMatch(e -> e.contains("already imported"));
        assertThat(http("pe.analyst").get("/api/v1/notices?q=" + t).json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void the_scope_decides_who_sees_imported_notices() {
        String t = token();
        for (String scope : List.of("PUBLIC", "ALL_MEMBERS", "NATIONAL", "AGENCY")) {
            String id = t + "-" + scope.toLowerCase(Locale.ROOT);
            Http.Response r = http("pe.analyst").post("/api/v1/entities?scope=" + scope, NDJSON,
                    person(id, "Julio " + t + " " + scope.replace("_", ""), "\"topics\":[\"wanted\"]") + "\n");
            assertThat(r.json().get("notices").asLong()).as(scope).isEqualTo(1);
            // released by a second person: in bulk, or one by one for a PUBLIC import
            if (scope.equals("PUBLIC")) {
                Imports.approveOneByOne(http("pe.supervisor"), t);
            } else {
                Imports.approve(http("pe.supervisor"), r);
            }
        }

        JsonNode chile = http("cl.analyst").get("/api/v1/notices?q=" + t).json();
        assertThat(StreamSupport.stream(chile.get("items").spliterator(), false)
                .map(i -> i.at("/subject/name").stringValue()).toList())
                .containsExactlyInAnyOrder("Julio " + t + " PUBLIC", "Julio " + t + " ALLMEMBERS");
        assertThat(export("cl.analyst", "?status=ACTIVE").persons().keySet().stream().filter(id -> id.startsWith(t)))
                .containsExactlyInAnyOrder(t + "-public", t + "-all_members");
        assertThat(export("pe.border", "").persons().keySet().stream().filter(id -> id.startsWith(t)))
                .as("every agency of Peru sees NATIONAL; AGENCY only if it is the same agency")
                .contains(t + "-public", t + "-all_members", t + "-national");
        assertThat(export("pe.analyst", "?scope=AGENCY,NATIONAL").persons().keySet().stream()
                .filter(id -> id.startsWith(t))).containsExactlyInAnyOrder(t + "-national", t + "-agency");
        assertThat(anonymous().get("/api/v1/entities").status()).isEqualTo(401);
    }

    @Test
    void a_filtered_export_does_not_leak_the_subjects_it_filtered_out() {
        String t = token();
        Imports.approve(http("ec.supervisor"), http("ec.analyst").post("/api/v1/entities?scope=AGENCY", NDJSON,
                person(t + "-secret", "Óscar " + t, "\"topics\":[\"wanted\"]") + "\n"
                        + person(t + "-open", "Luz " + t, "\"topics\":[\"wanted\"]")));
        Imports.approve(http("ec.supervisor"), http("ec.analyst").post("/api/v1/entities?scope=NATIONAL", NDJSON,
                person(t + "-national", "Rosa " + t, "\"topics\":[\"wanted\"]")));
        Export nationalOnly = export("ec.analyst", "?scope=NATIONAL");
        assertThat(nationalOnly.persons().keySet().stream().filter(id -> id.startsWith(t)))
                .containsExactly(t + "-national");
    }

    @Test
    void import_requires_credentials_the_ndjson_type_a_valid_scope_and_an_analyst_or_supervisor() {
        String line = person(token(), "Ana Prueba", "") + "\n";
        Http.Response unauthenticated = anonymous().post("/api/v1/entities?scope=PUBLIC", NDJSON, line);
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.contentType()).startsWith("application/problem+json");

        Http.Response json = http("pe.analyst").post("/api/v1/entities?scope=PUBLIC", "application/json", line);
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(http("pe.analyst").post("/api/v1/entities?scope=PUBLIC", "text/plain", line).status()).isEqualTo(415);

        for (String query : List.of("", "?scope=", "?scope=EVERYONE", "?scope=PARTNERS")) {
            Http.Response bad = http("pe.analyst").post("/api/v1/entities" + query, NDJSON, line);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(bad.json().get("field").stringValue()).isEqualTo("scope");
        }

        for (String user : List.of("pe.border", "pe.prison", "auditor", "admin")) {
            Http.Response forbidden = http(user).post("/api/v1/entities?scope=PUBLIC", NDJSON, line);
            assertThat(forbidden.status()).as(user).isEqualTo(403);
            assertThat(forbidden.contentType()).startsWith("application/problem+json");
        }
        assertThat(http("auditor").get("/api/v1/entities").status()).isEqualTo(403);
        assertThat(http("pe.analyst").get("/api/v1/entities?status=SOUGHT").json().get("field").stringValue())
                .isEqualTo("status");
    }

    @Test
    void an_export_imported_into_another_agency_creates_the_same_persons_and_open_notices() {
        String t = token();
        String ids = String.join("\n",
                person(t + "-a", "Wilmer Yonaiker " + t + " Salas Pinto", "\"firstName\":[\"Wilmer Yonaiker\"],"
                        + "\"fatherName\":[\"" + t + "\"],\"motherName\":[\"Salas Pinto\"],\"weakAlias\":[\"Cara e' " + t
                        + "\"],\"birthDate\":[\"1983\"],\"nationality\":[\"ve\"],\"idNumber\":[\"V-19.555.321\"],"
                        + "\"gender\":[\"male\"],\"topics\":[\"wanted\"]"),
                "{\"id\":\"" + t + "-a-s\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"" + t + "-a\"],"
                        + "\"reason\":[\"fuga\",\"homicidio\"],\"summary\":[\"Se fugó del penal.\"]}}",
                person(t + "-b", "Yelitza " + t + " de la Cruz", "\"alias\":[\"Yeli " + t + "\"],"
                        + "\"passportNumber\":[\"123456\"],\"birthDate\":[\"1985-07-14\"],\"gender\":[\"female\"]"));
        Http.Response fromFile = http("pe.analyst").post("/api/v1/entities?scope=NATIONAL", NDJSON, ids);
        assertThat(fromFile.json().get("imported").asLong()).isEqualTo(2);
        Imports.approve(http("pe.supervisor"), fromFile);

        // Peru's export, as Colombia would receive it; only this test's entities go in, so that
        // Colombia's view of the shared demo stays as the other tests expect it
        Http.Response peru = http("pe.analyst").get("/api/v1/entities?country=PE");
        Export fromPeru = Export.of(peru.body());
        String ours = java.util.Arrays.stream(peru.body().split("\n"))
                .filter(line -> line.contains("\"id\":\"" + t) || line.contains("\"entity\":[\"" + t))
                .collect(Collectors.joining("\n"));
        assertThat(ours.lines()).as("the two persons and the notice").hasSize(3);
        Http.Response imported = http("co.analyst").post("/api/v1/entities?scope=AGENCY", NDJSON, ours);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("rejectedCount").asLong()).as(imported.body()).isZero();
        assertThat(imported.json().get("imported").asLong()).isEqualTo(2);
        assertThat(imported.json().get("notices").asLong()).isEqualTo(1);
        Imports.approve(http("co.supervisor"), imported);

        Export colombia = export("co.analyst", "?scope=AGENCY&country=CO");
        for (String id : List.of(t + "-a", t + "-b")) {
            JsonNode before = fromPeru.persons().get(id);
            JsonNode after = colombia.persons().get(id);
            assertThat(after).as(id).isNotNull();
            assertThat(after.get("properties")).as(id).isEqualTo(before.get("properties"));
        }
        JsonNode notice = colombia.sanctions().get(t + "-a").getFirst();
        assertThat(values(notice, "reason")).containsExactly("ESCAPE", "HOMICIDE");
        assertThat(values(notice, "summary")).containsExactly("Se fugó del penal.");
        assertThat(values(notice, "country")).containsExactly("co");
        assertThat(colombia.sanctions()).doesNotContainKey(t + "-b");
    }

    @Test
    void twenty_thousand_lines_stream_through_in_batches() {
        String t = token();
        int n = 20_000;
        StringBuilder body = new StringBuilder(n * 200);
        String[] given = {"José", "María", "Luis", "Ana", "Jhonny", "Yelitza"};
        String[] surnames = {"Pérez", "Quispe", "González", "Mamani", "Rodríguez", "Castillo", "Briceño"};
        for (int i = 0; i < n; i++) {
            // three ids come again in the next batch, which is written at the same time as theirs
            int id = i == 2100 || i == 2200 || i == 2300 ? i - 2000 : i;
            body.append(person(t + "-" + id, given[i % given.length] + " " + surnames[i % 7] + " " + surnames[(i / 7) % 7],
                    "\"birthDate\":[\"19" + (50 + i % 50) + "\"],\"nationality\":[\"ec\"],\"idNumber\":[\"" + (1700000000L + i)
                            + "\"]" + (i % 5 == 0 ? ",\"topics\":[\"wanted\"]" : ""))).append('\n');
        }
        long started = System.nanoTime();
        Http.Response r = http("ec.supervisor").post("/api/v1/entities?scope=AGENCY", NDJSON, body.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asLong()).isEqualTo(n - 3);
        assertThat(r.json().get("notices").asLong()).isEqualTo(n / 5 - 3);
        assertThat(r.json().get("rejectedCount").asLong()).isEqualTo(3);
        assertThat(r.json().get("rejected").findValuesAsString("error")).allMatch(e -> e.contains("already imported"));
        System.out.printf(Locale.ROOT, "imported %d lines over HTTP in %.1f s%n", n, seconds);
        // the importer is a supervisor: a second one reviews the import, all its notices at once
        assertThat(Imports.approve(http("ec.supervisor2"), r)).isEqualTo(n / 5 - 3);

        Export ecuador = export("ec.analyst", "?persons=asserted");
        assertThat(ecuador.persons().keySet().stream().filter(id -> id.startsWith(t + "-"))).hasSize(n - 3);
    }
}
