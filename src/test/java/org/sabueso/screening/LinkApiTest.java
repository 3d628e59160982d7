package org.sabueso.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two agencies' notices on one person are proposed as a link, accepted, and then shown together.
 * Each notice is used once its activation's listeners are done ({@link EventsHandled}): the
 * proposals are then written, or not at all.
 */
class LinkApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /** A notice activated, once screening has indexed it and written its link proposals. */
    private String activeNotice(String agency, String name, String scope) {
        Http analyst = http(agency + ".analyst");
        String id = analyst.postJson("/api/v1/notices", Fixtures.draft(name, scope, List.of())).json().get("id").asString();
        analyst.postJson("/api/v1/notices/" + id + "/submit", Map.of());
        assertThat(http(agency + ".supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status()).isEqualTo(200);
        EventsHandled.about(jdbc, id);
        return id;
    }

    private JsonNode proposalBetween(Http who, String a, String b) {
        for (JsonNode l : who.get("/api/v1/links").json()) {
            List<String> ends = List.of(l.get("noticeA").asString(), l.get("noticeB").asString());
            if (ends.contains(a) && ends.contains(b)) {
                return l;
            }
        }
        return null;
    }

    @Test
    void a_notice_on_a_person_another_agency_already_wants_is_proposed_as_a_link() {
        String venezuelan = activeNotice("ve", "Yorman Alexis Bravo Cedeño", "ALL_MEMBERS");
        String peruvian = activeNotice("pe", "YORMAN ALEXIS BRAVO CEDENO", "ALL_MEMBERS");

        JsonNode proposal = proposalBetween(http("pe.analyst"), venezuelan, peruvian);
        assertThat(proposal).as("proposal seen by Peru").isNotNull();
        assertThat(proposal.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposalBetween(http("ve.analyst"), venezuelan, peruvian)).as("and by Venezuela").isNotNull();
        assertThat(proposalBetween(http("cl.analyst"), venezuelan, peruvian)).as("not by Chile").isNull();
        String id = proposal.get("id").asString();
        assertThat(http("cl.analyst").postJson("/api/v1/links/" + id + "/decision", Map.of("accept", true)).status()).isEqualTo(404);

        JsonNode accepted = http("pe.analyst").postJson("/api/v1/links/" + id + "/decision", Map.of("accept", true)).json();
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        JsonNode fromVenezuela = http("ve.analyst").get("/api/v1/notices/" + venezuelan + "/links").json();
        assertThat(fromVenezuela.get(0).get("agencyA").asString() + fromVenezuela.get(0).get("agencyB").asString()).contains("PE-PNP");
        assertThat(http("pe.analyst").postJson("/api/v1/links/" + id + "/decision", Map.of("accept", false)).status()).isEqualTo(409);
    }

    @Test
    void a_link_is_not_shown_to_someone_who_cannot_see_both_notices() {
        String venezuelan = activeNotice("ve", "Kevin Brayan Sepúlveda Ojeda", "AGENCY");
        String chilean = activeNotice("cl", "Kevin Brayan Sepulveda Ojeda", "ALL_MEMBERS");
        // Chile cannot see Venezuela's agency-only notice, so its screening (done) proposed nothing
        assertThat(proposalBetween(http("cl.analyst"), venezuelan, chilean)).isNull();
    }
}
