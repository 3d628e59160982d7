package org.sabueso.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyKind;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One Venezuelan link and one event of every scope around a hub person, walked with users of
 * several agencies through every read path: the graph (sharing policy in Java, per sharing
 * class), the node search and the timeline (the policy's SQL), and the FtM export. Each user sees
 * exactly what the scope allows, and the two faces of the policy agree.
 */
class NetworkSharingMatrixTest extends IntegrationTest {

    static final List<SharingScope> SCOPES = List.of(SharingScope.AGENCY, SharingScope.NATIONAL, SharingScope.PARTNERS,
            SharingScope.ALL_MEMBERS);
    static final String TAG = "Red" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    static final Map<SharingScope, String> SPOKES = new LinkedHashMap<>();
    static final Map<SharingScope, String> LINKS = new LinkedHashMap<>();
    static String hub;

    static final Map<String, Set<SharingScope>> EXPECTED = Map.of(
            "ve.analyst", EnumSet.copyOf(SCOPES),
            "ve.prosecutor", EnumSet.of(SharingScope.NATIONAL, SharingScope.ALL_MEMBERS),
            "pe.analyst", EnumSet.of(SharingScope.PARTNERS, SharingScope.ALL_MEMBERS),
            "cl.supervisor", EnumSet.of(SharingScope.ALL_MEMBERS),
            "co.prison", EnumSet.of(SharingScope.ALL_MEMBERS),
            "auditor", EnumSet.of(SharingScope.ALL_MEMBERS));

    @Autowired
    Agencies agencies;

    /** A person as the subject of an active Venezuelan notice no other agency sees (open, so exports admit it). */
    private String person(String name) {
        String notice = http("ve.analyst").postJson("/api/v1/notices", Fixtures.draft(name, "AGENCY", List.of()))
                .json().get("id").asString();
        http("ve.analyst").postJson("/api/v1/notices/" + notice + "/submit", Map.of());
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + notice + "/review", Fixtures.approve()).status())
                .isEqualTo(200);
        return http("ve.analyst").get("/api/v1/notices/" + notice).json().get("subject").get("id").asString();
    }

    @BeforeEach
    void links_of_every_scope_exist() {
        synchronized (SPOKES) {
            if (!SPOKES.isEmpty()) {
                return;
            }
            if (agencies.find("VE-MP").isEmpty()) {
                agencies.register(new AgencyView("VE-MP", new CountryCode("VE"), "Ministerio Público", AgencyKind.PROSECUTOR));
                agencies.createUser("ve.prosecutor", "Fiscal VE", PASSWORD, "VE-MP", EnumSet.of(Role.ANALYST));
            }
            hub = person("Centro " + TAG + " Eje");
            for (SharingScope scope : SCOPES) {
                String spoke = person("Rayo " + TAG + " " + scope.name().replace("_", ""));
                Http.Response link = http("ve.analyst").postJson("/api/v1/graph/links", Map.of("type", "ASSOCIATE",
                        "from", Map.of("type", "PERSON", "id", hub), "to", Map.of("type", "PERSON", "id", spoke),
                        "scope", scope.name(), "partners", scope == SharingScope.PARTNERS ? List.of("PE-PNP") : List.of()));
                assertThat(link.status()).as(link.body()).isEqualTo(201);
                Http.Response event = http("ve.analyst").postJson("/api/v1/graph/events", Map.of("occurred", "2023-10",
                        "kind", "SIGHTING", "title", "Visto " + TAG + " " + scope.name(),
                        "subjects", List.of(Map.of("type", "PERSON", "id", spoke)), "scope", scope.name(),
                        "partners", scope == SharingScope.PARTNERS ? List.of("PE-PNP") : List.of()));
                assertThat(event.status()).as(event.body()).isEqualTo(200);
                SPOKES.put(scope, spoke);
                LINKS.put(scope, link.json().get("id").asString());
            }
        }
    }

    @Test
    void every_read_path_shows_each_user_exactly_what_the_scope_allows() {
        EXPECTED.forEach((user, visible) -> {
            Http h = http(user);
            Set<String> expectedSpokes = SPOKES.entrySet().stream().filter(e -> visible.contains(e.getKey()))
                    .map(Map.Entry::getValue).collect(Collectors.toSet());

            JsonNode near = h.get("/api/v1/graph/neighbourhood?personId=" + hub + "&depth=1").json();
            Set<String> neighbours = ids(near.get("nodes"));
            neighbours.remove(hub);
            assertThat(neighbours).as(user + " neighbourhood").isEqualTo(expectedSpokes);

            Set<String> found = ids(h.get("/api/v1/graph/nodes?q=Rayo%20" + TAG).json());
            assertThat(found).as(user + " node search (SQL filter)").isEqualTo(expectedSpokes);

            String timeline = h.get("/api/v1/graph/timeline?nodes=" + String.join(",", SPOKES.values())).body();
            for (SharingScope scope : SCOPES) {
                boolean expected = visible.contains(scope);
                assertThat(timeline.contains("Visto " + TAG + " " + scope.name() + "\"")).as(user + " timeline " + scope)
                        .isEqualTo(expected);
                assertThat(h.get("/api/v1/graph/links/" + LINKS.get(scope)).status()).as(user + " link " + scope)
                        .isEqualTo(expected ? 200 : 404);
                Http.Response path = h.get("/api/v1/graph/path?from=" + hub + "&to=" + SPOKES.get(scope));
                assertThat(path.status()).as(user + " path " + scope).isEqualTo(expected ? 200 : 400);
            }
        });
    }

    @Test
    void the_ftm_export_shows_each_exporter_exactly_what_the_scope_allows() {
        // the auditor reads the audit trail; exporting entities is not among the auditor's tasks
        EXPECTED.entrySet().stream().filter(e -> !e.getKey().equals("auditor")).forEach(e -> {
            String export = http(e.getKey()).get("/api/v1/entities?persons=subjects").body();
            for (SharingScope scope : SCOPES) {
                assertThat(export.contains("sabueso-link-" + LINKS.get(scope))).as(e.getKey() + " export " + scope)
                        .isEqualTo(e.getValue().contains(scope));
            }
        });
    }

    private static Set<String> ids(JsonNode nodes) {
        return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.get("id").asString())
                .collect(Collectors.toSet());
    }
}
