package org.sabueso.tip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.tip.TipClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, finding 11 (the tip line's part): a submission over the rate limit is an answer, not
 * a bare text: problem+json on the API and the site's page on the forms, both with the security
 * headers and Retry-After, and nothing stored.
 */
class TipRateLimitTest extends IntegrationTest {

    @Autowired
    RateLimiter limiter;

    @Autowired
    JdbcClient jdbc;

    /** Fills the minute's global ceiling with made-up clients, so the next submission from anywhere is over it. */
    private void exhaust() {
        int i = 0;
        while (limiter.allow("made-up-client-" + i++)) {
            assertThat(i).as("the ceiling is finite").isLessThan(10_000_000);
        }
    }

    @Test
    void a_submission_over_the_limit_is_refused_as_problem_json_on_the_api_and_as_the_sites_page_on_the_form() {
        UUID guerrero = jdbc.sql("SELECT id FROM notice WHERE warrant_reference = 'VE-TC-ARAGUA-2023-0917'").query(UUID.class).single();
        long before = jdbc.sql("SELECT count(*) FROM tip").query(Long.class).single();
        TipClient client = new TipClient(port, Map.of("Accept", "*/*"));
        try {
            exhaust();
            TipClient.Response api = client.json("/api/v1/public/tips",
                    "{\"noticeId\":\"" + guerrero + "\",\"what\":\"Lo vi en Lima\"}");
            assertThat(api.status()).isEqualTo(429);
            assertThat(api.headers().get("content-type").getFirst()).startsWith("application/problem+json");
            assertThat(api.body()).contains("\"status\":429", "\"code\":\"tip.rate-limited\"");
            securityHeadersAndRetryAfter(api);

            TipClient.Response form = client.multipart("/notices/" + guerrero + "/tip",
                    TipClient.tipFields("Lo vi en Lima", "", "", ""));
            assertThat(form.status()).isEqualTo(429);
            assertThat(form.headers().get("content-type").getFirst()).startsWith("text/html");
            assertThat(form.body()).contains("Demasiados envíos", "429").doesNotContain("\"status\"");
            securityHeadersAndRetryAfter(form);

            TipClient.Response english = client.form("/tips?lang=en", Map.of("what", "algo", "agencyId", "PE-PNP"));
            assertThat(english.status()).isEqualTo(429);
            assertThat(english.body()).contains("Too many submissions");
        } finally {
            limiter.forget();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM tip").query(Long.class).single()).isEqualTo(before);
        assertThat(client.get("/tips/too-many").status()).as("the refusal page is no address of its own").isEqualTo(404);
    }

    private static void securityHeadersAndRetryAfter(TipClient.Response r) {
        assertThat(r.headers().get("retry-after")).isEqualTo(List.of("60"));
        assertThat(r.headers().get("content-security-policy").getFirst()).contains("default-src 'self'");
        assertThat(r.headers().get("x-content-type-options")).isEqualTo(List.of("nosniff"));
        assertThat(r.headers().get("referrer-policy")).isEqualTo(List.of("no-referrer"));
        assertThat(r.cookies()).isEmpty();
    }
}
