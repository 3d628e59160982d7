package org.sabueso.notice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.web.ConsoleSession;

/**
 * A refused form names every field at fault at once, each beside its field, and the page comes
 * back focused on the first (issue 15, item 7): the empty new-notice form once named only the
 * missing name, and the other three required fields appeared on the next submit.
 */
class NoticeFormErrorsTests extends IntegrationTest {

    @Test
    void an_empty_notice_form_names_all_four_required_fields_at_once_and_lands_on_the_first() {
        ConsoleSession analyst = ConsoleSession.signIn(port, "ve.analyst", PASSWORD);
        analyst.get("/console/notices/new");
        HttpResponse<String> r = analyst.post("/console/notices", "name", "", "offences", "", "warrantReference", "",
                "legalBasis", "", "requestedAction", "LOCATE", "sharingScope", "ALL_MEMBERS",
                "reviewBy", LocalDate.now().plusYears(1).toString());
        assertThat(r.statusCode()).isEqualTo(422);
        String body = r.body();
        assertThat(body).contains("id=\"name-error\"", "id=\"offences-error\"", "id=\"warrantReference-error\"",
                "id=\"legalBasis-error\"", "href=\"#name\"", "href=\"#offences\"", "href=\"#warrantReference\"",
                "href=\"#legalBasis\"");
        assertThat(Pattern.compile("autofocus=\"autofocus\"").matcher(body).results().count()).as("one field takes the focus").isEqualTo(1);
        assertThat(body).containsPattern("<input id=\"name\" name=\"name\"[^>]*autofocus=\"autofocus\"");
    }

    @Test
    void a_wrong_date_and_missing_texts_are_named_together() {
        ConsoleSession analyst = ConsoleSession.signIn(port, "ve.analyst", PASSWORD);
        analyst.get("/console/notices/new");
        HttpResponse<String> r = analyst.post("/console/notices", "name", "Prueba Fecha Mala", "birthDate", "1990-13-45",
                "requestedAction", "LOCATE", "sharingScope", "ALL_MEMBERS", "reviewBy", "not-a-date");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"birthDate-error\"", "id=\"offences-error\"", "id=\"warrantReference-error\"",
                "id=\"legalBasis-error\"", "id=\"reviewBy-error\"")
                .containsPattern("<input id=\"birthDate\"[^>]*autofocus=\"autofocus\"");
    }
}
