package org.sabueso.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.Screening;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.ScreeningResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How a manifest ends: a complete one says done, one stopped for any reason says why and how far it got. */
class ManifestRunTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Viewer OFFICER = new Viewer("ve.border", "VE-SAIME", "VE", Set.of(Role.BORDER_OFFICER));

    /** Answers every line with no hits; throws on the name "boom", as a broken engine or database would. */
    static final class FakeScreening implements Screening {
        final AtomicInteger screened = new AtomicInteger();

        @Override
        public ScreeningResult screen(Viewer viewer, ScreeningRequest request) {
            if ("boom".equals(request.name())) {
                throw new IllegalStateException("the database went away while screening " + request.name());
            }
            screened.incrementAndGet();
            return new ScreeningResult(UUID.randomUUID(), request.ref(), List.of(), 0.7);
        }

        @Override
        public int indexed() {
            return 0;
        }
    }

    static String manifest(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            sb.append("{\"ref\":\"PAX-").append(i).append("\",\"name\":\"Ana Díaz\",\"purpose\":\"APIS\"}\n");
        }
        return sb.toString();
    }

    static List<JsonNode> run(Screening screening, long maxLines, BooleanSupplier stopping, InputStream body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ManifestRun(screening, JSON, maxLines, stopping).run(OFFICER, body, out);
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode last(List<JsonNode> lines) {
        return lines.getLast();
    }

    @Test
    void a_complete_manifest_ends_with_done_and_the_count_of_answered_lines() throws IOException {
        List<JsonNode> lines = run(new FakeScreening(), 100, () -> false, text(manifest(3) + "\n   \nnot json\n"));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(3).get("line").asInt()).isEqualTo(6);
        assertThat(last(lines).propertyNames()).containsExactly("done", "screened");
        assertThat(last(lines).get("done").asBoolean()).isTrue();
        assertThat(last(lines).get("screened").asLong()).isEqualTo(4);
    }

    @Test
    void an_empty_manifest_is_done_with_none_screened() throws IOException {
        List<JsonNode> lines = run(new FakeScreening(), 100, () -> false, text(""));
        assertThat(lines).hasSize(1);
        assertThat(last(lines).get("done").asBoolean()).isTrue();
        assertThat(last(lines).get("screened").asLong()).isZero();
    }

    @Test
    void a_manifest_past_the_line_cap_ends_with_the_cap_error_after_the_allowed_lines() throws IOException {
        FakeScreening screening = new FakeScreening();
        List<JsonNode> lines = run(screening, 5, () -> false, text(manifest(8)));
        assertThat(lines).hasSize(6);
        assertThat(screening.screened.get()).isEqualTo(5);
        assertThat(last(lines).propertyNames()).containsExactly("error", "screened");
        assertThat(last(lines).get("error").asString()).isEqualTo(ManifestRun.TOO_MANY_LINES);
        assertThat(last(lines).get("screened").asLong()).isEqualTo(5);
    }

    @Test
    void exactly_the_line_cap_is_a_complete_manifest() throws IOException {
        List<JsonNode> lines = run(new FakeScreening(), 5, () -> false, text(manifest(5) + "\n\n"));
        assertThat(last(lines).get("done").asBoolean()).isTrue();
        assertThat(last(lines).get("screened").asLong()).isEqualTo(5);
    }

    @Test
    void a_failure_while_screening_ends_the_batch_with_an_error_line_and_no_exception() throws IOException {
        String body = manifest(2) + "{\"ref\":\"PAX-3\",\"name\":\"boom\",\"purpose\":\"APIS\"}\n" + manifest(2);
        List<JsonNode> lines = run(new FakeScreening(), 100, () -> false, text(body));
        assertThat(lines).hasSize(3);
        assertThat(last(lines).get("error").asString()).isEqualTo(ManifestRun.FAILED);
        assertThat(last(lines).get("screened").asLong()).isEqualTo(2);
        assertThat(last(lines).toString()).doesNotContain("boom").doesNotContain("database");
    }

    @Test
    void a_shutdown_ends_the_batch_with_the_stopping_error_after_the_line_in_hand() throws IOException {
        FakeScreening screening = new FakeScreening();
        List<JsonNode> lines = run(screening, 100, () -> screening.screened.get() >= 3, text(manifest(10)));
        assertThat(lines).hasSize(4);
        assertThat(last(lines).get("error").asString()).isEqualTo(ManifestRun.STOPPING);
        assertThat(last(lines).get("screened").asLong()).isEqualTo(3);
    }

    @Test
    void a_body_that_breaks_off_ends_with_the_unreadable_error_and_what_was_answered() throws IOException {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        List<JsonNode> lines = run(new FakeScreening(), 100, () -> false, new SequenceInputStream(text(manifest(2)), broken));
        assertThat(lines).hasSize(3);
        assertThat(last(lines).get("error").asString()).isEqualTo(ManifestRun.UNREADABLE);
        assertThat(last(lines).get("screened").asLong()).isEqualTo(2);
    }

    @Test
    void hostile_lines_get_their_own_error_and_the_batch_goes_on() throws IOException {
        String body = "{\"ref\":\"NUL\u0000\",\"name\":\"\u0000\u0007\",\"purpose\":\"x\"}\n"
                + "x".repeat(ManifestRun.MAX_LINE * 3) + "\n"
                + "\uFEFF\u202E{}\n"
                + manifest(1);
        List<JsonNode> lines = run(new FakeScreening(), 100, () -> false, text(body));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1).get("field").asString()).isEqualTo("line");
        assertThat(lines.get(3).get("ref").asString()).isEqualTo("PAX-1");
        assertThat(last(lines).get("done").asBoolean()).isTrue();
        assertThat(last(lines).get("screened").asLong()).isEqualTo(4);
    }
}
