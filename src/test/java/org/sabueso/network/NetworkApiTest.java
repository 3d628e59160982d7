package org.sabueso.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The graph and organisation API over the Tren de Aragua demo: shapes as documented, and a link
 * Colombia keeps to itself (scope AGENCY) never reaching another agency through neighbourhood,
 * path, organisation page, timeline, GraphML or FtM export.
 */
class NetworkApiTest extends IntegrationTest {

    static final String RESTRICTED = "Wilmer Enrique Salazar Rincón";

    JsonNode trenDeAragua(Http who) {
        JsonNode page = who.get("/api/v1/organizations?q=tren%20de%20aragua").json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        return who.get("/api/v1/organizations/" + page.get("items").get(0).get("id").asString()).json();
    }

    String memberId(JsonNode organisation, String nameContains) {
        for (JsonNode m : organisation.get("members")) {
            if (m.get("name").asString().contains(nameContains)) {
                return m.get("personId").asString();
            }
        }
        throw new AssertionError("no member " + nameContains);
    }

    static List<String> labels(JsonNode graph) {
        return StreamSupport.stream(graph.get("nodes").spliterator(), false).map(n -> n.get("label").asString()).toList();
    }

    String restrictedId() {
        String guerrero = memberId(trenDeAragua(http("co.analyst")), "Guerrero Flores");
        for (JsonNode n : http("co.analyst").get("/api/v1/graph/neighbourhood?personId=" + guerrero + "&depth=1").json()
                .get("nodes")) {
            if (n.get("label").asString().equals(RESTRICTED)) {
                return n.get("id").asString();
            }
        }
        throw new AssertionError("Colombia does not see its own restricted associate");
    }

