package org.sabueso.tip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tipster's client for tests: sends the headers a browser or a proxy would (a user agent, an
 * X-Forwarded-For address, a cookie) so the tests can show none of them is kept; forms as
 * multipart with photos, or JSON.
 */
public final class TipClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CODENAME = Pattern.compile("id=\"codename\"[^>]*>([^<]+)<");

    private final String base;
    private final Map<String, String> headers;

    public TipClient(int port, Map<String, String> headers) {
        this.base = "http://localhost:" + port;
        this.headers = headers;
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {
        public List<String> cookies() {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** The codename a receipt page shows. */
        public String codename() {
            Matcher m = CODENAME.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no codename on the page (status " + status + "): " + body);
            }
            return m.group(1).strip();
        }
    }

    public record Part(String name, String filename, String contentType, byte[] bytes) {
        public static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String filename, String contentType, byte[] bytes) {
            return new Part(name, filename, contentType, bytes);
        }
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response json(String path, String body) {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response form(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Response multipart(String path, List<Part> parts) {
        String boundary = "----sabueso" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Part p : parts) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                        + (p.filename() == null ? "" : "; filename=\"" + p.filename() + "\"") + "\r\n"
                        + (p.contentType() == null ? "" : "Content-Type: " + p.contentType() + "\r\n") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(p.bytes());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** The form fields of a tip, in order. */
    public static List<Part> tipFields(String what, String where, String when, String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("what", what);
        f.put("where", where);
        f.put("when", when);
        f.put("text", text);
        return f.entrySet().stream().map(e -> Part.field(e.getKey(), e.getValue())).toList();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        headers.forEach(b::header);
        return b;
    }

    private static Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
