package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.sabueso.IntegrationTest;

/**
 * Base of the browser tests: Debian's Chromium, headless, driven by Playwright against the
 * running application. Each test opens its own contexts (one per person, with or without
 * JavaScript); screenshots go to target/screenshots/; any error in the browser console (a CSP
 * violation, a failed script) fails the test.
 */
public abstract class BrowserTest extends IntegrationTest {

    static final Path SCREENSHOTS = Paths.get("target/screenshots");
    static final String NBSP = "\u00a0";
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        // the build installs it or stops first (pom.xml, profile install-chromium); one line, not a stack of Playwright's
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is missing at %s: run 'sudo apt-get install -y chromium', then ./mvnw verify again", CHROMIUM)
                .isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContextsAndCheckTheConsole() {
        contexts.forEach(BrowserContext::close);
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    protected Page open(boolean javaScript) {
        return open(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript).setViewportSize(1280, 900));
    }

    protected Page open(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(30_000);
        context.onConsoleMessage(m -> {
            // a form sent back with its errors answers 422 on purpose; Chromium reports every 4xx
            if ("error".equals(m.type()) && !m.text().contains("status of 422")) {
                consoleErrors.add(m.text() + " at " + m.location());
            }
        });
        contexts.add(context);
        return context.newPage();
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    protected static String text(Locator locator) {
        return locator.textContent().replace(NBSP, " ").strip();
    }

    protected static void signIn(Page page, String username) {
        page.navigate("/console");
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator(".login-panel button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/console.*"));
    }
}
