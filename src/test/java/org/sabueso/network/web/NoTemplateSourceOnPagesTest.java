package org.sabueso.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.web.HtmlClient;

/**
 * No page shows template source: every timeline heading once read "Cronología: <title
 * th:text=…>" because the page's model named something as the layout's fragment parameter.
 * The test walks the console from the network pages outwards (and the public side), in both
 * languages, and reads each page's text as a person sees it: a {@code th:} attribute or a
 * {@code #{…}} message key in it is template source that leaked.
 */
class NoTemplateSourceOnPagesTest extends IntegrationTest {

    /** Pages read per language: the network pages and every page family they link to, in a few seconds. */
    static final int PAGES = 50;
    static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    static final Pattern SOURCE = Pattern.compile("(?<![\\p{L}\\p{N}])th:[a-z]|#\\{|\\$\\{");
    static final List<String> SKIP = List.of("/logout", "/api/", "/webjars/", "/css/", "/js/", "/img/", "/swagger",
            "/v3/", ".pdf", ".csv", ".graphml", ".json", ".png", ".jpg", "/photos/", "export");

    @Test
    void no_page_shows_th_attributes_or_message_keys_in_its_text() {
        HtmlClient analyst = new HtmlClient(port, "ve.analyst", PASSWORD);
        String tda = http("ve.analyst").get("/api/v1/organizations?q=tren").json().get("items").get(0).get("id").asString();
        String guerrero = null;
        for (var m : http("ve.analyst").get("/api/v1/organizations/" + tda).json().get("members")) {
            if (m.get("name").asString().contains("Guerrero Flores")) {
                guerrero = m.get("personId").asString();
            }
        }
        List<String> seeds = List.of("/console/network/timeline?node=" + tda, "/console/network/timeline?node=" + guerrero,
                "/console/network/graph?node=" + tda + "&depth=2", "/console/network/organisations/" + tda,
                "/console/network", "/console", "/");
        List<String> leaks = new ArrayList<>();
        int read = 0;
        for (String lang : List.of("es", "en")) {
            Deque<String> queue = new ArrayDeque<>();
            Set<String> seen = new LinkedHashSet<>();
            seeds.forEach(s -> queue.add(s + (s.contains("?") ? "&" : "?") + "lang=" + lang));
            while (!queue.isEmpty() && seen.size() < PAGES) {
                String path = queue.poll();
                if (!seen.add(path)) {
                    continue;
                }
                HttpResponse<String> page = analyst.get(path);
                if (page.statusCode() >= 300 && page.statusCode() < 400) {
                    continue;
                }
                read++;
                String html = page.body();
                Matcher leak = SOURCE.matcher(text(html));
                if (leak.find()) {
                    String t = text(html);
                    leaks.add(path + ": …" + t.substring(Math.max(0, leak.start() - 40), Math.min(t.length(), leak.end() + 40)) + "…");
                }
                Matcher link = LINK.matcher(html);
                while (link.find()) {
                    String href = link.group(1).replace("&amp;", "&");
                    if (SKIP.stream().noneMatch(href::contains) && !seen.contains(href)) {
                        queue.add(href.contains("lang=") ? href : href + (href.contains("?") ? "&" : "?") + "lang=" + lang);
                    }
                }
            }
        }
        assertThat(read).as("pages read").isGreaterThan(50);
        assertThat(leaks).as("pages showing template source").isEmpty();
    }

    /** What a person reads: scripts and styles out, tags out, then character references resolved. */
    static String text(String html) {
        String t = html.replaceAll("(?is)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}
