package org.sabueso.tip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.tip.TestImages;
import org.sabueso.tip.TipClient;
import org.sabueso.web.HtmlClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public tip pages over HTTP: both languages, messages beside the field, nothing stored on refusal. */
class PublicTipPagesTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    TipClient client() {
        return new TipClient(port, Map.of());
    }

    UUID guerrero() {
        return jdbc.sql("SELECT id FROM notice WHERE warrant_reference = 'VE-TC-ARAGUA-2023-0917'").query(UUID.class).single();
    }

    long tips() {
        return jdbc.sql("SELECT count(*) FROM tip").query(Long.class).single();
    }

    @Test
    void the_general_form_speaks_spanish_and_english_sets_no_cookie_and_loads_nothing_from_elsewhere() {
        TipClient.Response es = client().get("/tips");
        assertThat(es.status()).isEqualTo(200);
        assertThat(es.body()).contains("¿Qué vio?", "¿A qué país quiere informar?", "Policía Nacional del Perú",
                "enctype=\"multipart/form-data\"").doesNotContain("_csrf").doesNotContain("<script");
        assertThat(es.cookies()).isEmpty();
        assertThat(es.headers().get("content-security-policy").getFirst()).contains("default-src 'self'");
        TipClient.Response en = client().get("/tips?lang=en");
        assertThat(en.body()).contains("What did you see?", "Which country do you want to tell?", "action=\"/tips?lang=en\"");
        assertThat(client().get("/notices/" + guerrero() + "?lang=en").body())
                .contains("Have you seen him? Tell us anonymously", "action=\"/notices/" + guerrero() + "/tip?lang=en\"");
    }

    @Test
    void a_refused_tip_shows_each_message_beside_its_field_keeps_what_was_typed_and_stores_nothing() {
        long before = tips();
        TipClient.Response empty = client().multipart("/notices/" + guerrero() + "/tip",
                TipClient.tipFields("", "Mercado <b>central</b>", "", ""));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"tip-what-error\"", "Este dato es obligatorio.", "Mercado &lt;b&gt;central&lt;/b&gt;");

        List<TipClient.Part> big = new ArrayList<>(TipClient.tipFields("algo", "", "", ""));
        big.add(TipClient.Part.file("photos", "grande.jpg", "image/jpeg", java.util.Arrays.copyOf(TestImages.jpegWithExif(), 6 * 1024 * 1024)));
        TipClient.Response tooBig = client().multipart("/notices/" + guerrero() + "/tip", big);
        assertThat(tooBig.status()).isEqualTo(422);
        assertThat(tooBig.body()).contains("id=\"tip-photos-error\"", "demasiado grande");

        List<TipClient.Part> text = new ArrayList<>(TipClient.tipFields("algo", "", "", ""));
        text.add(TipClient.Part.file("photos", "nota.jpg", "image/jpeg", "no soy una foto".getBytes()));
        assertThat(client().multipart("/notices/" + guerrero() + "/tip?lang=en", text).body()).contains("Only JPEG or PNG photos are accepted.");

        List<TipClient.Part> broken = new ArrayList<>(TipClient.tipFields("algo", "", "", ""));
        broken.add(TipClient.Part.file("photos", "rota.jpg", "image/jpeg", TestImages.brokenJpeg()));
        assertThat(client().multipart("/notices/" + guerrero() + "/tip", broken).body()).contains("no se puede leer como imagen");

        TipClient.Response noCountry = client().form("/tips", Map.of("what", "algo"));
        assertThat(noCountry.status()).isEqualTo(422);
        assertThat(noCountry.body()).contains("Elija el país al que quiere informar.");
        assertThat(client().form("/tips", Map.of("what", "algo", "agencyId", "XX-NOPE")).status()).isEqualTo(422);
        assertThat(tips()).isEqualTo(before);
        assertThat(client().get("/notices/" + UUID.randomUUID() + "/tip").status()).isEqualTo(404);
        assertThat(client().get("/notices/not-a-uuid/tip").status()).isEqualTo(404);
    }

    @Test
    void text_the_database_cannot_store_is_refused_beside_its_field_on_the_multipart_form_and_nothing_is_stored() {
        long before = tips();
        for (String hostile : List.of("lo vi\u0000ayer", "esc\u001b[2J", "c1\u0085", "del\u007f")) {
            TipClient.Response r = client().multipart("/notices/" + guerrero() + "/tip",
                    TipClient.tipFields("algo", hostile, "", ""));
            assertThat(r.status()).as(hostile).isEqualTo(422);
            assertThat(r.body()).as(hostile).contains("id=\"tip-where-error\"", "caracteres de control",
                    "aria-describedby=\"tip-where-error\"");
            assertThat(r.body()).as("the refused characters are not sent back").doesNotContain(hostile)
                    .doesNotContain("\u0000").doesNotContain("\u001b");
        }
        TipClient.Response english = client().multipart("/notices/" + guerrero() + "/tip?lang=en",
                TipClient.tipFields("\u0000", "", "", ""));
        assertThat(english.body()).contains("id=\"tip-what-error\"", "control characters that cannot be stored");
        assertThat(tips()).isEqualTo(before);
        // any script, emoji and line breaks are text a person writes, and are taken
        TipClient.Response fine = client().multipart("/notices/" + guerrero() + "/tip",
                TipClient.tipFields("رأيته في السوق 🐕\r\nВидел его", "Gamarra", "ayer", "שלום"));
        assertThat(fine.status()).isEqualTo(200);
        assertThat(tips()).isEqualTo(before + 1);
    }

    @Test
    void a_144_megapixel_photo_is_refused_for_its_pixels_beside_the_field() {
        List<TipClient.Part> parts = new ArrayList<>(TipClient.tipFields("algo", "", "", ""));
        parts.add(TipClient.Part.file("photos", "enorme.png", "image/png", TestImages.hugePng(12_000, 12_000)));
        TipClient.Response es = client().multipart("/notices/" + guerrero() + "/tip", parts);
        assertThat(es.status()).isEqualTo(422);
        assertThat(es.body()).contains("id=\"tip-photos-error\"", "La foto tiene demasiados píxeles (12000 × 12000); como máximo 4096 × 4096.")
                .as("the hint may speak of 5 MB; the refusal does not").doesNotContain("La foto es demasiado grande");
        assertThat(client().multipart("/notices/" + guerrero() + "/tip?lang=en", parts).body())
                .contains("The photo has too many pixels (12000 × 12000); at most 4096 × 4096.");
    }

    @Test
    void an_unknown_notice_on_the_tip_form_is_the_sites_404_page_whatever_the_client_accepts() {
        for (String accept : List.of("*/*", "application/json", "text/html")) {
            TipClient html = new TipClient(port, Map.of("Accept", accept));
            for (TipClient.Response r : List.of(
                    html.multipart("/notices/" + UUID.randomUUID() + "/tip", TipClient.tipFields("algo", "", "", "")),
                    html.multipart("/notices/not-a-uuid/tip", TipClient.tipFields("algo", "", "", "")),
                    html.get("/notices/" + UUID.randomUUID() + "/tip"))) {
                assertThat(r.status()).isEqualTo(404);
                assertThat(r.headers().get("content-type").getFirst()).as(accept).startsWith("text/html");
                assertThat(r.body()).contains("class=\"error-code\"", "404");
                assertThat(r.headers().get("content-security-policy").getFirst()).contains("default-src 'self'");
            }
        }
    }

    @Test
    void a_general_tip_goes_to_the_chosen_agency_only() {
        String what = "Información general " + UUID.randomUUID();
        TipClient.Response receipt = client().form("/tips", Map.of("what", what, "agencyId", "CL-PDI"));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.codename().split(" ")).hasSize(8);
        String chile = new HtmlClient(port, "cl.analyst", PASSWORD).get("/console/tips").body();
        assertThat(chile).contains(what, "Información general");
        assertThat(new HtmlClient(port, "pe.analyst", PASSWORD).get("/console/tips").body()).doesNotContain(what);
    }

    @Test
    void the_follow_up_refuses_a_wrong_codename_beside_the_field() {
        TipClient.Response wrong = client().form("/tips/follow-up", Map.of("codename", "'; DROP TABLE tip; --"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"codename-error\"", "No hay información con esa clave.");
        assertThat(client().get("/tips/follow-up").body()).contains("Su clave");
    }

    @Test
    void the_console_pages_are_for_analysts_and_supervisors() {
        assertThat(new HtmlClient(port, "pe.border", PASSWORD).get("/console/tips").statusCode()).isEqualTo(403);
        assertThat(new HtmlClient(port, "pe.border", PASSWORD).get("/console/claims").statusCode()).isEqualTo(403);
        assertThat(new HtmlClient(port, null, null).get("/console/tips").statusCode()).isEqualTo(302);
        assertThat(new HtmlClient(port, "pe.analyst", PASSWORD).get("/console/tips/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        String nav = new HtmlClient(port, "pe.analyst", PASSWORD).get("/console").body();
        assertThat(nav).contains("href=\"/console/tips\"", "href=\"/console/claims\"");
    }
}
