package org.sabueso.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, items 7 and 8 as their users walk them in Chromium: the auditor filters the audit
 * page by person and action and follows an entry to its notice; an analyst sends the new-notice
 * form empty, without JavaScript, and gets every required field named at once with the page on
 * the first. Writes target/screenshots/audit.png (committed as docs/screens/audit.png).
 */
class AuditAndFormsBrowserTest extends BrowserTest {

    @Test
    void the_auditor_filters_the_trail_and_follows_an_entry_to_its_notice() {
        // a notice the auditor may open, read by an analyst: the entry the auditor will follow
        String list = http("auditor").get("/console/notices").body();
        Matcher m = Pattern.compile("href=\"/console/notices/([0-9a-f-]{36})\"").matcher(list);
        assertThat(m.find()).isTrue();
        UUID notice = UUID.fromString(m.group(1));
        assertThat(http("co.analyst").get("/api/v1/notices/" + notice).status()).isEqualTo(200);

        Page page = open(true);
        signIn(page, "auditor");
        page.navigate("/console/audit");
        assertThat(page.locator(".main-nav")).isVisible();
        assertThat(page.locator("form.logout button")).isVisible();
        assertThat(page.locator(".languages a[hreflang=en]")).isVisible();

        page.locator("#actor").fill("co.analyst");
        page.locator("#action").selectOption("notice.read");
        page.locator("#audit-filter button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*actor=co\\.analyst.*"));
        Locator who = page.locator("#audit-entries .who-name");
        assertThat(who.first()).hasText("co.analyst");
        assertThat(who.allTextContents()).allSatisfy(w -> assertThat(w.strip()).isEqualTo("co.analyst"));
        assertThat(page.locator(".audit-what").first()).hasText("Abrió un aviso");
        assertThat(page.locator("#head-hash")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("audit.png")));

        Locator entry = page.locator("a.record-link[href='/console/notices/" + notice + "']").first();
        assertThat(entry).isVisible();
        entry.click();
        page.waitForURL(Pattern.compile(".*/console/notices/" + notice));
        assertThat(page.locator("h1")).isVisible();

        // the same page in English, from the language switch
        page.navigate("/console/audit?actor=co.analyst&action=notice.read");
        page.locator(".languages a[hreflang=en]").click();
        assertThat(page.locator(".audit-what").first()).hasText("Opened a notice");
        assertThat(page.locator("#action option[selected]")).hasText("Opened a notice");
    }

    @Test
    void an_empty_notice_form_names_every_required_field_at_once_and_lands_on_the_first_without_javascript() {
        Page page = open(false);
        signIn(page, "ve.analyst");
        page.navigate("/console/notices/new");
        page.locator("#notice-form button[type=submit]").click();

        for (String field : new String[]{"name", "offences", "warrantReference", "legalBasis"}) {
            assertThat(page.locator("#" + field + "-error")).isVisible();
            assertThat(page.locator("#" + field)).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#error-summary a[href='#" + field + "']")).isVisible();
        }
        assertThat(page.locator("#name")).isFocused();
        assertThat(page.locator("#name")).isInViewport();
        screenshot(page, "console-form-all-errors");
    }
}
