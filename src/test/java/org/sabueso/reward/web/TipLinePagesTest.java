package org.sabueso.reward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.web.ConsoleSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A supervisor sets, from the console, the agency's tip line and how a paid reward is collected in
 * both languages: saved whole, shown to the public, audited; a bad field refused beside itself with
 * nothing written; other staff turned away. Chile's agency, put back as it was after each test.
 */
class TipLinePagesTest extends IntegrationTest {

    private static final String CL = "CL-PDI";

    @Autowired
    JdbcClient jdbc;

    private String hotlineBefore;
    private java.util.List<java.util.Map<String, Object>> proceduresBefore;

    @BeforeEach
    void remember() {
        hotlineBefore = jdbc.sql("SELECT hotline FROM agency WHERE id = ?").param(CL).query(String.class).optional().orElse(null);
        proceduresBefore = jdbc.sql("SELECT agency_id, language, procedure, updated_by FROM reward_collection_procedure "
                + "WHERE agency_id = ?").param(CL).query().listOfRows();
    }

    /** Chile's tip line and procedures as they were: other tests of the shared context read the demo's. */
    @AfterEach
    void restore() {
        jdbc.sql("UPDATE agency SET hotline = ? WHERE id = ?").params(hotlineBefore, CL).update();
        jdbc.sql("DELETE FROM reward_collection_procedure WHERE agency_id = ?").param(CL).update();
        for (var row : proceduresBefore) {
            jdbc.sql("INSERT INTO reward_collection_procedure (agency_id, language, procedure, updated_by) VALUES (?,?,?,?)")
                    .params(row.get("agency_id"), row.get("language"), row.get("procedure"), row.get("updated_by")).update();
        }
    }

    private String procedure(String language) {
        return jdbc.sql("SELECT procedure FROM reward_collection_procedure WHERE agency_id = ? AND language = ?")
                .params(CL, language).query(String.class).optional().orElse(null);
    }

    @Test
    void a_supervisor_saves_the_tip_line_and_both_procedures_which_the_public_then_sees() {
        ConsoleSession supervisor = ConsoleSession.signIn(port, "cl.supervisor2", PASSWORD);
        assertThat(supervisor.get("/console").body()).contains("href=\"/console/tip-line\"");
        HttpResponse<String> form = supervisor.get("/console/tip-line");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"hotline\"", "name=\"procedureEs\"", "name=\"procedureEn\"", "name=\"_csrf\"");

        String number = "+56 2 2708 " + (1000 + UUID.randomUUID().hashCode() % 1000 + 1000) % 10000;
        HttpResponse<String> saved = supervisor.post("/console/tip-line", "hotline", number,
                "procedureEs", "Llame al 133 y dé el número de su reclamo.", "procedureEn", "Call 133 and give your claim's number.");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(supervisor.follow(saved).body()).contains("Guardado.").contains(number);

        assertThat(jdbc.sql("SELECT hotline FROM agency WHERE id = ?").param(CL).query(String.class).single()).isEqualTo(number);
        assertThat(procedure("es")).isEqualTo("Llame al 133 y dé el número de su reclamo.");
        assertThat(procedure("en")).isEqualTo("Call 133 and give your claim's number.");
        assertThat(anonymous().get("/").body()).contains(number);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'cl.supervisor2' AND action = 'agency.hotline.change'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void a_bad_field_is_refused_beside_itself_and_nothing_is_written() {
        ConsoleSession supervisor = ConsoleSession.signIn(port, "cl.supervisor2", PASSWORD);
        supervisor.get("/console/tip-line");
        String esBefore = procedure("es");

        HttpResponse<String> refused = supervisor.post("/console/tip-line", "hotline", "x".repeat(61),
                "procedureEs", "Un procedimiento que no debe quedar escrito " + UUID.randomUUID(), "procedureEn", "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"tipline-hotline-error\"").contains("aria-invalid=\"true\"")
                .contains("id=\"error-summary\"").contains("autofocus");
        assertThat(refused.body()).as("what was typed is shown again").contains("Un procedimiento que no debe quedar escrito");
        assertThat(procedure("es")).as("the valid field was not saved either").isEqualTo(esBefore);
        assertThat(jdbc.sql("SELECT hotline FROM agency WHERE id = ?").param(CL).query(String.class).optional().orElse(null))
                .isEqualTo(hotlineBefore);
    }

    @Test
    void an_analyst_and_a_border_officer_are_turned_away() {
        for (String user : new String[] {"cl.analyst", "co.border"}) {
            ConsoleSession s = ConsoleSession.signIn(port, user, PASSWORD);
            assertThat(s.get("/console/tip-line").statusCode()).as(user).isEqualTo(403);
        }
    }
}
