package org.sabueso.screening.web;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.Screening;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.ScreeningResult;
import org.sabueso.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screening", description = "Is this person wanted anywhere? Explainable matching against visible notices")
class ScreeningApiController {

    /** Longest manifest line read; longer ones are answered with an error for that line. */
    static final int MAX_LINE = 64 * 1024;

    private final Screening screening;
    private final JsonMapper json;

    ScreeningApiController(Screening screening, JsonMapper json) {
        this.screening = screening;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Screen one person; hits at or above POSSIBLE, best first, each with its explanation")
    ScreeningResult screen(Viewer viewer, @RequestBody ScreeningRequest request) {
        return screening.screen(viewer, request);
    }

    @PostMapping(path = "/batch", consumes = "application/x-ndjson", produces = "application/x-ndjson")
    @Operation(summary = "Screen a manifest: NDJSON in, one NDJSON answer line per input line (with its ref), streamed")
    ResponseEntity<StreamingResponseBody> batch(Viewer viewer, InputStream body) {
        SecurityContext context = SecurityContextHolder.getContext();
        StreamingResponseBody stream = out -> {
            SecurityContextHolder.setContext(context);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
                 BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024)) {
                long line = 0;
                String text;
                while ((text = readLine(in)) != null) {
                    line++;
                    if (text.isBlank()) {
                        continue;
                    }
                    w.write(answer(viewer, line, text));
                    w.write('\n');
                    if (line % 64 == 0) {
                        w.flush();
                    }
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson")).body(stream);
    }

    private String answer(Viewer viewer, long line, String text) {
        String ref = null;
        try {
            if (text.length() > MAX_LINE) {
                throw new DomainException.InvalidInput("line", "line longer than " + MAX_LINE + " characters");
            }
            ScreeningRequest request = json.readValue(text, ScreeningRequest.class);
            ref = request.ref();
            return json.writeValueAsString(screening.screen(viewer, request));
        } catch (DomainException e) {
            return error(line, ref, e.getMessage(), e.field());
        } catch (tools.jackson.core.JacksonException e) {
            return error(line, ref, "not a JSON screening request", null);
        }
    }

    private String error(long line, String ref, String message, String field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        m.put("ref", ref);
        m.put("error", message);
        if (field != null) {
            m.put("field", field);
        }
        return json.writeValueAsString(m);
    }

    /** Reads a line but keeps at most MAX_LINE + 1 characters of it, so a 10 MB line costs no 10 MB. */
    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        boolean any = false;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (sb.length() <= MAX_LINE) {
                sb.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == '\r') {
            sb.setLength(end - 1);
        }
        return sb.toString();
    }

}
