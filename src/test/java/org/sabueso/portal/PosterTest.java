package org.sabueso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.reward.NewRewardOffer;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /notices/{id}/poster.pdf} over real HTTP, read back with PDFBox and scanned with
 * ZXing: in both languages, in the subject's sex, only for notices the public may see, and
 * hostile ids answered without a 500.
 */
class PosterTest extends IntegrationTest {

    @Autowired
    Rewards rewards;

    @Autowired
    Agencies agencies;

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    String noticeId(String query) {
        return http("ve.analyst").get("/api/v1/notices?q=" + query).json().get("items").get(0).get("id").asString();
    }

    UUID womansNotice(String name) {
        return WomansNotice.create(this::http, rewards, agencies, name);
    }

    PosterReader poster(Object id, String lang) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get("/notices/" + id + "/poster.pdf" + (lang == null ? "" : "?lang=" + lang));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().allValues("Set-Cookie")).as("the portal sets no cookie").isEmpty();
        return PosterReader.read(r.body());
    }

    @Test
    void a_womans_poster_in_spanish_names_her_offences_reward_and_hotline_and_its_qr_opens_her_tip_form()
            throws Exception {
        UUID notice = womansNotice("Yolanda Poster Carrasquel");
        PosterReader pdf = poster(notice, null);
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.size().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(0.5f));
        assertThat(pdf.size().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(0.5f));
        assertThat(pdf.text()).contains("SE BUSCA", "Yolanda Poster Carrasquel", "“La Contadora”", "Extorsión",
                "Legitimación de capitales", "S/ 250.000", "Información que lleve a la captura",
                "Ofrecida por Policía Nacional del Perú", "¿La ha visto?", "0800-24272-24 (demo)", "Venezuela");
        assertThat(pdf.text()).doesNotContain("¿Lo ha visto?", "TC-POSTER-1");
        assertThat(pdf.images()).as("the QR code at least (the photo too, once photos exist)").isGreaterThanOrEqualTo(1);
        assertThat(pdf.qr()).isEqualTo("http://localhost:" + port + "/notices/" + notice + "/tip");
        assertThat(pdf.language()).isEqualTo("es");
    }

    @Test
    void the_same_poster_in_english_asks_have_you_seen_her_and_its_qr_keeps_the_language() throws Exception {
        UUID notice = womansNotice("Yolanda Poster Inglés");
        PosterReader pdf = poster(notice, "en");
        assertThat(pdf.text()).contains("WANTED", "Yolanda Poster Inglés", "S/ 250,000", "Offered by Policía Nacional del Perú",
                "Have you seen her?", "Tip line of Cuerpo de Investigaciones", "0800-24272-24 (demo)",
                "Scan the code to send information anonymously");
        assertThat(pdf.text()).doesNotContain("SE BUSCA", "¿La ha visto?", "Recompensa", "Ofrecida");
        assertThat(pdf.qr()).isEqualTo("http://localhost:" + port + "/notices/" + notice + "/tip?lang=en");
        assertThat(pdf.language()).isEqualTo("en");
    }

    @Test
    void guerrero_floress_poster_asks_about_him_with_perus_reward() throws Exception {
        String guerrero = noticeId("rusthenford");
        HttpResponse<byte[]> spanish = get("/notices/" + guerrero + "/poster.pdf");
        // page 1 at about 100 dpi, for docs/screens/poster.png
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        javax.imageio.ImageIO.write(PosterReader.render(spanish.body(), 100), "png",
                java.nio.file.Path.of("target/screenshots/poster.png").toFile());
        assertThat(PosterReader.read(spanish.body()).text()).contains("Héctor Rusthenford Guerrero Flores", "“Niño Guerrero”",
                "¿Lo ha visto?", "S/ 500.000", "Homicidio", "0800-24272-24 (demo)").doesNotContain("V-16.555.321");
        assertThat(poster(guerrero, "en").text()).contains("Have you seen him?", "S/ 500,000");
    }

    @Test
    void a_subject_of_unrecorded_sex_is_asked_about_neutrally() throws Exception {
        Http ve = http("ve.analyst");
        UUID notice = UUID.fromString(ve.postJson("/api/v1/notices",
                org.sabueso.Fixtures.draft("Persona Poster Neutra", "PUBLIC", List.of())).json().get("id").asString());
        ve.postJson("/api/v1/notices/" + notice + "/submit", Map.of("reason", "ready"));
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + notice + "/review",
                org.sabueso.Fixtures.approve()).status()).isEqualTo(200);
        assertThat(poster(notice, null).text()).contains("¿Ha visto a esta persona?");
        assertThat(poster(notice, "en").text()).contains("Have you seen this person?");
    }

    @Test
    void a_restricted_or_unknown_notice_has_no_poster_and_hostile_ids_answer_without_a_500() throws Exception {
        String membersOnly = noticeId("mosquera");
        for (String id : new String[]{membersOnly, "00000000-0000-0000-0000-000000000000", "not-a-uuid",
                "1%27%20OR%20%271%27%3D%271", "%27%3B%20DROP%20TABLE%20notice%3B--", "%00", "%E2%80%AE",
                "a".repeat(5000), UUID.randomUUID() + "%0d%0aX-Injected:%201"}) {
            HttpResponse<byte[]> r = get("/notices/" + id + "/poster.pdf");
            assertThat(r.statusCode()).as(id.length() > 60 ? id.substring(0, 60) : id).isIn(400, 404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotContain("pdf");
            assertThat(new String(r.body())).doesNotContain("Mosquera", "Exception");
        }
    }

    @Test
    void the_notice_page_links_the_poster_and_shows_the_hotline_and_the_list_shows_each_countrys_hotline() {
        String guerrero = noticeId("rusthenford");
        Http anyone = anonymous();
        String page = anyone.get("/notices/" + guerrero).body();
        assertThat(page).contains("href=\"/notices/" + guerrero + "/poster.pdf\"", "Imprimir cartel (PDF)",
                "0800-24272-24 (demo)", "href=\"tel:08002427224\"", "¿Lo ha visto? Infórmenos de forma anónima");
        assertThat(anyone.get("/notices/" + guerrero + "?lang=en").body()).contains(
                "href=\"/notices/" + guerrero + "/poster.pdf?lang=en\"", "Print poster (PDF)", "Have you seen him? Tell us anonymously");
        String list = anyone.get("/").body();
        assertThat(list).contains("Líneas de denuncia por país", "Perú", "0800-40-007 (demo)", "Chile", "134 (demo)",
                "Ecuador", "1800-335-486 (demo)", "Colombia", "165 (demo)", "Venezuela", "0800-24272-24 (demo)");
        assertThat(anyone.get("/?lang=en").body()).contains("Tip lines by country", "Peru", "0800-40-007 (demo)");
    }
}
