package org.sabueso.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Screening over real HTTP against the demo and notices created here. */
class ScreeningApiTest extends IntegrationTest {

    static Map<String, Object> query(String name, String birthDate) {
        return birthDate == null ? Map.of("name", name, "purpose", "border control, Rumichaca")
                : Map.of("name", name, "birthDate", birthDate, "purpose", "border control, Rumichaca");
    }

    @Test
    void guerrero_flores_written_as_a_border_form_has_it_is_a_match_with_its_explanation() {
        JsonNode r = http("co.border").postJson("/api/v1/screenings", query("HECTOR R. GUERRERO-FLORES", null)).json();
        assertThat(r.get("screeningId").asString()).isNotBlank();
        JsonNode hit = r.get("hits").get(0);
        assertThat(hit.get("name").asString()).isEqualTo("Héctor Rusthenford Guerrero Flores");
        assertThat(hit.get("decision").asString()).isEqualTo("MATCH");
        assertThat(hit.get("score").asDouble()).isBetween(0.85, 1.0);
        assertThat(hit.get("noticeId").asString()).isNotBlank();
        assertThat(hit.get("explanation").get(0).get("feature").asString()).isEqualTo("name");
        assertThat(hit.get("explanation").get(0).get("detail").asString()).contains("guerrero");
    }

    @Test
    void a_namesake_with_another_surname_and_birth_year_is_not_a_match() {
        // the words both share reach Guerrero Flores: the answer below is not empty by accident
        JsonNode shared = http("co.border").postJson("/api/v1/screenings", query("Hector Guerrero", null)).json().get("hits");
        String guerreroFlores = shared.valueStream()
                .filter(h -> h.get("name").asString().equals("Héctor Rusthenford Guerrero Flores"))
                .map(h -> h.get("noticeId").asString()).findFirst().orElseThrow();
        JsonNode hits = http("co.border").postJson("/api/v1/screenings", query("Héctor Guerrero Fuentes", "1990")).json().get("hits");
        assertThat(hits.valueStream().map(h -> h.get("noticeId").asString())).as("another surname and birth year")
                .doesNotContain(guerreroFlores);
        assertThat(hits.valueStream().map(h -> h.get("decision").asString())).doesNotContain("MATCH");
    }

    @org.springframework.beans.factory.annotation.Autowired
    Screening screening;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void the_index_holds_every_open_notice() {
        // notices other tests just activated may still be on their way into the index
        await().atMost(EventsHandled.BOUND).untilAsserted(() -> {
            long open = jdbc.sql("SELECT count(*) FROM notice WHERE status IN ('ACTIVE','LOCATED')").query(Long.class).single();
            assertThat(open).isGreaterThan(200);
            assertThat((long) screening.indexed()).isEqualTo(open);
        });
    }

    @Test
    void bad_input_is_a_400_problem_naming_the_field() {
        Http border = http("pe.border");
        assertField(border.postJson("/api/v1/screenings", Map.of("purpose", "x")), "name");
        assertField(border.postJson("/api/v1/screenings", query("Ana Díaz", "1990-02-30")), "birthDate");
        assertField(border.postJson("/api/v1/screenings", Map.of("name", "Ana Díaz", "nationality", "XX", "purpose", "x")), "nationality");
        // a long name within the API's 4 MB body limit is the name's 400; a 10 MB body is the limit's 413
        assertField(border.postJson("/api/v1/screenings", query("A".repeat(1024 * 1024), null)), "name");
        assertThat(border.postJson("/api/v1/screenings", query("A".repeat(10 * 1024 * 1024), null)).status()).isEqualTo(413);
        assertField(border.postJson("/api/v1/screenings", Map.of("name", "Ana Díaz")), "purpose");
        assertField(border.postJson("/api/v1/screenings", Map.of("name", "Ana Díaz", "purpose", "x", "limit", 0)), "limit");
        Http.Response r = border.post("/api/v1/screenings", "application/json", "{\"name\":");
        assertThat(r.status()).isEqualTo(400);
        assertThat(anonymous().postJson("/api/v1/screenings", query("Ana", null)).status()).isEqualTo(401);
    }

