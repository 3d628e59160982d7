package org.sabueso.notice.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.tip.TestImages;
import org.sabueso.web.BrowserTest;

/**
 * An officer attaches a photo on the console's notice page (a file that is no photo first, refused
 * beside the field), sees it, and the public sees it on the portal's card and notice page, with alt
 * text in the page's language; a border officer sees a subject's photo beside the explanation of a
 * screening result.
 */
class PhotoJourneyTest extends BrowserTest {

    private static final String NAME = "Clemente Retratado Orellana";

    @Test
    void an_officer_uploads_a_photo_and_the_public_sees_it_on_the_portal() {
        String id = publicNotice(NAME);

        Page officer = open(false);
        signIn(officer, "ve.analyst");
        officer.navigate("/console/notices/" + id);
        Locator panel = officer.locator("#photos");
        assertThat(panel.locator("h2")).hasText("Fotos");
        assertThat(panel).containsText("Sin foto");

        panel.locator("#photo-file").setInputFiles(new FilePayload("notes.jpg", "image/jpeg",
                "<html>not a photo</html>".getBytes(StandardCharsets.UTF_8)));
        panel.locator("button[type=submit]").click();
        assertThat(officer.locator("#photo-file-error")).hasText("Solo aceptamos fotos JPEG o PNG.");
        assertThat(officer.locator("#photo-file")).hasAttribute("aria-invalid", "true");
        assertThat(officer.locator("#photos img")).hasCount(0);

        officer.locator("#photo-file").setInputFiles(new FilePayload("retrato.jpg", "image/jpeg",
                TestImages.encode(TestImages.picture(240, 300), "jpg")));
        officer.locator("#photos button[type=submit]").click();
        assertThat(officer.locator(".flash.success")).hasText("Foto añadida.");
        Locator photo = officer.locator("#photos img.photo");
        assertThat(photo).hasCount(1);
        assertThat(photo).hasAttribute("alt", "Foto de " + NAME);
        assertThat(photo).hasAttribute("src", Pattern.compile("/console/persons/[0-9a-f-]{36}/photos/[0-9a-f-]{36}"));
        org.assertj.core.api.Assertions.assertThat((Integer) photo.evaluate("img => img.naturalWidth")).isEqualTo(240);
        assertThat(officer.locator("#photo-file-error")).hasCount(0);
        screenshot(officer, "notice-photo-console");

        Page visitor = open(false);
        visitor.navigate("/?q=" + "Retratado Orellana".replace(" ", "+"));
        Locator card = visitor.locator(".card").filter(new Locator.FilterOptions().setHasText(NAME));
        assertThat(card.locator("img.photo")).hasAttribute("src", "/notices/" + id + "/photo.jpg");
        assertThat(card.locator("img.photo")).hasAttribute("alt", "Foto de " + NAME);
        org.assertj.core.api.Assertions.assertThat((Integer) card.locator("img.photo").evaluate("img => img.naturalWidth"))
                .isEqualTo(240);
        visitor.navigate("/notices/" + id);
        Locator large = visitor.locator(".poster-head img.photo.large");
        assertThat(large).hasAttribute("src", "/notices/" + id + "/photo.jpg");
        org.assertj.core.api.Assertions.assertThat((Integer) large.evaluate("img => img.naturalWidth")).isEqualTo(240);
        screenshot(visitor, "notice-photo");
        visitor.navigate("/notices/" + id + "?lang=en");
        assertThat(visitor.locator(".poster-head img.photo.large")).hasAttribute("alt", "Photo of " + NAME);

        // a person without a photo keeps the silhouette and its words
        String bare = publicNotice("Eusebio Sinretrato Paz");
        visitor.navigate("/notices/" + bare);
        assertThat(visitor.locator(".poster-head img.photo.large")).hasAttribute("src", "/img/silhouette.svg");
        assertThat(visitor.locator(".poster-head img.photo.large")).hasAttribute("alt", "Fotografía no disponible");
    }

    @Test
    void a_border_officer_sees_the_subjects_photo_beside_the_explanation() {
        Page officer = open(true);
        signIn(officer, "co.border");
        officer.navigate("/console/screening");
        officer.locator("#name").fill("HECTOR R. GUERRERO-FLORES");
        officer.locator("#birthDate").fill("1983");
        officer.locator("#purpose").fill("Control migratorio, prueba de fotos");
        officer.locator("#screening-form button[type=submit]").click();
        Locator match = officer.locator("#results .hit-card")
                .filter(new Locator.FilterOptions().setHasText("Héctor Rusthenford Guerrero Flores"));
        assertThat(match).hasCount(1);
        Locator photo = match.locator(".why-with-photo img.subject-photo");
        assertThat(photo).hasAttribute("alt", "Foto de Héctor Rusthenford Guerrero Flores");
        assertThat(match.locator(".why-with-photo .reasons-heading")).hasText("Por qué");
        org.assertj.core.api.Assertions.assertThat((Integer) photo.evaluate("img => img.naturalWidth")).isEqualTo(240);
        match.scrollIntoViewIfNeeded();
        match.screenshot(new Locator.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/screening-result.png")));

        // the issuing agency's hit inbox shows the same face beside its reasons
        Page analyst = open(false);
        signIn(analyst, "ve.analyst");
        analyst.navigate("/console/hits");
        Locator hit = analyst.locator("article.inbox-hit").filter(new Locator.FilterOptions().setHasText("prueba de fotos"));
        assertThat(hit.locator(".why-with-photo img.subject-photo")).hasAttribute("alt",
                "Foto de Héctor Rusthenford Guerrero Flores");
    }

    private String publicNotice(String name) {
        Http ve = http("ve.analyst");
        Http.Response drafted = ve.postJson("/api/v1/notices", Fixtures.draft(name, "PUBLIC", List.of()));
        org.assertj.core.api.Assertions.assertThat(drafted.status()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        org.assertj.core.api.Assertions.assertThat(ve.postJson("/api/v1/notices/" + id + "/submit", Map.of("reason", "ready"))
                .status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review",
                Fixtures.approve()).status()).isEqualTo(200);
        return id;
    }
}
