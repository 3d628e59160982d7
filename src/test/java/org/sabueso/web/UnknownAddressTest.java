package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;

/**
 * Issue 12, finding 12: a stray address (a mistyped path, the icons a tablet asks for by itself)
 * answered 401 with a new session cookie, which signed the officer out. Unknown addresses are
 * 404s on both sides, the usual files are served, and none of them touches a session.
 */
class UnknownAddressTest extends IntegrationTest {

    private static final List<String> UNKNOWN = List.of("/no-existe", "/notices-typo",
            "/wp-login.php", "/console/no-existe", "/%F0%9F%90%95", "/tips-no");

    @Test
    void a_signed_in_officer_who_opens_unknown_addresses_gets_404s_and_stays_signed_in() {
        ConsoleSession officer = ConsoleSession.signIn(port, "ve.prison", PASSWORD);
        for (String path : UNKNOWN) {
            HttpResponse<String> r = officer.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().allValues("Set-Cookie")).as("cookies set by " + path).isEmpty();
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("<html");
        }
        // a mistyped address of a JSON file is answered in JSON, and touches no session either
        HttpResponse<String> manifest = officer.get("/manifest.json");
        assertThat(manifest.statusCode()).isEqualTo(404);
        assertThat(manifest.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(officer.get("/console").statusCode()).isEqualTo(200);
    }

    @Test
    void robots_txt_and_the_icons_are_served_without_touching_a_session() {
        ConsoleSession officer = ConsoleSession.signIn(port, "ve.prison", PASSWORD);
        for (String path : List.of("/robots.txt", "/favicon.ico", "/apple-touch-icon.png",
                "/apple-touch-icon-precomposed.png")) {
            HttpResponse<String> r = officer.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as("cookies set by " + path).isEmpty();
        }
        assertThat(officer.get("/robots.txt").body()).contains("Disallow: /console");
        assertThat(officer.get("/apple-touch-icon.png").headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(officer.get("/console").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_public_address_opened_before_signing_in_is_a_404_and_the_sign_in_lands_on_the_console() {
        ConsoleSession visitor = ConsoleSession.notSignedIn(port);
        HttpResponse<String> stray = visitor.get("/no-existe");
        assertThat(stray.statusCode()).isEqualTo(404);
        assertThat(stray.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> signIn = visitor.submitLogin("ve.prison", PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        assertThat(visitor.get("/console").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymous_visitors_get_404_for_unknown_public_addresses_not_a_sign_in() {
        HttpResponse<String> r = new HtmlClient(port, null, null).get("/no-existe");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().allValues("WWW-Authenticate")).isEmpty();
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }
}