    private static void assertField(Http.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asString()).isEqualTo(field);
    }

    @Test
    void a_new_notice_is_screenable_once_activated_and_only_by_agencies_that_may_see_it() {
        String name = "Wuilmer Yonathan Quintero Zambrano";
        String id = http("ve.analyst").postJson("/api/v1/notices", Fixtures.draft(name, "AGENCY", List.of()))
                .json().get("id").asString();
        http("ve.analyst").postJson("/api/v1/notices/" + id + "/submit", Map.of());
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status()).isEqualTo(200);
        // how soon is for the benchmarks (docs/benchmarks.md); here: once the index's listener is done
        EventsHandled.about(jdbc, id);
        JsonNode hits = http("ve.border").postJson("/api/v1/screenings", query("WILMER JONATHAN KINTERO SAMBRANO", "1988")).json().get("hits");
        assertThat(hits.valueStream().map(h -> h.get("noticeId").asString())).contains(id);
        JsonNode peruvian = http("pe.border").postJson("/api/v1/screenings", query("Wuilmer Yonathan Quintero Zambrano", "1988")).json();
        assertThat(peruvian.get("hits").valueStream().noneMatch(h -> h.get("noticeId").asString().equals(id)))
                .as("an agency-only notice never reaches another agency's screening").isTrue();
    }

    @Test
    void a_cancelled_notice_stops_hitting() {
        String name = "Freddy Ramón Colmenares Briceño";
        String id = http("ve.analyst").postJson("/api/v1/notices", Fixtures.draft(name, "ALL_MEMBERS", List.of()))
                .json().get("id").asString();
        http("ve.analyst").postJson("/api/v1/notices/" + id + "/submit", Map.of());
        http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve());
        EventsHandled.about(jdbc, id);
        assertThat(hitsOn(name)).contains(id);
        http("ve.supervisor").postJson("/api/v1/notices/" + id + "/transitions", Map.of("status", "CANCELLED", "reason", "warrant withdrawn"));
        EventsHandled.about(jdbc, id);
        assertThat(hitsOn(name)).doesNotContain(id);
    }

    /** The notices a Chilean border officer's screening of {@code name} hits. */
    private List<String> hitsOn(String name) {
        return http("cl.border").postJson("/api/v1/screenings", query(name, "1988")).json().get("hits")
                .valueStream().map(h -> h.get("noticeId").asString()).toList();
    }

    @Test
    void a_manifest_is_screened_line_by_line_with_its_refs_and_bad_lines_answered_in_place() {
        String manifest = """
                {"ref":"PAX-1","name":"GUERRERO FLORES, HECTOR","purpose":"APIS LA2401"}
                {"ref":"PAX-2","name":"","purpose":"APIS LA2401"}
                not json at all
                {"ref":"PAX-4","name":"María Pérez","birthDate":"1991-05-05","purpose":"APIS LA2401"}
                """;
        Http.Response r = http("pe.border").post("/api/v1/screenings/batch", "application/x-ndjson", manifest);
        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> lines = r.body().lines().map(Http.JSON::readTree).toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).get("ref").asString()).isEqualTo("PAX-1");
        assertThat(lines.get(0).get("hits").get(0).get("decision").asString()).isEqualTo("MATCH");
        assertThat(lines.get(1).get("field").asString()).isEqualTo("name");
        assertThat(lines.get(1).get("ref").asString()).isEqualTo("PAX-2");
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(3).get("ref").asString()).isEqualTo("PAX-4");
        assertThat(lines.get(4).propertyNames()).containsExactly("done", "screened");
        assertThat(lines.get(4).get("done").asBoolean()).isTrue();
        assertThat(lines.get(4).get("screened").asLong()).isEqualTo(4);
    }

    @org.springframework.beans.factory.annotation.Value("${spring.mvc.async.request-timeout}")
    Duration asyncTimeout;

    /**
     * The manifest arrives a line at a time over about three times the asynchronous request
     * timeout set for the tests (application-test.properties): the answer is still complete, to
     * the closing done line.
     */
    @Test
    void a_manifest_sent_slower_than_the_async_timeout_is_answered_to_its_last_line() throws Exception {
        int count = 10;
        Duration gap = asyncTimeout.multipliedBy(3).dividedBy(count);
        java.util.concurrent.BlockingQueue<byte[]> chunks = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.ScheduledExecutorService sender = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        sender.scheduleAtFixedRate(() -> {
            int i = sent.incrementAndGet();
            chunks.add(i > count ? new byte[0] : ("{\"ref\":\"SLOW-" + i + "\",\"name\":\"María Pérez\",\"purpose\":\"APIS LA2401\"}\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }, 0, gap.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/screenings/batch"))
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                    ("pe.border:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .header("Content-Type", "application/x-ndjson")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new QueueStream(chunks)))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            // no clock read here: the body ends only with the empty chunk, which the scheduler (never
            // early) sends count gaps after the first, three timeouts later
            assertThat(sent.get()).as("the stream ran to its end marker").isGreaterThan(count);
            assertThat(r.statusCode()).isEqualTo(200);
            List<JsonNode> lines = r.body().lines().map(Http.JSON::readTree).toList();
            assertThat(lines).hasSize(count + 1);
            assertThat(lines.get(count - 1).get("ref").asString()).isEqualTo("SLOW-" + count);
            assertThat(lines.get(count).get("done").asBoolean()).isTrue();
            assertThat(lines.get(count).get("screened").asLong()).isEqualTo(count);
        } finally {
            sender.shutdownNow();
        }
    }

    /** An input stream of the chunks a sender puts in the queue, ended by an empty one. */
    static final class QueueStream extends java.io.InputStream {
        private final java.util.concurrent.BlockingQueue<byte[]> chunks;
        private byte[] current = new byte[0];
        private int at;
        private boolean ended;

        QueueStream(java.util.concurrent.BlockingQueue<byte[]> chunks) {
            this.chunks = chunks;
        }

        @Override
        public int read() throws java.io.IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            while (!ended && at == current.length) {
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
                at = 0;
                ended = current.length == 0;
            }
            if (ended) {
                return -1;
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }
    }

    @Test
    void roles_that_may_not_screen_are_refused_a_manifest_before_it_is_read() {
        for (String user : List.of("admin", "auditor")) {
            Http.Response r = http(user).post("/api/v1/screenings/batch", "application/x-ndjson", "not json at all\n");
            assertThat(r.status()).as(user).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }
}
