package org.sabueso.screening.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.Screening;
import org.sabueso.screening.ScreeningRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Manifests: NDJSON in, one answer line per manifest line, then the line that says how the batch
 * ended ({@link ManifestRun}). The answer is written on the request's own (virtual) thread, not
 * as an asynchronous stream: an asynchronous request has a timeout (Tomcat's 30 s unless
 * configured), and when it fired it ended the answer as if it were complete, 31,864 lines into a
 * 2,097,152-line manifest. Written here, a batch runs as long as it makes progress, and Tomcat's
 * read timeout still ends a client that stops sending.
 * <p>
 * It stops itself when the service shuts down (this bean is stopped before the web server's
 * graceful shutdown waits for requests), saying so in its last line.
 */
@RestController
@Tag(name = "Screening")
class BatchScreeningController implements SmartLifecycle {

    static final String NDJSON = "application/x-ndjson";

    private final ManifestRun manifests;
    private volatile boolean running;

    /**
     * {@code sabueso.screening.batch.max-lines}: 4,194,304 (2^22) by default, twice the largest
     * manifest tried against the service (2,097,152 lines: roughly an hour for one client at
     * the engine's 1–2 ms of CPU per query measured on 2 cores, docs/benchmarks.md). The busiest airports see a few hundred
     * thousand passengers a day, so a longer manifest is a mistake or abuse, answered with
     * {@code batch.too-many-lines} after the first 4,194,304.
     */
    BatchScreeningController(Screening screening, JsonMapper json,
                             @Value("${sabueso.screening.batch.max-lines:4194304}") long maxLines, MessageSource messages) {
        // a refused line is worded in English from its code, as the API answers unless asked otherwise
        this.manifests = new ManifestRun(screening, json, maxLines, () -> !running, e -> english(messages, e.refusal()));
    }

    private static String english(MessageSource messages, Refusal r) {
        return r.isSentence() ? String.valueOf(r.args().getFirst())
                : messages.getMessage(r.messageKey(), r.args().toArray(), r.code(), Locale.ENGLISH);
    }

    @PostMapping(path = "/api/v1/screenings/batch", consumes = NDJSON, produces = NDJSON)
    @Operation(summary = "Screen a manifest: NDJSON in, one NDJSON answer line per input line (with its ref), streamed",
            description = "The last line says how the batch ended: {\"done\":true,\"screened\":N} when every line was answered, "
                    + "or {\"error\":code,\"screened\":N} when it stopped early: batch.too-many-lines past "
                    + "sabueso.screening.batch.max-lines (4,194,304 non-blank lines by default), batch.stopping at shutdown, "
                    + "batch.failed, batch.unreadable. A line the service cannot screen gets its own error line and the "
                    + "batch goes on. No time limit while lines keep coming.")
    void batch(Viewer viewer, InputStream body, HttpServletResponse response) throws IOException {
        if (!Capability.SCREEN.allows(viewer)) {
            throw new DomainException.NotAllowed(ScreeningRefusal.NOT_ALLOWED);
        }
        response.setContentType(NDJSON);
        response.setCharacterEncoding("UTF-8");
        manifests.run(viewer, body, response.getOutputStream());
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
