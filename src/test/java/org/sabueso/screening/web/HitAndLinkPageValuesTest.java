package org.sabueso.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.web.ConsoleSession;

/**
 * The hit inbox and the link queue read their path and query values through web.RequestValues
 * and keep the statuses they always answered: an id that is not one names nothing (404), a filter
 * that names nothing shows the default list, and the role check comes before either.
 */
class HitAndLinkPageValuesTest extends IntegrationTest {

    @Test
    void a_path_id_that_is_not_one_is_not_found_and_an_unknown_filter_shows_the_default() {
        ConsoleSession analyst = ConsoleSession.signIn(port, "ve.analyst", PASSWORD);
        analyst.get("/console/hits");
        assertThat(analyst.post("/console/hits/not-an-id/answer", "decision", "confirm", "action", "ARREST").statusCode())
                .isEqualTo(404);
        assertThat(analyst.post("/console/links/1-1-1-1-1/decision", "accept", "true").statusCode()).isEqualTo(404);
        assertThat(analyst.get("/console/hits?box=nowhere").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/console/links?status=nothing").statusCode()).isEqualTo(200);

        ConsoleSession officer = ConsoleSession.signIn(port, "ve.border", PASSWORD);
        officer.get("/console/screening");
        assertThat(officer.post("/console/hits/not-an-id/answer", "decision", "confirm").statusCode())
                .as("who may answer is asked first").isEqualTo(403);
    }

    @Test
    void the_api_names_the_code_of_an_id_that_is_not_one() {
        var answer = http("ve.analyst").get("/api/v1/hits/not-a-uuid");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("field").stringValue()).isEqualTo("id");
        assertThat(answer.json().get("code").stringValue()).isEqualTo("request.not-a-uuid");
    }
}
