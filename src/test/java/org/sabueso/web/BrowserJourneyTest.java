package org.sabueso.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * What people do, in a real headless Chromium: the public reads the portal in Spanish and
 * English, with and without JavaScript; an analyst drafts a public notice through the form and
 * submits it; a supervisor approves it; the public then finds it. Screenshots of each page go
 * to target/screenshots/. Any error in the browser console (a CSP violation, a failed script)
 * fails the test.
 */
class BrowserJourneyTest extends BrowserTest {

    @Test
    void the_public_reads_the_portal_in_spanish_and_english_with_and_without_javascript() {
        for (boolean javaScript : new boolean[]{true, false}) {
            String mode = javaScript ? "js" : "nojs";
            Page page = open(javaScript);
            // found by name: the front page lists the most recently changed public notices first, and the
            // shared context's other tests add and change public notices of their own
            page.navigate("/?q=Guerrero+Flores");
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Personas buscadas"))).isVisible();
            Locator guerrero = page.locator("article.card").filter(new Locator.FilterOptions().setHasText("Guerrero Flores"));
            assertThat(guerrero).isVisible();
            assertThat(text(guerrero.locator(".reward-amount").first())).isEqualTo("S/ 500.000");
            assertThat(text(guerrero.locator(".reward-converted").first())).isEqualTo("≈ US$ 133.000 al tipo de cambio del 25/09/2023");
            screenshot(page, "portal-es-" + mode);

            page.locator(".languages").getByText("English").click();
            page.waitForURL(Pattern.compile(".*lang=en.*"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wanted persons"))).isVisible();
            guerrero = page.locator("article.card").filter(new Locator.FilterOptions().setHasText("Guerrero Flores"));
            assertThat(text(guerrero.locator(".reward-amount").first())).isEqualTo("S/ 500,000");
            assertThat(text(guerrero.locator(".reward-converted").first())).isEqualTo("≈ US$ 133,000 at the exchange rate of 25 Sep 2023");
            assertThat(guerrero).containsText("by Venezuela");
            screenshot(page, "portal-en-" + mode);

            page.getByLabel("Search by name, alias or offence").fill("niño guerrero");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            page.waitForURL(Pattern.compile(".*q=.*"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("article.card")).hasCount(1);

            page.locator("article.card h2 a").click();
            assertThat(page.locator("h1")).hasText("Héctor Rusthenford Guerrero Flores");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator(".reward-panel h2")).hasText("Rewards");
            assertThat(page.locator(".reward-panel")).containsText("Policía Nacional del Perú");
            screenshot(page, "portal-notice-en-" + mode);

            page.locator(".languages").getByText("Español").click();
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.locator(".reward-panel h2")).hasText("Recompensas");
            assertThat(page.locator(".requested-action")).containsText("detención con fines de extradición");
        }
        Page phone = open(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
        phone.navigate("/");
        assertThat(phone.locator("article.card").first()).isVisible();
        screenshot(phone, "portal-mobile");
    }

    @Test
    void an_analyst_drafts_a_public_notice_a_supervisor_approves_it_and_the_public_finds_it() {
        String surname = "Prueba" + randomLetters(8);
        String name = "Aurelio Benigno " + surname + " Quintero";

        Page analyst = open(true);
        signIn(analyst, "ve.analyst");
        assertThat(analyst.locator("h1")).hasText("Panel");
        screenshot(analyst, "console-dashboard");

        analyst.locator(".main-nav").getByText("Nuevo aviso").click();
        assertThat(analyst.locator("h1")).hasText("Nuevo aviso de búsqueda");
        analyst.locator("#name").fill(name);
        analyst.locator("#nicknames").fill("El Benigno");
        analyst.locator("#birthDate").fill("1990-13-45");
        analyst.locator("#sex").selectOption("MALE");
        analyst.locator("#nationalities").fill("VE, CO");
        analyst.locator("#documents-0-type").selectOption("national_id");
        analyst.locator("#documents-0-number").fill("V-19.876.543");
        analyst.locator("#documents-0-country").fill("VE");
        analyst.locator("#heightCm").fill("178");
        analyst.locator("#build").fill("robusto");
        analyst.locator("#marks").fill("cicatriz en la ceja izquierda");
        analyst.locator("#offences").fill("Homicidio\nEvasión");
        analyst.locator("#summary").fill("Fugado del Centro Penitenciario de Aragua (prueba automatizada).");
        analyst.locator("#warrantReference").fill("VE-TC-ARAGUA-2023-E2E");
        analyst.locator("#legalBasis").fill("Código Orgánico Procesal Penal, art. 236");
        analyst.locator("#requestedAction").selectOption("ARREST_FOR_EXTRADITION");
        analyst.locator("#scope-PUBLIC").check();
        analyst.locator("#notice-form button[type=submit]").click();

        assertThat(analyst.locator("#birthDate-error")).containsText("Esa fecha no existe");
        assertThat(analyst.locator("#birthDate")).hasAttribute("aria-invalid", "true");
        assertThat(analyst.locator("#error-summary")).containsText("Fecha de nacimiento");
        assertThat(analyst.locator("#name")).hasValue(name);
        assertThat(analyst.locator("#offences")).hasValue("Homicidio\nEvasión");
        assertThat(analyst.locator("#scope-PUBLIC")).isChecked();
        screenshot(analyst, "console-form-error");
        assertThat(http("ve.analyst").get("/api/v1/notices?q=" + surname).json().get("total").asLong())
                .as("nothing is saved while the form has errors").isZero();

        analyst.locator("#birthDate").fill("1990-07");
        analyst.locator("#notice-form button[type=submit]").click();
        assertThat(analyst.locator(".flash.success")).hasText("Borrador guardado.");
        assertThat(analyst.locator("h1")).hasText(name);
        assertThat(analyst.locator(".eyebrow .status")).hasText("Borrador");

        analyst.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Editar borrador")).click();
        assertThat(analyst.locator("h1")).hasText("Editar borrador");
        assertThat(analyst.locator("#birthDate")).hasValue("1990-07");
        assertThat(analyst.locator("#documents-0-number")).hasValue("V-19.876.543");
        analyst.locator("#aliases").fill("Aurelio Quintero");
        analyst.locator("#notice-form button[type=submit]").click();
        assertThat(analyst.locator(".flash.success")).hasText("Cambios guardados.");
        assertThat(analyst.locator(".facts").first()).containsText("Aurelio Quintero");

        analyst.locator("form[action*='/submit'] button").click();
        assertThat(analyst.locator(".flash.success")).hasText("Aviso enviado a revisión.");
        assertThat(analyst.locator(".eyebrow .status")).hasText("En revisión");
        analyst.locator(".logout button").click();
        assertThat(analyst.locator("h1")).hasText("Personas buscadas");

        Page supervisor = open(true);
        signIn(supervisor, "ve.supervisor");
        supervisor.locator(".main-nav").getByText("Revisión").click();
        assertThat(supervisor.locator("h1")).hasText("Cola de revisión");
        screenshot(supervisor, "console-reviews");
        supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        assertThat(supervisor.locator("h1")).hasText(name);

        supervisor.locator("#noPoliticalCharacter").check();
        supervisor.locator("#noMilitaryCharacter").check();
        supervisor.locator("#noReligiousCharacter").check();
        supervisor.locator("#decision-approve").check();
        supervisor.locator("form[action*='/review'] button").click();
        assertThat(supervisor.locator(".flash.error")).containsText("artículo 3");
        assertThat(supervisor.locator(".eyebrow .status")).hasText("En revisión");

        supervisor.locator("#noPoliticalCharacter").check();
        supervisor.locator("#noMilitaryCharacter").check();
        supervisor.locator("#noReligiousCharacter").check();
        supervisor.locator("#noRacialCharacter").check();
        supervisor.locator("#decision-approve").check();
        supervisor.locator("#review-comment").fill("Cumple el artículo 3.");
        supervisor.locator("form[action*='/review'] button").click();
        assertThat(supervisor.locator(".flash.success")).hasText("Aviso aprobado y activado.");
        assertThat(supervisor.locator(".eyebrow .status")).hasText("Activo");
        assertThat(supervisor.locator(".timeline")).containsText("ve.supervisor lo pasó de En revisión a Activo");

        supervisor.locator("#transition-status").selectOption("LOCATED");
        supervisor.locator("form[action*='/transition'] button").click();
        assertThat(supervisor.locator(".flash.error")).hasText("Indique el motivo.");
        supervisor.locator("#transition-status").selectOption("LOCATED");
        supervisor.locator("#transition-reason").fill("Avistado en Lima (prueba)");
        supervisor.locator("form[action*='/transition'] button").click();
        assertThat(supervisor.locator(".flash.success")).hasText("Estado cambiado.");
        assertThat(supervisor.locator(".eyebrow .status")).hasText("Localizado");
        supervisor.locator("#renew-reason").fill("Sigue prófugo");
        supervisor.locator("form[action*='/renew'] button").click();
        assertThat(supervisor.locator(".flash.success")).hasText("Vigencia renovada.");
        assertThat(supervisor.locator(".timeline")).containsText("Renovado por ve.supervisor");
        screenshot(supervisor, "console-notice");

        Page anyone = open(false);
        anyone.navigate("/?q=" + surname);
        anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        assertThat(anyone.locator("h1")).hasText(name);
        assertThat(anyone.locator(".nicknames")).containsText("El Benigno");
        assertThat(anyone.locator(".facts")).containsText("1990");
        assertThat(anyone.locator("body")).not().containsText("V-19.876.543");
    }

    @Test
    void the_console_list_filters_without_javascript_and_refreshes_in_place_with_it() {
        Page plain = open(false);
        signIn(plain, "pe.analyst");
        plain.navigate("/console/notices?lang=en");
        assertThat(plain.locator("h1")).hasText("Notices");
        plain.locator("#status").selectOption("ACTIVE");
        plain.locator("#q").fill("rusthenford");
        plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        plain.waitForURL(Pattern.compile(".*status=ACTIVE.*"));
        assertThat(plain.locator("html")).hasAttribute("lang", "en");
        assertThat(plain.locator("#results tbody tr")).hasCount(1);
        assertThat(plain.locator("#results")).containsText("Héctor Rusthenford Guerrero Flores");

        Page enhanced = open(true);
        signIn(enhanced, "ve.analyst");
        enhanced.navigate("/console/notices");
        enhanced.evaluate("() => window.sabuesoMarker = 'same page'");
        enhanced.locator("#q").fill("petrica");
        assertThat(enhanced.locator("#results tbody tr")).hasCount(1);
        assertThat(enhanced.locator("#results")).containsText("Yohan José Romero");
        enhanced.waitForURL(Pattern.compile(".*q=petrica.*"));
        assertThat(enhanced.evaluate("() => window.sabuesoMarker")).as("htmx swapped the results in place").isEqualTo("same page");
        screenshot(enhanced, "console-list");
    }

    private static String randomLetters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}
