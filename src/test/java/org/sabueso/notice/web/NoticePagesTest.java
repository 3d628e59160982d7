package org.sabueso.notice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.web.HtmlClient;

/** The console's notice pages over real HTTP: who is let in, what each viewer sees, how refusals look. */
class NoticePagesTest extends IntegrationTest {

    private HtmlClient staff(String username) {
        return new HtmlClient(port, username, PASSWORD);
    }

    private String noticeId(String viewer, String query) {
        return http(viewer).get("/api/v1/notices?q=" + query).json().get("items").get(0).get("id").asString();
    }

    @Test
    void anonymous_visitors_are_sent_to_the_sign_in_page_in_their_language() {
        HtmlClient anonymous = new HtmlClient(port, null, null);
        HttpResponse<String> spanish = anonymous.get("/console/notices");
        assertThat(spanish.statusCode()).isEqualTo(302);
        assertThat(spanish.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> english = anonymous.get("/console?lang=en");
        assertThat(english.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?lang=en"));
        assertThat(anonymous.get("/login").body()).contains("Acceso del personal", "for=\"username\"", "for=\"password\"");
        assertThat(anonymous.get("/login?lang=en").body()).contains("<html lang=\"en\"", "Staff sign-in",
                "action=\"/login?lang=en\"");
    }

    @Test
    void every_console_page_renders_for_a_supervisor() {
        HtmlClient supervisor = staff("ve.supervisor");
        String guerrero = noticeId("ve.supervisor", "rusthenford");
        for (String[] page : new String[][]{
                {"/console", "Avisos por estado"},
                {"/console?lang=en", "Notices by status"},
                // the newest notices come first, and other tests add theirs: search for the demo's
                {"/console/notices", "id=\"results\""},
                {"/console/notices?q=rusthenford", "Guerrero Flores"},
                {"/console/notices?status=ACTIVE&country=VE&q=rusthenford", "Un aviso"},
                {"/console/notices?status=nonsense&country=XX&page=-1", "Avisos"},
                {"/console/notices/new", "Nuevo aviso de búsqueda"},
                {"/console/reviews", "Wuilmer José Barrios Guzmán"},
                {"/console/notices/" + guerrero, "V-16.555.321"},
                {"/console/notices/" + guerrero + "?lang=en", "Legal basis"}}) {
            HttpResponse<String> r = supervisor.get(page[0]);
            assertThat(r.statusCode()).as(page[0]).isEqualTo(200);
            assertThat(r.body()).as(page[0]).contains(page[1], "ve.supervisor", "action=\"/logout");
        }
    }

    @Test
    void auditors_find_the_audit_trail_in_the_navigation_and_others_do_not() {
        HttpResponse<String> auditor = staff("auditor").get("/console");
        assertThat(auditor.statusCode()).isEqualTo(200);
        assertThat(auditor.body()).contains("href=\"/console/audit\"");
        assertThat(staff("ve.analyst").get("/console").body()).doesNotContain("href=\"/console/audit\"");
    }

    @Test
    void htmx_gets_only_the_results_of_the_notice_list() {
        HttpResponse<String> r = staff("ve.analyst").get("/console/notices?q=petrica", "HX-Request", "true");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<html").contains("id=\"results\"", "Yohan José Romero");
        assertThat(r.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("HX-Request"));
    }

    @Test
    void a_notice_the_viewer_may_not_see_is_a_localized_404_page() {
        String veDraft = noticeId("ve.analyst", "yonathan");
        HttpResponse<String> peru = staff("pe.analyst").get("/console/notices/" + veDraft);
        assertThat(peru.statusCode()).isEqualTo(404);
        assertThat(peru.body()).contains("Página no encontrada").doesNotContain("Yonathan");
        assertThat(staff("pe.analyst").get("/console/notices/not-a-uuid?lang=en").body()).contains("Page not found");
        assertThat(staff("ve.analyst").get("/console/notices/" + veDraft).statusCode()).isEqualTo(200);
    }

    @Test
    void editing_a_notice_that_is_no_longer_a_draft_returns_to_the_notice_with_a_message() {
        String guerrero = noticeId("ve.analyst", "rusthenford");
        HttpResponse<String> r = staff("ve.analyst").get("/console/notices/" + guerrero + "/edit");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/notices/" + guerrero));
    }

    @Test
    void the_audit_area_is_refused_with_a_localized_403_page() {
        HttpResponse<String> r = staff("ve.analyst").get("/console/audit");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Acceso denegado").doesNotContain("Exception");
    }
}
