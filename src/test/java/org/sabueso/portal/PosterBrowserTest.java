package org.sabueso.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sabueso.agency.Agencies;
import org.sabueso.reward.Rewards;
import org.sabueso.web.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public on a phone (390 px), JavaScript off, in both languages: the notice page links the
 * printable poster, the link answers a PDF, and the tip box asks about the subject in his or
 * her sex; the most-wanted page lists each country's hotline.
 */
class PosterBrowserTest extends BrowserTest {

    @Autowired
    Rewards rewards;

    @Autowired
    Agencies agencies;

    private Page phone() {
        return open(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844).setIsMobile(true));
    }

    private void posterLinkAndHeading(Page page, String path, String link, String heading) {
        page.navigate(path);
        Locator poster = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link));
        assertThat(poster).isVisible();
        String href = poster.getAttribute("href");
        assertThat(href).contains("/poster.pdf");
        APIResponse pdf = page.request().get(href);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(page.locator("#tip-heading")).containsText(heading);
    }

    @Test
    void on_a_phone_without_javascript_the_notice_page_links_the_poster_and_asks_in_the_subjects_sex() {
        String guerrero = http("ve.analyst").get("/api/v1/notices?q=rusthenford").json().get("items").get(0).get("id").asString();
        UUID woman = WomansNotice.create(this::http, rewards, agencies, "Yolanda Navegador Carrasquel");
        Page page = phone();
        posterLinkAndHeading(page, "/notices/" + woman, "Imprimir cartel (PDF)", "¿La ha visto?");
        assertThat(page.locator(".hotline")).containsText("0800-24272-24 (demo)");
        screenshot(page, "poster-link-es-390");
        posterLinkAndHeading(page, "/notices/" + woman + "?lang=en", "Print poster (PDF)", "Have you seen her?");
        posterLinkAndHeading(page, "/notices/" + guerrero, "Imprimir cartel (PDF)", "¿Lo ha visto?");
        posterLinkAndHeading(page, "/notices/" + guerrero + "?lang=en", "Print poster (PDF)", "Have you seen him?");
        assertThat(page.locator("#tip-heading")).not().containsText("her");

        page.navigate("/?lang=en");
        Locator hotlines = page.locator("section.hotlines");
        assertThat(hotlines.getByRole(AriaRole.HEADING)).hasText("Tip lines by country");
        assertThat(hotlines).containsText("0800-40-007 (demo)");
        page.navigate("/");
        assertThat(page.locator("section.hotlines h2")).hasText("Líneas de denuncia por país");
        assertThat(page.locator("section.hotlines a[href='tel:080040007']")).isVisible();
    }
}
