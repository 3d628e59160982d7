package org.sabueso.network.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.sabueso.web.BrowserTest;
import tools.jackson.databind.JsonNode;

/**
 * What an analyst does with Tren de Aragua in the console: opens the organisation, expands
 * Guerrero Flores to his associates on the drawn graph, finds the shortest path between two
 * members, sees the 2023 raid and Peru's reward on the timeline, exports the chart; and the same
 * pages without JavaScript. Another agency's analyst never sees Colombia's restricted associate.
 */
class NetworkJourneyTest extends BrowserTest {

    /**
     * The first drawing waits on a fetch and a layout: on a loaded 2-core CI machine that took
     * more than Playwright's default 5 s, so the wait for it is a bound, not a speed assertion.
     */
    static final LocatorAssertions.HasAttributeOptions READY = new LocatorAssertions.HasAttributeOptions().setTimeout(30_000);


    static final String RESTRICTED = "Wilmer Enrique Salazar Rincón";

    private JsonNode trenDeAragua() {
        String id = http("ve.analyst").get("/api/v1/organizations?q=tren").json().get("items").get(0).get("id").asString();
        return http("ve.analyst").get("/api/v1/organizations/" + id).json();
    }

    @Test
    void an_analyst_explores_tren_de_aragua_expands_guerrero_finds_a_path_and_reads_the_timeline() throws Exception {
        Page page = open(true);
        signIn(page, "ve.analyst");
        page.locator(".main-nav a[href*='/console/network']").click();
        page.locator(".org-card h2 a", new Page.LocatorOptions().setHasText("Tren de Aragua")).click();
        assertThat(page.locator("h1")).hasText("Tren de Aragua");
        assertThat(page.locator("#role-leader")).containsText("Guerrero Flores");
        assertThat(page.locator("#countries")).containsText("Perú");
        assertThat(page.locator("#designations")).containsText("Organización terrorista extranjera");
        screenshot(page, "network-organisation");

        // the graph around the organisation, then Guerrero Flores expanded to his associates
        page.locator("#open-graph").click();
        assertThat(page.locator("#graph")).hasAttribute("data-ready", "true", READY);
        int before = Integer.parseInt(page.locator("#graph").getAttribute("data-links"));
        Locator guerrero = page.locator("#node-list li.node-row", new Page.LocatorOptions().setHasText("Guerrero Flores"));
        guerrero.locator("a.expand").focus();
        page.keyboard().press("Enter");
        assertThat(guerrero).hasAttribute("data-expanded", "true");
        int after = Integer.parseInt(page.locator("#graph").getAttribute("data-links"));
        assertThat(after).as("links drawn after expanding").isGreaterThan(before);
        List<String> associates = new ArrayList<>();
        for (String row : page.locator("#link-table tbody tr").allInnerTexts()) {
            if (row.contains("Guerrero Flores") && row.contains("Asociado")) {
                associates.add(row);
            }
        }
        assertThat(associates).as("associate links of Guerrero Flores in the table").hasSizeGreaterThanOrEqualTo(8);
        assertThat(page.locator("body")).not().containsText(RESTRICTED);
        assertThat(page.locator("#suggestion-list li").first()).isVisible();
        screenshot(page, "network-graph-expanded");

        // export the drawing as PNG
        Download png = page.waitForDownload(() -> page.locator("#export-png").click());
        assertThat(png.suggestedFilename()).isEqualTo("sabueso-chart.png");
        byte[] bytes = Files.readAllBytes(png.path());
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 1, 3)).isEqualTo("PNG");

        // the shortest path between two members of different cells
        List<String> members = new ArrayList<>();
        trenDeAragua().get("members").forEach(m -> {
            if (m.get("role").asString().equals("MEMBER")) {
                members.add(m.get("personId").asString());
            }
        });
        page.locator("#path-from").selectOption(members.getFirst());
        page.locator("#path-to").selectOption(members.getLast());
        page.locator("#path-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/console/network/path.*"));
        assertThat(page.locator("#path-summary")).isVisible();
        assertThat(page.locator("#path-steps li").count()).isGreaterThanOrEqualTo(3);
        assertThat(page.locator("#graph")).hasAttribute("data-ready", "true", READY);
        screenshot(page, "network-path");

        // the timeline: the raid and Peru's reward (which reaches it from the reward module's event)
        page.navigate("/console/network/timeline?node=" + trenDeAragua().get("organisation").get("id").asString());
        // the reward arrives after the reward module's commit, seconds after start at most; Playwright
        // is driven from this thread only
        await("Peru's reward on the timeline page").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .pollInSameThread().until(() -> {
                    if (page.locator("#year-2023").innerText().contains("Recompensa")) {
                        return true;
                    }
                    page.reload();
                    return false;
                });
        Locator year = page.locator("#year-2023");
        assertThat(year.locator("li.event-raid")).containsText("Retoma del penal de Tocorón");
        assertThat(year.locator("li.event-raid time")).hasText("20/09/2023");
        assertThat(year.locator("li.event-reward")).containsText("S/");
        assertThat(year.locator("li.event-reward time")).hasText("25/09/2023");
        screenshot(page, "network-timeline");
    }

    @Test
    void a_chart_is_saved_and_exported_as_graphml() {
        Page page = open(true);
        signIn(page, "pe.analyst");
        page.navigate("/console/network?q=aragua");
        page.locator(".org-card h2 a").first().click();
        page.locator("#open-graph").click();
        assertThat(page.locator("#graph")).hasAttribute("data-ready", "true", READY);
        page.locator("#chart-name").fill("TdA <b>Lima</b>");
        page.locator("#save-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/console/network/charts/.*"));
        assertThat(page.locator("h1")).hasText("TdA <b>Lima</b>");
        assertThat(page.locator(".flash.success")).isVisible();
        assertThat(page.locator("#graph")).hasAttribute("data-ready", "true", READY);
        Download graphMl = page.waitForDownload(() -> page.locator("#export-graphml").click());
        assertThat(graphMl.suggestedFilename()).isEqualTo("sabueso-chart.graphml");
        page.navigate("/console/network/charts");
        assertThat(page.locator("main")).containsText("TdA <b>Lima</b>");
    }

    @Test
    void without_javascript_the_organisation_page_and_the_neighbourhood_tables_still_work() {
        Page page = open(false);
        signIn(page, "cl.analyst");
        page.navigate("/console/network");
        page.locator(".org-card h2 a", new Page.LocatorOptions().setHasText("Tren de Aragua")).click();
        assertThat(page.locator("#members")).containsText("Guerrero Flores");
        assertThat(page.locator("#timeline")).containsText("Retoma del penal de Tocorón");
        page.locator("#role-leader a", new Page.LocatorOptions().setHasText("Guerrero Flores")).click();
        assertThat(page.locator("#node-list")).containsText("Tren de Aragua");
        assertThat(page.locator("#link-table")).containsText("Asociado");
        assertThat(page.locator("#export-png")).isHidden();
        assertThat(page.locator("body")).not().containsText(RESTRICTED);
        // expanding is a plain link without scripts
        page.locator("#node-list li.node-row", new Page.LocatorOptions().setHasText("Tren de Aragua"))
                .locator("a.expand").click();
        assertThat(page.locator("h1")).hasText("Grafo de vínculos");
        assertThat(page.locator("#node-list")).containsText("Centro Penitenciario de Aragua (Tocorón)");
        screenshot(page, "network-graph-without-js");
    }

    @Test
    void colombia_sees_its_restricted_associate_in_the_console_and_no_one_else_does() {
        Page colombia = open(false);
        signIn(colombia, "co.analyst");
        String guerrero = null;
        for (JsonNode m : trenDeAragua().get("members")) {
            if (m.get("name").asString().contains("Guerrero Flores")) {
                guerrero = m.get("personId").asString();
            }
        }
        colombia.navigate("/console/network/graph?node=" + guerrero + "&depth=1");
        assertThat(colombia.locator("#node-list")).containsText(RESTRICTED);
        colombia.navigate("/console/network/timeline?node=" + guerrero);
        assertThat(colombia.locator("main")).containsText("Avistamiento reservado");

        Page peru = open(false);
        signIn(peru, "pe.analyst");
        peru.navigate("/console/network/graph?node=" + guerrero + "&depth=2");
        assertThat(peru.locator("#node-list")).not().containsText(RESTRICTED);
        peru.navigate("/console/network/timeline?node=" + guerrero);
        assertThat(peru.locator("main")).not().containsText("Avistamiento reservado");
        peru.navigate("/console/network/graph?q=Salazar");
        assertThat(peru.locator("#found")).not().containsText(RESTRICTED);
    }
}
