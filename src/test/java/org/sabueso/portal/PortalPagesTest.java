package org.sabueso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.web.HtmlClient;

/** The public portal over real HTTP: content in both languages, no cookies, nothing private, hostile input. */
class PortalPagesTest extends IntegrationTest {

    private static final String NBSP = "\u00a0";

    private HttpResponse<String> get(String path) {
        return new HtmlClient(port, null, null).get(path);
    }

    private String noticeId(String query) {
        return http("ve.analyst").get("/api/v1/notices?q=" + query).json().get("items").get(0).get("id").asString();
    }

    @Test
    void the_most_wanted_list_shows_guerrero_flores_with_perus_reward_in_spanish() {
        // searched for: the list puts the most recently changed notices first, and other test
        // classes sharing this database publish notices of their own before this one runs
        HttpResponse<String> r = get("/?q=guerrero+flores");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"es\"", "Personas buscadas", "Guerrero Flores", "Niño Guerrero",
                "S/" + NBSP + "500.000", "≈ US$" + NBSP + "133.000 al tipo de cambio del 25/09/2023");
    }

    @Test
    void the_most_wanted_list_is_in_english_with_lang_en_and_its_links_keep_the_language() {
        HttpResponse<String> r = get("/?lang=en&q=guerrero+flores");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"en\"", "Wanted persons", "Guerrero Flores",
                "S/" + NBSP + "500,000", "≈ US$" + NBSP + "133,000 at the exchange rate of 25 Sep 2023",
                "by Venezuela", "?lang=en\"");
        assertThat(get("/?lang=en").body()).as("the switch back to Spanish drops the parameter")
                .contains("<html lang=\"en\"", "Wanted persons", "href=\"/\" lang=\"es\"");
    }

    @Test
    void the_portal_sets_no_cookie_at_all() {
        String guerrero = noticeId("rusthenford");
        for (String path : new String[]{"/", "/?lang=en", "/?q=guerrero&page=0", "/notices/" + guerrero,
                "/notices/" + guerrero + "?lang=en", "/notices/00000000-0000-0000-0000-000000000000"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isIn(200, 404);
            assertThat(r.headers().allValues("Set-Cookie")).as("cookies set by " + path).isEmpty();
        }
    }

    @Test
    void the_public_notice_page_describes_the_subject_and_the_reward() {
        HttpResponse<String> r = get("/notices/" + noticeId("rusthenford"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Héctor Rusthenford Guerrero Flores", "Año de nacimiento", "1983", "Venezuela",
                "detención con fines de extradición", "Extorsión", "S/" + NBSP + "500.000",
                "Policía Nacional del Perú");
        assertThat(r.body()).as("identity documents stay inside the console").doesNotContain("V-16.555.321");
    }

    @Test
    void notices_not_shared_with_the_public_answer_a_localized_404() {
        String membersOnly = noticeId("mosquera");
        for (String id : new String[]{membersOnly, "00000000-0000-0000-0000-000000000000", "not-a-uuid"}) {
            HttpResponse<String> r = get("/notices/" + id);
            assertThat(r.statusCode()).as(id).isEqualTo(404);
            assertThat(r.body()).contains("Página no encontrada").doesNotContain("Mosquera", "Exception");
        }
        HttpResponse<String> english = get("/notices/" + membersOnly + "?lang=en");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("<html lang=\"en\"", "Page not found");
    }

    @Test
    void hostile_search_input_is_answered_and_escaped() {
        String[] hostile = {
                "<script>alert('x')</script>",
                "' OR 1=1; DROP TABLE notice; --",
                "x".repeat(10_000),
                "\u202Eguerrero\u200B 𝔊𝔲𝔢𝔯𝔯𝔢𝔯𝔬 👮‍♀️ Ñandú é\u0301 ﷽",
                "%00%%_\\:*&|!()",
        };
        for (String q : hostile) {
            HttpResponse<String> r = get("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(q.length() > 40 ? q.substring(0, 40) : q).isEqualTo(200);
            assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("Exception");
        }
        assertThat(get("/?q=" + URLEncoder.encode("<script>alert('x')</script>", StandardCharsets.UTF_8)).body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(get("/?page=-3").statusCode()).isEqualTo(200);
        assertThat(get("/?page=abc&lang=zz").statusCode()).isEqualTo(200);
    }

    @Test
    void search_finds_by_nickname_without_accents() {
        assertThat(get("/?q=nino+guerrero").body()).contains("Guerrero Flores");
        assertThat(get("/?q=petrica").body()).contains("Yohan José Romero").doesNotContain("Guerrero Flores");
    }

    @Test
    void pages_load_nothing_from_third_parties() {
        String body = get("/").body();
        assertThat(body).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("style=");
    }
}
