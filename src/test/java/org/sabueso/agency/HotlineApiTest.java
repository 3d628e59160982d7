package org.sabueso.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agency's tip line set through the API by its supervisor, refused to others and to bad
 * input, listed for staff and on the portal, and audited. Ecuador's line is changed and put back.
 */
class HotlineApiTest extends IntegrationTest {

    private static final String EC = "EC-PN";

    @Autowired
    Hotlines hotlines;
    @Autowired
    JdbcClient jdbc;

    private String before;

    @BeforeEach
    void remember() {
        before = hotlines.of(EC).map(Hotline::number).orElse(null);
    }

    @AfterEach
    void putBack() {
        hotlines.set(EC, before);
    }

    @Test
    void a_supervisor_sets_the_agencys_tip_line_which_the_portal_lists_and_the_trail_keeps() {
        String number = "1800-NUEVO-" + System.nanoTime() % 10_000;
        var answer = http("ec.supervisor").putJson("/api/v1/hotline", Map.of("number", number));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("number").asString()).isEqualTo(number);
        assertThat(answer.json().get("agencyId").asString()).isEqualTo(EC);

        assertThat(http("co.border").get("/api/v1/hotlines").json().findValuesAsString("number")).contains(number);
        assertThat(anonymous().get("/").body()).contains(number);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'agency.hotline.change' AND actor = 'ec.supervisor'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void only_a_supervisor_of_the_agency_sets_it() {
        for (String user : new String[]{"ec.analyst", "auditor", "admin"}) {
            var refused = http(user).putJson("/api/v1/hotline", Map.of("number", "123"));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.json().get("code").asString()).as(user).isEqualTo("capability.set-hotline");
        }
        assertThat(hotlines.of(EC).map(Hotline::number).orElse(null)).isEqualTo(before);
    }

    @Test
    void a_number_too_long_or_with_control_characters_is_refused_and_changes_nothing() {
        Map<String, Object> tooLong = new HashMap<>();
        tooLong.put("number", "9".repeat(61));
        for (Map<String, Object> body : java.util.List.of(tooLong, Map.<String, Object>of("number", "165\u0007"))) {
            var refused = http("ec.supervisor").putJson("/api/v1/hotline", body);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).containsAnyOf("agency.hotline.invalid", "request.unstorable-text");
        }
        assertThat(hotlines.of(EC).map(Hotline::number).orElse(null)).isEqualTo(before);
    }
}
