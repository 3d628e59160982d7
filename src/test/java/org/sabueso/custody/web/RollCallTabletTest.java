package org.sabueso.custody.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.web.BrowserTest;

/**
 * Prison staff on a tablet (820 x 1180) take a roll call in a wing of three: marking one prisoner
 * absent takes them off "Internos contados" as they tap, and the count is recorded; without
 * JavaScript the same marks give the same count on the server.
 */
class RollCallTabletTest extends BrowserTest {

    static final List<String> PRISONERS = List.of("Álvaro Tableta Uno", "Bruno Tableta Dos", "César Tableta Tres");

    /** A facility of the test's own with one wing of three files, so the demo's roll calls stay as they are. */
    String facilityOfThree(String tag) {
        Http.Response created = http("ve.supervisor").postJson("/api/v1/facilities", Map.of(
                "name", "Centro de Prueba Tableta " + tag, "region", "Miranda", "designCapacity", 60, "oversightScope", "NATIONAL",
                "units", List.of(Map.of("name", "Pabellón A", "kind", "WING", "cellType", "DORMITORY", "floorAreaM2", 300))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String facility = created.json().get("id").asString();
        String wing = http("ve.prison").get("/api/v1/facilities/" + facility).json().get("units").get(0).get("id").asString();
        for (int i = 0; i < PRISONERS.size(); i++) {
            Http.Response r = http("ve.prison").postJson("/api/v1/facilities/" + facility + "/prisoners", Map.of(
                    "unitId", wing, "person", Map.of("name", PRISONERS.get(i) + " " + tag, "birthDate", "1991",
                            "nationality", "VE", "sex", "MALE"),
                    "fileNumber", "TAB-" + tag + "-" + i, "admittedOn", "2025-03-01", "commitmentAuthority", "Tribunal de Control 1",
                    "commitmentReason", "Hurto", "commitmentDate", "2025-02-27", "commitmentReference", "OR-TAB-" + tag + i));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        return facility;
    }

    Page tablet(boolean javaScript) {
        return open(new Browser.NewContextOptions().setViewportSize(820, 1180).setIsMobile(true).setHasTouch(true)
                .setJavaScriptEnabled(javaScript));
    }

    void openRollCall(Page officer, String facility) {
        officer.navigate("/console/custody/facilities/" + facility);
        officer.locator("#units a[data-unit='Pabellón A']").click();
        assertThat(officer.locator("h1")).hasText("Pasar lista: Pabellón A");
        assertThat(officer.locator(".lead")).hasText("Se esperan 3 internos según los expedientes.");
        assertThat(officer.locator("#counted")).hasValue("3");
    }

    @Test
    void marking_a_prisoner_absent_changes_the_count_and_the_roll_call_is_recorded() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String facility = facilityOfThree(tag);
        Page officer = tablet(true);
        signIn(officer, "ve.prison");
        openRollCall(officer, facility);

        officer.locator(".tap-row label").filter(new Locator.FilterOptions().setHasText(PRISONERS.get(1))).tap();
        assertThat(officer.locator("#counted")).hasValue("2");
        assertThat(officer.locator("#counted-live")).hasText("2");
        officer.locator(".tap-row label").filter(new Locator.FilterOptions().setHasText(PRISONERS.get(1))).tap();
        assertThat(officer.locator("#counted")).hasValue("3"); // unmarked again
        officer.locator(".tap-row label").filter(new Locator.FilterOptions().setHasText(PRISONERS.get(1))).tap();
        assertThat(officer.locator("#counted")).hasValue("2");
        screenshot(officer, "rollcall-tablet");
        officer.locator(".tap-submit").tap();

        assertThat(officer.locator(".flash.success")).containsText("Recuento registrado con una discrepancia");
        Locator recorded = officer.locator("#roll-calls .roll-call").first();
        assertThat(recorded).containsText("Pabellón A");
        assertThat(recorded).containsText("2 de 3 contados por ve.prison");
    }

    @Test
    void without_javascript_the_marks_give_the_same_count() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String facility = facilityOfThree(tag);
        Page officer = tablet(false);
        signIn(officer, "ve.prison");
        openRollCall(officer, facility);
        officer.locator(".tap-row label").filter(new Locator.FilterOptions().setHasText(PRISONERS.get(0))).tap();
        assertThat(officer.locator("#counted")).hasValue("3"); // no script: the page keeps its proposal
        officer.locator(".tap-submit").tap();

        assertThat(officer.locator(".flash.success")).containsText("Recuento registrado con una discrepancia");
        assertThat(officer.locator("#roll-calls .roll-call").first()).containsText("2 de 3 contados por ve.prison");
    }
}
