package org.sabueso.screening.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.sabueso.agency.Viewer;
import org.sabueso.screening.Screening;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.ScreeningRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.NdjsonLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * One manifest screened line by line: an answer line per non-blank input line (the result with
 * its ref, or that line's own error, and the batch goes on), then a last line that says how the
 * batch ended, so a client can always tell a complete answer from a cut one:
 * {@code {"done":true,"screened":N}} when every line was answered, or
 * {@code {"error":"<code>","screened":N}} when the batch stopped early. {@code screened} counts
 * the answer lines written before it, results and line errors alike; blank lines get none.
 * The codes: {@link #TOO_MANY_LINES}, {@link #STOPPING}, {@link #FAILED}, {@link #UNREADABLE}.
 */
final class ManifestRun {

    /** Longest manifest line read; longer ones are answered with an error for that line. */
    static final int MAX_LINE = 64 * 1024;

    /** The manifest has more non-blank lines than the batch cap; the first {@code screened} were answered. */
    static final String TOO_MANY_LINES = "batch.too-many-lines";
    /** The service is shutting down; the lines after {@code screened} were not screened. */
    static final String STOPPING = "batch.stopping";
    /** Screening a line failed unexpectedly (not the line's fault); the batch stopped there. */
    static final String FAILED = "batch.failed";
    /** The request body could not be read to its end (the client broke off, or the connection failed). */
    static final String UNREADABLE = "batch.unreadable";

    /** Answers go out at least every 64 lines, so a fast manifest does not pay a flush per line. */
    private static final int FLUSH_EVERY = 64;

    private static final Logger log = LoggerFactory.getLogger(ManifestRun.class);

    private final Screening screening;
    private final JsonMapper json;
    private final long maxLines;
    private final BooleanSupplier stopping;
    private final Function<DomainException, String> words;

    ManifestRun(Screening screening, JsonMapper json, long maxLines, BooleanSupplier stopping) {
        this(screening, json, maxLines, stopping, DomainException::getMessage);
    }

    /** {@code words}: a refused line's text, from its code through the bundles (the API's English). */
    ManifestRun(Screening screening, JsonMapper json, long maxLines, BooleanSupplier stopping,
                Function<DomainException, String> words) {
        this.screening = screening;
        this.json = json;
        this.maxLines = maxLines;
        this.stopping = stopping;
        this.words = words;
    }

    /**
     * Reads the manifest from {@code body} and writes the answers to {@code out}, on the calling
     * thread, to the end of the manifest or until the batch stops; never throws for a line. An
     * {@link IOException} means the answer could no longer be written (the client went away).
     */
    void run(Viewer viewer, InputStream body, OutputStream out) throws IOException {
        // a line's bytes: up to four per character in UTF-8, so every line of MAX_LINE characters fits
        NdjsonLines in = new NdjsonLines(body, 4 * MAX_LINE + 4);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        long line = 0;
        long screened = 0;
        String stoppedBy = null;
        while (true) {
            try {
                if (!in.next()) {
                    break;
                }
            } catch (IOException | UncheckedIOException e) {
                stoppedBy = UNREADABLE;
                break;
            }
            line++;
            if (in.isBlank()) {
                continue;
            }
            // a line too long to keep is refused as any line over MAX_LINE characters is
            String text = in.tooLong() ? null : in.text();
            if (screened >= maxLines) {
                stoppedBy = TOO_MANY_LINES;
                break;
            }
            if (stopping.getAsBoolean()) {
                stoppedBy = STOPPING;
                break;
            }
            String answer;
            try {
                answer = answer(viewer, line, text);
            } catch (RuntimeException e) {
                // the class only: a message may quote the line, and a manifest's names stay out of the log
                log.warn("batch screening stopped at line {} by {}", line, e.getClass().getName());
                stoppedBy = FAILED;
                break;
            }
            w.write(answer);
            w.write('\n');
            screened++;
            // a slow client (one line at a time) gets each answer at once; a fast one in blocks
            if (screened % FLUSH_EVERY == 0 || in.nothingWaiting()) {
                w.flush();
            }
        }
        Map<String, Object> last = new LinkedHashMap<>();
        if (stoppedBy == null) {
            last.put("done", true);
        } else {
            last.put("error", stoppedBy);
        }
        last.put("screened", screened);
        w.write(json.writeValueAsString(last));
        w.write('\n');
        w.flush();
    }

    private String answer(Viewer viewer, long line, String text) {
        String ref = null;
        try {
            if (text == null || text.length() > MAX_LINE) {
                throw new DomainException.InvalidInput("line", ScreeningRefusal.LINE_LONG, MAX_LINE);
            }
            ScreeningRequest request = json.readValue(text, ScreeningRequest.class);
            ref = request.ref();
            return json.writeValueAsString(screening.screen(viewer, request));
        } catch (DomainException e) {
            return error(line, ref, words.apply(e), e.code(), e.field());
        } catch (tools.jackson.core.JacksonException e) {
            return error(line, ref, "not a JSON screening request", null, null);
        }
    }

    private String error(long line, String ref, String message, String code, String field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        m.put("ref", ref);
        m.put("error", message);
        if (code != null) {
            m.put("code", code);
        }
        if (field != null) {
            m.put("field", field);
        }
        return json.writeValueAsString(m);
    }
}
