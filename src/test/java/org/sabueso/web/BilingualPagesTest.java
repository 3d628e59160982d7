package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.sabueso.Imports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page family, asked for in English, shows no Spanish label word, and asked for in
 * Spanish shows no English one; and its {@code <html lang>} says the language it was asked for.
 * The words come from the application's own bundles ({@link LabelWords}), not from a hand list.
 *
 * <p>What is checked: every text node, the page title, and the attributes a person reads or
 * hears ({@code title}, {@code alt}, {@code placeholder}, {@code aria-label}, a button's
 * {@code value}). What is not: text inside an element marked {@code data-i18n-skip}, or inside an
 * element whose {@code lang} names another language than the page's. Templates mark in this way the
 * text people wrote (a notice's summary written by its agency, a tip, a note, a reason), which
 * stays in the language it was written in. Checking only the text rendered from message keys
 * would have been simpler but blind to exactly what this test is for: a literal left in a
 * template or a sentence made in Java never passes through a message key. Names of people,
 * agencies, facilities, units, organisations and places are data too, but they are everywhere;
 * their words are taken out of the word lists instead (read from the database the pages show).
 *
 * <p>Every failure of every page is collected and reported in one assertion, so one run names all
 * that is left to translate, page by page.
 */
class BilingualPagesTest extends BrowserTest {

    /** Walks the page, skipping data regions, and answers [where, text] pairs. */
    private static final String TEXTS = """
            () => {
              const lang = document.documentElement.getAttribute('lang');
              const out = [];
              const attributes = ['title', 'alt', 'placeholder', 'aria-label'];
              const where = el => {
                let s = el.tagName.toLowerCase();
                if (el.id) return s + '#' + el.id;
                if (el.classList && el.classList.length) s += '.' + Array.from(el.classList).join('.');
                return s;
              };
              const walk = el => {
                if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName.toUpperCase())) return;
                if (el.hasAttribute('data-i18n-skip')) return;
                if (el !== document.documentElement && el.hasAttribute('lang') && el.getAttribute('lang') !== lang) return;
                for (const a of attributes) {
                  if (el.hasAttribute(a)) out.push([where(el) + '@' + a, el.getAttribute(a)]);
                }
                if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type) && el.value) {
                  out.push([where(el) + '@value', el.value]);
                }
                for (const c of el.childNodes) {
                  if (c.nodeType === Node.TEXT_NODE) {
                    const t = c.textContent.replace(/\\s+/g, ' ').trim();
                    if (t) out.push([where(el), t]);
                  } else if (c.nodeType === Node.ELEMENT_NODE) {
                    walk(c);
                  }
                }
              };
              walk(document.documentElement);
              return out;
            }
            """;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_page_family_shows_only_words_of_the_language_it_was_asked_for() {
        String importId = anImportUnderReview();
        Map<String, List<String>> failures = new LinkedHashMap<>();

        String tag = "bilingue" + ThreadLocalRandom.current().nextInt(1_000_000);
        Page visitor = open(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100." + (1 + ThreadLocalRandom.current().nextInt(254)))));
        String noticePath = pathOf(firstLink(visitor, "/?q=Guerrero", "article.card h2 a"));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("portal index", "/");
        pages.put("portal notice", noticePath);
        pages.put("tip form", noticePath + "/tip");
        pages.put("tip follow-up", "/tips/follow-up");
        pages.put("login", "/login");
        visitAll(visitor, pages, failures);
        // error pages answer 404 and 403 on purpose: Chromium logs each as a console error, which
        // BrowserTest's contexts count as failures, so these two are read in a context of their own
        BrowserContext quiet = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
        try {
            visitAll(quiet.newPage(), Map.of("error 404", "/no-such-page"), failures);
            Page analyst = quiet.newPage();
            signIn(analyst, "ve.analyst");
            visitAll(analyst, Map.of("error 403", "/console/audit"), failures);
        } finally {
            quiet.close();
        }
        String codename = sendTip(visitor, noticePath, tag);
        check(visitor, "tip receipt", "es", failures);
        for (String lang : List.of("es", "en")) {
            visitor.navigate(withLanguage("/tips/follow-up", lang));
            visitor.locator("#codename").fill(codename);
            visitor.locator("#follow-up-submit").click();
            visitor.waitForURL(Pattern.compile(".*/tips/follow-up.*"));
            check(visitor, "tip follow-up with the codename", lang, failures);
        }

        Page supervisor = open(true);
        signIn(supervisor, "ve.supervisor");
        pages.clear();
        pages.put("console dashboard", "/console");
        pages.put("notices list", "/console/notices");
        pages.put("notice detail", pathOf(firstLink(supervisor, "/console/notices?q=Guerrero", "td a[href*='/console/notices/']")));
        pages.put("notice form", "/console/notices/new");
        pages.put("notice reviews", "/console/reviews");
        pages.put("notice import", "/console/imports/" + importId);
        pages.put("screening form", "/console/screening");
        pages.put("hits", "/console/hits");
        pages.put("links", "/console/links");
        pages.put("network organisations", "/console/network");
        String organisation = pathOf(firstLink(supervisor, "/console/network", "a[href*='/console/network/organisations/']"));
        pages.put("network organisation", organisation);
        pages.put("network graph", pathOf(firstLink(supervisor, organisation, "#open-graph")));
        pages.put("network timeline", pathOf(firstLink(supervisor, organisation, "a[href*='/console/network/timeline']")));
        pages.put("network path", pathBetweenTwoPeople(supervisor, organisation));
        pages.put("network charts", "/console/network/charts");
        visitAll(supervisor, pages, failures);

        Page tipDesk = open(true);
        signIn(tipDesk, "pe.analyst");
        pages.clear();
        pages.put("tips inbox", "/console/tips");
        tipDesk.navigate("/console/tips");
        pages.put("tip detail", pathOf(tipDesk.locator("a.tip-preview", new Page.LocatorOptions().setHasText(tag))
                .first().getAttribute("href")));
        pages.put("reward claims", "/console/claims");
        visitAll(tipDesk, pages, failures);

        Page border = open(true);
        signIn(border, "co.border");
        String screened = screenGuerrero(border);
        for (String lang : List.of("es", "en")) {
            // the answer of a POST cannot be asked for again by its address: the form is sent in each language
            border.navigate(withLanguage("/console/screening", lang));
            border.locator("#name").fill("HECTOR R. GUERRERO-FLORES");
            border.locator("#purpose").fill("control migratorio");
            border.locator("#screening-form button[type=submit]").click();
            border.locator("#results").waitFor();
            check(border, "screening result", lang, failures);
        }
        visitAll(border, Map.of("past screening", screened), failures);

        Page prison = open(true);
        signIn(prison, "ve.prison");
        pages.clear();
        pages.put("custody dashboard", "/console/custody");
        String facility = pathOf(firstLink(prison, "/console/custody?country=VE",
                "a[href*='/console/custody/facilities/']:has-text('Tocorón')"));
        pages.put("custody facility", facility);
        linked(prison, facility, "a[href*='/console/custody/prisoners/']", "custody prisoner", pages, failures);
        linked(prison, facility, "a[href*='/roll-call']", "custody roll call", pages, failures);
        linked(prison, facility, "a[href*='/console/custody/incidents/']", "custody incident", pages, failures);
        visitAll(prison, pages, failures);
        // importing a facility's figures is a supervisor's work
        Page custodySupervisor = open(true);
        signIn(custodySupervisor, "ve.supervisor");
        visitAll(custodySupervisor, Map.of("custody import", "/console/custody/import", "tip line", "/console/tip-line"), failures);

        Page auditor = open(true);
        signIn(auditor, "auditor");
        visitAll(auditor, Map.of("audit", "/console/audit"), failures);

        assertThat(failures).as(report(failures)).isEmpty();
    }

    /** Visits each page in Spanish and in English and notes what it shows of the other language. */
    private void visitAll(Page page, Map<String, String> paths, Map<String, List<String>> failures) {
        for (var family : paths.entrySet()) {
            for (String lang : List.of("es", "en")) {
                Response r = page.navigate(withLanguage(family.getValue(), lang));
                assertThat(r).as("%s answered", family.getValue()).isNotNull();
                // an error page has no foreign word either: a page that broke must not pass as translated
                if (r.status() >= 400 && !family.getKey().startsWith("error ")) {
                    failures.put("[" + lang + "] " + family.getKey() + " " + family.getValue(), List.of("answered " + r.status()));
                    continue;
                }
                check(page, family.getKey() + " " + family.getValue(), lang, failures);
            }
        }
    }

    private void check(Page page, String name, String lang, Map<String, List<String>> failures) {
        List<String> found = new ArrayList<>();
        String htmlLang = page.locator("html").getAttribute("lang");
        if (!lang.equals(htmlLang)) {
            found.add("<html lang=\"" + htmlLang + "\">");
        }
        LabelWords words = labelWords();
        @SuppressWarnings("unchecked")
        List<List<String>> texts = (List<List<String>>) page.evaluate(TEXTS);
        for (List<String> t : texts) {
            List<String> foreign = words.foreignIn(lang, t.get(1));
            if (!foreign.isEmpty()) {
                found.add(foreign + " in " + t.get(0) + " «" + abbreviated(t.get(1)) + "»");
            }
        }
        if (!found.isEmpty()) {
            failures.put("[" + lang + "] " + name, found);
        }
    }

    private LabelWords labelWords;

    /** Derived once the test's own data exist: names created for it are names too. */
    private LabelWords labelWords() {
        if (labelWords == null) {
            labelWords = LabelWords.fromBundles(I18nBundlesTest.I18N, properNames());
        }
        return labelWords;
    }

    /** Every name the pages may show: people, aliases, agencies, staff, facilities, units, organisations, places. */
    private List<String> properNames() {
        return jdbc.sql("""
                SELECT full_name FROM person UNION SELECT alias FROM person_alias
                UNION SELECT subject_name FROM notice UNION SELECT name FROM agency
                UNION SELECT display_name FROM app_user UNION SELECT name FROM facility
                UNION SELECT name FROM facility_unit UNION SELECT person_name FROM prisoner_file
                UNION SELECT name FROM organisation UNION SELECT unnest(aliases) FROM organisation
                UNION SELECT name FROM place UNION SELECT label FROM network_person
                """).query(String.class).list();
    }

    private static String report(Map<String, List<String>> failures) {
        StringBuilder sb = new StringBuilder(failures.size() + " page(s) show words of the other language:\n");
        failures.forEach((page, found) -> {
            sb.append(page).append('\n');
            new LinkedHashSet<>(found).forEach(f -> sb.append("    ").append(f).append('\n'));
        });
        return sb.toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "…";
    }

    static String withLanguage(String path, String lang) {
        String bare = path.replaceAll("([?&])lang=[a-z]+&?", "$1").replaceAll("[?&]$", "");
        if ("es".equals(lang)) {
            return bare;
        }
        return bare + (bare.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    private static String firstLink(Page page, String from, String selector) {
        page.navigate(from);
        assertThat(page.locator(selector).count()).as("links %s on %s", selector, from).isPositive();
        return page.locator(selector).first().getAttribute("href");
    }

    /** Adds the page a link of {@code from} leads to, or notes that {@code from} has no such link. */
    private static void linked(Page page, String from, String selector, String family, Map<String, String> pages,
                               Map<String, List<String>> failures) {
        page.navigate(from);
        if (page.locator(selector).count() == 0) {
            failures.put(family, List.of("not visited: no link " + selector + " on " + from));
        } else {
            pages.put(family, pathOf(page.locator(selector).first().getAttribute("href")));
        }
    }

    private static String pathOf(String href) {
        return href.replaceFirst("^https?://[^/]+", "");
    }

    /** The path page between two members of the organisation, as the graph's path finder asks for it. */
    private static String pathBetweenTwoPeople(Page page, String organisation) {
        page.navigate(organisation);
        List<String> nodes = page.locator("a[href*='/console/network/graph?node=']").all().stream()
                .map(a -> a.getAttribute("href").replaceFirst(".*node=([^&]+).*", "$1")).distinct().toList();
        assertThat(nodes).as("members on %s", organisation).hasSizeGreaterThan(1);
        return "/console/network/path?from=" + nodes.get(0) + "&to=" + nodes.get(1);
    }

    /** Screens the demo's best-known subject as a Colombian border officer; answers the past screening's path. */
    private static String screenGuerrero(Page page) {
        page.navigate("/console/screening");
        page.locator("#name").fill("HECTOR R. GUERRERO-FLORES");
        page.locator("#purpose").fill("control migratorio");
        page.locator("#screening-form button[type=submit]").click();
        page.locator("#results").waitFor();
        String href = page.locator("a[href*='/console/screening/']").first().getAttribute("href");
        assertThat(href).as("the result links to the screening's answers").isNotNull();
        return pathOf(href).replaceAll("[?&]lang=[a-z]+", "");
    }

    /** Sends a tip on the notice as the public does; answers the codename of its receipt (checked too, in Spanish). */
    private String sendTip(Page page, String noticePath, String tag) {
        page.navigate(noticePath + "/tip");
        page.locator("#tip-what").fill("Lo vi en un taller " + tag);
        page.locator("#tip-where").fill("Av. Huaylas, Chorrillos, Lima");
        page.locator(".tip-submit").click();
        page.locator("#codename").waitFor();
        return text(page.locator("#codename"));
    }

    /** An import of three wanted persons by ve.analyst, waiting for a supervisor's review. */
    private String anImportUnderReview() {
        StringBuilder t = new StringBuilder("Bi");
        for (int i = 0; i < 8; i++) {
            t.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        String ndjson = String.join("\n", wanted(t + "-1", "Ana " + t + " Mamani"), wanted(t + "-2", "Luz " + t + " Condori"));
        return Imports.idOf(http("ve.analyst").post("/api/v1/entities?scope=AGENCY", Imports.NDJSON, ndjson));
    }

    private static String wanted(String id, String name) {
        return "{\"id\":\"" + id + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + name + "\"],\"topics\":[\"wanted\"]}}";
    }
}
