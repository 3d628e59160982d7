package org.sabueso.tools.federation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node's HTTP API as one staff member uses it (HTTP Basic, JSON), over one kept-alive
 * HTTP/1.1 client. Answers other than 2xx throw {@link Refused} with the status and the
 * problem+json body, so a harness can assert on a refusal's code.
 */
public final class NodeApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer that was not 2xx. */
    public static final class Refused extends RuntimeException {
        private final int status;
        private final String body;

        Refused(String request, int status, String body) {
            super(request + " answered " + status + ": " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }

    private final String baseUrl;
    private final String user;
    private final String authorization;

    public NodeApi(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public String user() {
        return user;
    }

    public JsonNode get(String path) {
        return send("GET " + path, request(path).GET());
    }

    public JsonNode post(String path, Object body) {
        return send("POST " + path, request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    /** The status of a GET, without throwing: 404 for what this user may not see or that is not there. */
    public int status(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", authorization);
    }

    private JsonNode send(String what, HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() / 100 != 2) {
                throw new Refused(what + " as " + user + " on " + baseUrl, r.statusCode(), r.body());
            }
            return r.body().isEmpty() ? tools.jackson.databind.node.NullNode.getInstance() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(what + " on " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