    @Test
    void the_organisation_page_lists_members_by_role_countries_designations_and_timeline() {
        JsonNode tda = trenDeAragua(http("pe.analyst"));
        assertThat(tda.get("organisation").get("founded").asString()).isEqualTo("2014");
        assertThat(tda.get("organisation").get("countries").toString()).contains("VE", "CO", "PE", "CL", "EC");
        assertThat(tda.get("organisation").get("activities").toString()).contains("Extorsión", "Minería ilegal");
        List<String> leaders = new ArrayList<>();
        tda.get("members").forEach(m -> {
            if (m.get("role").asString().equals("LEADER")) {
                leaders.add(m.get("name").asString());
            }
        });
        assertThat(leaders).anyMatch(n -> n.contains("Guerrero Flores"));
        assertThat(tda.get("designations").toString()).contains("2025-02-20", "FTO");
        assertThat(tda.get("places").toString()).contains("Tocorón");
        assertThat(tda.get("keyPlayers").size()).isGreaterThan(0);
        assertThat(tda.get("keyPlayers").get(0).get("label").asString()).contains("Guerrero Flores");

        // Peru's reward reaches the timeline from the reward module's event, after its commit: the
        // demo's events are delivered seconds after start at most, so ten seconds is ample
        JsonNode timeline = await("Peru's reward on the timeline").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> trenDeAragua(http("pe.analyst")).get("timeline"), t -> t.toString().contains("REWARD"));
        List<String> kindsAndDays = StreamSupport.stream(timeline.spliterator(), false)
                .map(e -> e.get("kind").asString() + " " + e.get("occurred").asString()).toList();
        assertThat(kindsAndDays).contains("RAID 2023-09-20", "REWARD 2023-09-25", "FOUNDED 2014");
    }

    @Test
    void neighbourhood_and_path_have_the_documented_shape() {
        Http ve = http("ve.analyst");
        JsonNode tda = trenDeAragua(ve);
        String guerrero = memberId(tda, "Guerrero Flores");
        JsonNode near = ve.get("/api/v1/graph/neighbourhood?personId=" + guerrero + "&depth=2").json();
        JsonNode node = near.get("nodes").get(0);
        assertThat(node.get("id").asString()).isEqualTo(guerrero);
        assertThat(node.get("type").asString()).isEqualTo("PERSON");
        assertThat(Set.of("PERSON", "ORGANIZATION", "PLACE", "FACILITY")).containsAll(
                StreamSupport.stream(near.get("nodes").spliterator(), false).map(n -> n.get("type").asString()).toList());
        JsonNode edge = near.get("edges").get(0);
        assertThat(edge.has("from") && edge.has("to") && edge.has("type")).isTrue();
        assertThat(labels(near)).contains("Tren de Aragua", "Centro Penitenciario de Aragua (Tocorón)");

        // two generated members of different cells are joined through their lieutenants
        List<String> members = new ArrayList<>();
        tda.get("members").forEach(m -> {
            if (m.get("role").asString().equals("MEMBER")) {
                members.add(m.get("personId").asString());
            }
        });
        JsonNode path = ve.get("/api/v1/graph/path?from=" + members.getFirst() + "&to=" + members.getLast()).json();
        assertThat(path.get("nodes").get(0).get("id").asString()).isEqualTo(members.getFirst());
        assertThat(path.get("nodes").get(path.get("nodes").size() - 1).get("id").asString()).isEqualTo(members.getLast());
        assertThat(path.get("edges").size()).isEqualTo(path.get("nodes").size() - 1).isBetween(1, 4);
        // the path follows link types when asked to
        JsonNode onlyFamily = ve.get("/api/v1/graph/path?from=" + members.getFirst() + "&to=" + members.getLast()
                + "&types=FAMILY").json();
        assertThat(onlyFamily.get("edges").size()).isZero();
    }

    @Test
    void a_link_restricted_to_colombia_is_never_seen_by_other_agencies() {
        String restricted = restrictedId();
        Http co = http("co.analyst");
        String guerrero = memberId(trenDeAragua(co), "Guerrero Flores");
        assertThat(co.get("/api/v1/graph/path?from=" + guerrero + "&to=" + restricted).json().get("edges").size())
                .isEqualTo(1);
        assertThat(co.get("/api/v1/graph/timeline?nodes=" + restricted).body()).contains("Avistamiento reservado");

        for (String user : List.of("ve.analyst", "pe.analyst", "cl.supervisor", "ec.analyst")) {
            Http other = http(user);
            JsonNode tda = trenDeAragua(other);
            assertThat(tda.toString()).as(user + " organisation page").doesNotContain(RESTRICTED, restricted,
                    "Avistamiento reservado");
            for (int depth = 1; depth <= 3; depth++) {
                JsonNode near = other.get("/api/v1/graph/neighbourhood?personId=" + guerrero + "&depth=" + depth).json();
                assertThat(near.toString()).as(user + " neighbourhood").doesNotContain(RESTRICTED, restricted);
            }
            JsonNode fromOrg = other.get("/api/v1/graph/neighbourhood?personId=" + tda.get("organisation").get("id")
                    .asString() + "&depth=3").json();
            assertThat(fromOrg.toString()).doesNotContain(RESTRICTED, restricted);
            assertThat(other.get("/api/v1/graph/neighbourhood?personId=" + restricted).status()).isEqualTo(404);
            Http.Response path = other.get("/api/v1/graph/path?from=" + guerrero + "&to=" + restricted);
            assertThat(path.status()).isEqualTo(400);
            assertThat(path.json().get("field").asString()).isEqualTo("to");
            assertThat(path.body()).doesNotContain(RESTRICTED);
            assertThat(other.get("/api/v1/graph/timeline?nodes=" + restricted + "," + guerrero).body())
                    .doesNotContain("Avistamiento reservado");
            assertThat(other.get("/api/v1/graph/suggestions?nodes=" + guerrero).body()).doesNotContain(RESTRICTED);
            assertThat(other.get("/api/v1/graph/nodes?q=Salazar%20Rinc").json().size()).isZero();
            Http.Response graphMl = other.get("/api/v1/graph/graphml?nodes=" + guerrero + "," + restricted);
            assertThat(graphMl.status()).isEqualTo(200);
            assertThat(graphMl.body()).contains("<graphml").doesNotContain(RESTRICTED, restricted);
            Http.Response ftm = other.get("/api/v1/entities?persons=subjects");
            assertThat(ftm.status()).isEqualTo(200);
            assertThat(ftm.body()).contains("\"Membership\"").doesNotContain(RESTRICTED, restricted);
        }
        assertThat(co.get("/api/v1/graph/graphml?nodes=" + guerrero + "," + restricted).body()).contains(RESTRICTED);
        assertThat(co.get("/api/v1/entities?persons=subjects").body()).contains(restricted);
    }

    @Test
    void a_new_link_is_in_the_graph_right_after_it_is_recorded_and_only_for_those_who_may_see_it() {
        Http pe = http("pe.analyst");
        String guerrero = memberId(trenDeAragua(pe), "Guerrero Flores");
        String petrica = memberId(trenDeAragua(pe), "Yohan José Romero");
        Http.Response created = pe.postJson("/api/v1/graph/links", Map.of("type", "FAMILY",
                "from", Map.of("type", "PERSON", "id", guerrero), "to", Map.of("type", "PERSON", "id", petrica),
                "role", "<script>alert(1)</script>", "scope", "PARTNERS", "partners", List.of("CL-PDI"),
                "started", "2015"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String linkId = created.json().get("id").asString();
        String query = "/api/v1/graph/path?from=" + guerrero + "&to=" + petrica + "&types=FAMILY";
        assertThat(pe.get(query).json().get("edges").size()).isEqualTo(1);
        assertThat(http("cl.analyst").get(query).json().get("edges").size()).isEqualTo(1);
        assertThat(http("ve.analyst").get(query).json().get("edges").size()).isZero();
        assertThat(http("ve.analyst").get("/api/v1/graph/links/" + linkId).status()).isEqualTo(404);
        assertThat(http("cl.analyst").delete("/api/v1/graph/links/" + linkId).status()).isEqualTo(403);
        assertThat(pe.delete("/api/v1/graph/links/" + linkId).status()).isEqualTo(204);
        assertThat(http("cl.analyst").get(query).json().get("edges").size()).isZero();
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        Http ve = http("ve.analyst");
        String guerrero = memberId(trenDeAragua(ve), "Guerrero Flores");
        assertField(ve.get("/api/v1/graph/neighbourhood?personId=" + guerrero + "&depth=99"), "depth");
        assertField(ve.get("/api/v1/graph/neighbourhood?personId=1%27%20OR%201=1--"), "personId");
        assertField(ve.get("/api/v1/graph/neighbourhood?personId=" + guerrero + "&types=FRIENDS"), "types");
        assertField(ve.get("/api/v1/graph/neighbourhood?personId=" + guerrero + "&since=2024-01-01&until=2020-01-01"), "since");
        assertThat(ve.get("/api/v1/organizations?q=%27%20OR%201%3D1%20--").json().get("total").asLong()).isZero();
        assertThat(ve.get("/api/v1/organizations?q=%25").json().get("total").asLong()).isZero();
        assertField(ve.get("/api/v1/organizations?q=tren%E2%80%AE"), "q");
        assertField(ve.postJson("/api/v1/organizations", Map.of("name", "x".repeat(301), "kind", "GANG")), "name");
        assertField(ve.postJson("/api/v1/organizations", Map.of("name", "Los Gallegos", "kind", "GANG",
                "countries", List.of("XX"))), "countries");
        assertField(ve.postJson("/api/v1/graph/links", Map.of("type", "MEMBER_OF",
                "from", Map.of("type", "PERSON", "id", guerrero), "to", Map.of("type", "PERSON", "id", guerrero),
                "scope", "AGENCY")), "to");
        assertField(ve.postJson("/api/v1/graph/links", Map.of("type", "MEMBER_OF",
                "from", Map.of("type", "PERSON", "id", guerrero),
                "to", Map.of("type", "ORGANIZATION", "id", trenDeAragua(ve).get("organisation").get("id").asString()),
                "role", "GENERAL", "scope", "AGENCY")), "role");
        assertField(ve.postJson("/api/v1/graph/links", Map.of("type", "ASSOCIATE",
                "from", Map.of("type", "PERSON", "id", guerrero),
                "to", Map.of("type", "PERSON", "id", "00000000-0000-0000-0000-000000000001"), "scope", "AGENCY")), "to");
        assertField(ve.postJson("/api/v1/graph/events", Map.of("occurred", "2023-02-30", "kind", "RAID", "title", "x",
                "subjects", List.of(), "scope", "AGENCY")), "occurred");
        String petrica = memberId(trenDeAragua(ve), "Yohan José Romero");
        assertThat(http("ve.border").postJson("/api/v1/graph/links", Map.of("type", "ASSOCIATE",
                "from", Map.of("type", "PERSON", "id", guerrero), "to", Map.of("type", "PERSON", "id", petrica),
                "scope", "AGENCY")).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/graph/neighbourhood?personId=" + guerrero).status()).isEqualTo(401);
    }

    private static void assertField(Http.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("field").asString()).isEqualTo(field);
    }
}
