package org.sabueso.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The public on a phone (390 px wide) with JavaScript off, in Spanish and English: the portal's
 * filters by country, offence and reward, the search by offence in either language, and the
 * recently captured; the page never scrolls sideways. And an officer finding a notice in the
 * console by its reference.
 */
class PortalFiltersBrowserTest extends BrowserTest {

    private static final int PHONE = 390;

    /** A public notice on a new person, approved and then closed by an arrest. */
    private String publicNoticeArrested(String name) {
        Http analyst = http("ve.analyst");
        Map<String, Object> draft = new java.util.HashMap<>(Fixtures.draft(name, "PUBLIC", List.of()));
        draft.put("warrantReference", "ORD-CAPT-" + System.nanoTime());
        Http.Response r = analyst.postJson("/api/v1/notices", draft);
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().get("id").asString();
        assertThat(analyst.postJson("/api/v1/notices/" + id + "/submit", Map.of("reason", "ready")).status()).isEqualTo(200);
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                .isEqualTo(200);
        assertThat(analyst.postJson("/api/v1/notices/" + id + "/transitions",
                Map.of("status", "ARRESTED", "reason", "arrested in Maracay")).status()).isEqualTo(200);
        return id;
    }

    private Page phone() {
        return open(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(PHONE, 844)
                .setIsMobile(true));
    }

    private static void fitsTheScreen(Page page) {
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).as("page width at %s (no horizontal scroll at %d px)", page.url(), PHONE)
                .isLessThanOrEqualTo(PHONE);
    }

    private static int count(Page page) {
        String shown = text(page.locator(".result-count span").first());
        java.util.regex.Matcher m = Pattern.compile("^([0-9.,]+) ").matcher(shown);
        assertThat(m.find()).as("a count of several in \"%s\"", shown).isTrue();
        return Integer.parseInt(m.group(1).replaceAll("[.,]", ""));
    }

    @Test
    void the_public_on_a_phone_without_javascript_filters_the_list_and_sees_the_recently_captured() {
        publicNoticeArrested("Baldomero Ucañán Trejo");
        Page page = phone();
        page.navigate("/");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        fitsTheScreen(page);
        page.getByLabel("País que lo busca").selectOption("VE");
        page.getByLabel("Delito", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Extorsión"));
        page.getByLabel("Solo con recompensa").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrar").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*country=VE.*"));
        assertThat(page.url()).contains("offence=EXTORTION", "reward=1");
        Locator cards = page.locator("article.card");
        assertThat(cards.filter(new Locator.FilterOptions().setHasText("Guerrero Flores"))).isVisible();
        int shown = cards.count();
        assertThat(shown).isPositive();
        for (int i = 0; i < shown; i++) {
            assertThat(cards.nth(i)).containsText("por Venezuela");
            assertThat(cards.nth(i).locator(".offences")).containsText("Extorsión");
            assertThat(cards.nth(i).locator(".reward").first()).isVisible();
        }
        assertThat(page.getByLabel("País que lo busca")).hasValue("VE");
        assertThat(page.getByLabel("Solo con recompensa")).isChecked();
        Locator captured = page.locator("section.captured");
        assertThat(captured.getByRole(AriaRole.HEADING)).hasText("Capturados recientemente");
        assertThat(captured).containsText("Baldomero Ucañán Trejo");
        assertThat(cards.filter(new Locator.FilterOptions().setHasText("Baldomero Ucañán Trejo"))).hasCount(0);
        fitsTheScreen(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-phone-filters-es.png")));

        // English: the same filters in English words, and an offence found by its English name
        page.navigate("/?lang=en&q=extortion");
        int english = count(page);
        page.navigate("/?q=extorsion");
        int spanish = count(page);
        assertThat(english).as("/?lang=en&q=extortion finds what /?q=extorsion finds").isPositive().isEqualTo(spanish);

        page.navigate("/?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.getByLabel("Country seeking them").selectOption("VE");
        page.getByLabel("Offence", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Extortion"));
        page.getByLabel("With a reward only").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*offence=EXTORTION.*"));
        assertThat(page.url()).contains("lang=en", "country=VE", "reward=1");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(cards.first().locator(".offences")).containsText("Extortion");
        assertThat(page.locator("main")).not().containsText("Extorsión");
        assertThat(cards.first()).containsText("by Venezuela");
        assertThat(page.locator("section.captured h2")).hasText("Recently captured");
        assertThat(page.locator("section.captured")).containsText("Baldomero Ucañán Trejo");
        fitsTheScreen(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-phone-filters-en.png")));

        // paging keeps the filters: the country alone fills more than one page
        page.navigate("/?lang=en&country=VE");
        Locator next = page.locator(".pager a[rel=next]");
        assertThat(next).isVisible();
        next.click();
        page.waitForURL(Pattern.compile(".*page=1.*"));
        assertThat(page.url()).contains("country=VE", "lang=en");
        assertThat(page.locator("article.card").first()).containsText("by Venezuela");
        fitsTheScreen(page);
    }

    @Test
    void an_officer_finds_a_notice_in_the_console_by_its_reference() {
        Http.Response listed = http("ve.analyst").get("/api/v1/notices?q=rusthenford");
        String reference = listed.json().get("items").get(0).get("reference").asString();
        Page page = open(false);
        signIn(page, "co.analyst");
        page.navigate("/console/notices");
        page.locator("#q").fill(reference);
        page.locator("#q").press("Enter");
        page.waitForURL(Pattern.compile(".*q=.*"));
        Locator rows = page.locator("table tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText(reference);
        rows.first().locator("a").first().click();
        assertThat(page.locator("h1")).hasText("Héctor Rusthenford Guerrero Flores");
        assertThat(page.locator("main")).containsText(reference);
        screenshot(page, "console-found-by-reference");
    }
}
