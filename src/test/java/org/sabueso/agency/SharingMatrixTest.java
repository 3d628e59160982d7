package org.sabueso.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.Fixtures;
import org.sabueso.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks every read path with users of several agencies and checks each sees exactly what the
 * notice's sharing scope allows: a user of one agency cannot read another agency's unshared
 * notice through any endpoint.
 */
class SharingMatrixTest extends IntegrationTest {

    @Autowired
    Agencies agencies;

    /** Venezuelan notices, one per scope, named so a search finds exactly one. */
    static final Map<SharingScope, String> IDS = new LinkedHashMap<>();
    static final String TAG = "Matrix" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void notices_of_every_scope_exist() {
        synchronized (IDS) {
            if (!IDS.isEmpty()) {
                return;
            }
            if (agencies.find("VE-MP").isEmpty()) {
                agencies.register(new AgencyView("VE-MP", new CountryCode("VE"), "Ministerio Público", AgencyKind.PROSECUTOR));
                agencies.createUser("ve.prosecutor", "Fiscal VE", PASSWORD, "VE-MP", EnumSet.of(Role.ANALYST));
            }
            for (SharingScope scope : SharingScope.values()) {
                List<String> partners = scope == SharingScope.PARTNERS ? List.of("PE-PNP") : List.of();
                String name = "Carlos " + TAG + " " + scope.name().replace("_", "");
                String id = http("ve.analyst").postJson("/api/v1/notices", Fixtures.draft(name, scope.name(), partners))
                        .json().get("id").asString();
                http("ve.analyst").postJson("/api/v1/notices/" + id + "/submit", Map.of());
                assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                        .isEqualTo(200);
                IDS.put(scope, id);
            }
        }
    }

    /** Who sees which scope. */
    static final Map<String, Set<SharingScope>> EXPECTED = Map.of(
            "ve.analyst", EnumSet.allOf(SharingScope.class),
            "ve.border", EnumSet.allOf(SharingScope.class),
            "ve.prosecutor", EnumSet.of(SharingScope.NATIONAL, SharingScope.ALL_MEMBERS, SharingScope.PUBLIC),
            "pe.analyst", EnumSet.of(SharingScope.PARTNERS, SharingScope.ALL_MEMBERS, SharingScope.PUBLIC),
            "cl.supervisor", EnumSet.of(SharingScope.ALL_MEMBERS, SharingScope.PUBLIC),
            "co.prison", EnumSet.of(SharingScope.ALL_MEMBERS, SharingScope.PUBLIC),
            "auditor", EnumSet.of(SharingScope.ALL_MEMBERS, SharingScope.PUBLIC));

    @Test
    void api_reads_show_each_user_exactly_what_the_scope_allows() {
        EXPECTED.forEach((user, visible) -> {
            Http h = http(user);
            for (var e : IDS.entrySet()) {
                boolean expected = visible.contains(e.getKey());
                String id = e.getValue();
                String label = user + " reading " + e.getKey();
                assertThat(h.get("/api/v1/notices/" + id).status()).as(label).isEqualTo(expected ? 200 : 404);
                assertThat(h.get("/api/v1/notices/" + id + "/history").status()).as(label + " history").isEqualTo(expected ? 200 : 404);
            }
            List<String> listed = h.get("/api/v1/notices?size=50&q=" + TAG).json().get("items").valueStream()
                    .map(i -> i.get("id").asString()).toList();
            List<String> expectedIds = IDS.entrySet().stream().filter(e -> visible.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            assertThat(listed).as(user + " list").containsExactlyInAnyOrderElementsOf(expectedIds);
        });
    }

    @Test
    void changes_to_a_notice_not_shared_with_the_caller_answer_not_found() {
        String agencyOnly = IDS.get(SharingScope.AGENCY);
        Http pe = http("pe.supervisor");
        assertThat(pe.postJson("/api/v1/notices/" + agencyOnly + "/transitions", Map.of("status", "CANCELLED", "reason", "x")).status())
                .isEqualTo(404);
        assertThat(pe.postJson("/api/v1/notices/" + agencyOnly + "/renew", Map.of("reviewBy", "2030-01-01", "reason", "x")).status())
                .isEqualTo(404);
        assertThat(http("ve.analyst").get("/api/v1/notices/" + agencyOnly).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void the_public_sees_only_public_notices() {
        for (var e : IDS.entrySet()) {
            int status = anonymous().get("/notices/" + e.getValue()).status();
            assertThat(status).as("public page of " + e.getKey()).isEqualTo(e.getKey() == SharingScope.PUBLIC ? 200 : 404);
        }
    }
}
