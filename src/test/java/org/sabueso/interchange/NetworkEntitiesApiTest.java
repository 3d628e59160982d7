package org.sabueso.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * FtM Organization, Address, Membership, Family, Associate and UnknownLink through
 * {@code /api/v1/entities}: imported into the network with the import's scope, rejected by line
 * when they break a rule, and exported back so that another agency can import the file as it is.
 */
class NetworkEntitiesApiTest extends IntegrationTest {

    private static final String NDJSON = "application/x-ndjson";

    private static String token() {
        StringBuilder sb = new StringBuilder("Nw");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static String entity(String id, String schema, String properties) {
        return "{\"id\":\"" + id + "\",\"schema\":\"" + schema + "\",\"properties\":{" + properties + "}}";
    }

    private String file(String t) {
        return String.join("\n",
                entity(t + "-p1", "Person", "\"name\":[\"Yeferson " + t + " Colmenares\"]"),                       // 1
                entity(t + "-p2", "Person", "\"name\":[\"Darwin " + t + " Colmenares\"]"),                         // 2
                entity(t + "-p3", "Person", "\"name\":[\"Kleiver " + t + " Mora\"]"),                              // 3
                entity(t + "-org", "Organization", "\"name\":[\"Los Trinitarios " + t + "\"],\"alias\":[\"LT\"],"
                        + "\"country\":[\"pe\",\"cl\"],\"incorporationDate\":[\"2019\"],\"sector\":[\"Extorsión\"]"), // 4
                entity(t + "-addr", "Address", "\"full\":[\"Penal de Lurigancho " + t + "\"],\"city\":[\"Lima\"],"
                        + "\"country\":[\"pe\"],\"keywords\":[\"facility\"]"),                                     // 5
                entity(t + "-m1", "Membership", "\"member\":[\"" + t + "-p1\"],\"organization\":[\"" + t + "-org\"],"
                        + "\"role\":[\"leader\"],\"startDate\":[\"2019-03\"]"),                                      // 6
                entity(t + "-f1", "Family", "\"person\":[\"" + t + "-p1\"],\"relative\":[\"" + t + "-p2\"],"
                        + "\"relationship\":[\"hermano\"]"),                                                          // 7
                entity(t + "-a1", "Associate", "\"person\":[\"" + t + "-p2\"],\"associate\":[\"" + t + "-p3\"],"
                        + "\"relationship\":[\"cellmate\"]"),                                                         // 8
                entity(t + "-u1", "UnknownLink", "\"subject\":[\"" + t + "-org\"],\"object\":[\"" + t + "-addr\"],"
                        + "\"role\":[\"uses as hub\"]"),                                                              // 9
                entity(t + "-bad1", "Membership", "\"member\":[\"" + t + "-nobody\"],\"organization\":[\"" + t
                        + "-org\"]"),                                                                                 // 10 unknown member
                entity(t + "-bad2", "Organization", "\"alias\":[\"sin nombre\"]"),                                    // 11 no name
                entity(t + "-bad3", "Associate", "\"person\":[\"" + t + "-p1\"],\"associate\":[\"" + t + "-p1\"]"),  // 12 self
                entity(t + "-bad4", "Family", "\"person\":[\"" + t + "-p1\"],\"relative\":[\"" + t + "-p2\"],"
                        + "\"startDate\":[\"2020-13\"]"));                                                            // 13 bad date
    }

    @Test
    void network_entities_are_imported_with_the_scope_rejected_by_line_and_exported_back() {
        String t = token();
        Http.Response r = http("pe.analyst").post("/api/v1/entities?scope=NATIONAL", NDJSON, file(t));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("imported").asLong()).isEqualTo(3);
        assertThat(report.get("organizations").asLong()).isEqualTo(1);
        assertThat(report.get("addresses").asLong()).isEqualTo(1);
        assertThat(report.get("links").asLong()).isEqualTo(4);
        Map<Long, String> rejected = StreamSupport.stream(report.get("rejected").spliterator(), false)
                .collect(Collectors.toMap(x -> x.get("line").asLong(), x -> x.get("error").asString()));
        assertThat(rejected.keySet()).containsExactlyInAnyOrder(10L, 11L, 12L, 13L);
        assertThat(rejected.get(10L)).startsWith("member");
        assertThat(rejected.get(11L)).startsWith("name");
        assertThat(rejected.get(12L)).startsWith("to");
        assertThat(rejected.get(13L)).startsWith("startDate");

        // in the graph at once, shared nationally: Peru's agencies see it, Chile's do not
        String orgId = http("pe.analyst").get("/api/v1/organizations?q=" + t).json().get("items").get(0).get("id").asString();
        JsonNode org = http("pe.analyst").get("/api/v1/organizations/" + orgId).json();
        assertThat(org.get("members").get(0).get("role").asString()).isEqualTo("LEADER");
        assertThat(org.get("members").get(0).get("since").asString()).isEqualTo("2019-03");
        assertThat(org.get("places").get(0).get("type").asString()).isEqualTo("USES_AS_HUB");
        assertThat(org.get("places").get(0).get("kind").asString()).isEqualTo("FACILITY");
        assertThat(org.get("organisation").get("countries").toString()).contains("PE", "CL");
        String leader = org.get("members").get(0).get("personId").asString();
        JsonNode near = http("pe.analyst").get("/api/v1/graph/neighbourhood?personId=" + leader + "&depth=3").json();
        assertThat(near.get("edges").toString()).contains("FAMILY", "CELLMATE", "MEMBER_OF", "USES_AS_HUB");
        assertThat(http("cl.analyst").get("/api/v1/organizations/" + orgId).json().get("members").size()).isZero();
        assertThat(http("cl.analyst").get("/api/v1/graph/neighbourhood?personId=" + leader).status()).isEqualTo(404);

        // importing the same file again writes nothing new
        JsonNode again = http("pe.supervisor").post("/api/v1/entities?scope=NATIONAL", NDJSON, file(t)).json();
        assertThat(again.get("organizations").asLong() + again.get("addresses").asLong() + again.get("links").asLong())
                .isZero();

        // Peru's export holds the organisation, the address and its links, named by FtM ids
        String export = http("pe.analyst").get("/api/v1/entities?persons=asserted").body();
        List<String> ours = Arrays.stream(export.split("\n")).filter(l -> l.contains(t)).toList();
        assertThat(ours).anyMatch(l -> l.contains("\"schema\":\"Organization\"") && l.contains("\"id\":\"" + t + "-org\""));
        assertThat(ours).anyMatch(l -> l.contains("\"schema\":\"Address\"") && l.contains("\"facility\""));
        assertThat(ours).anyMatch(l -> l.contains("\"schema\":\"Membership\"") && l.contains("\"member\":[\"" + t + "-p1\"]")
                && l.contains("\"LEADER\""));
        assertThat(ours).anyMatch(l -> l.contains("\"schema\":\"Family\"") && l.contains("\"hermano\""));
        assertThat(ours).anyMatch(l -> l.contains("\"schema\":\"Associate\"") && l.contains("\"cellmate\""));
        assertThat(ours).anyMatch(l -> l.contains("\"schema\":\"UnknownLink\"") && l.contains("\"uses as hub\""));
        // Chile cannot see Peru's national links, so its export has none of them
        String chile = http("cl.analyst").get("/api/v1/entities?persons=asserted").body();
        assertThat(chile).doesNotContain(t + "-m1", t + "-f1", t + "-a1");

        // and the file imports into another agency as it is
        String theirs = String.join("\n", ours);
        JsonNode imported = http("ec.analyst").post("/api/v1/entities?scope=AGENCY", NDJSON, theirs).json();
        assertThat(imported.get("rejectedCount").asLong()).as(imported.toString()).isZero();
        assertThat(imported.get("organizations").asLong()).isEqualTo(1);
        assertThat(imported.get("links").asLong()).isEqualTo(4);
    }
}
