package org.sabueso.tools.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The benches' HTTP client: the JDK's {@link HttpClient} (the one the service itself uses, for
 * checkpoint copies), over HTTP/1.1 with kept-alive connections, one per thread that sends at a
 * time. It costs more CPU per request than a hand-written socket client (the benches print the
 * client's CPU so a reader can tell the server's share), but it is one client, maintained by the
 * JDK, that follows the protocol wherever a server ends a connection or chunks a body.
 */
public final class LoadClient implements AutoCloseable {

    /** A request that has not been answered in this long counts as an error, as a stuck server should. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    /** The answer's status, body and {@code Server-Timing} header (null when the answer had none). */
    public record Answer(int status, byte[] body, String serverTiming) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;

    /** A client that sends {@code authorization} (a Basic header) with every request, or none when null. */
    public LoadClient(String authorization) {
        this.authorization = authorization;
    }

    public Answer get(String url) throws IOException, InterruptedException {
        return send(request(url).GET());
    }

    public Answer postJson(String url, byte[] json) throws IOException, InterruptedException {
        return send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER_WITHIN).header("Accept", "application/json");
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Server-Timing").orElse(null));
    }

    @Override
    public void close() {
        client.close();
    }
}
