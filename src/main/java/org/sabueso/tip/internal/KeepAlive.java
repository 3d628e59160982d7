package org.sabueso.tip.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The benchmark's client: one kept-alive HTTP/1.1 connection to the local service, a request at a
 * time, plain blocking I/O. Far cheaper per request than the JDK's HTTP client, so on a machine
 * of two cores the measurement spends its time in the service, not in the load generator. Reads
 * bodies sent with Content-Length or chunked.
 */
final class KeepAlive implements AutoCloseable {

    /** The answer; {@code closed} when the server ended the connection after it (Tomcat does every 100 requests). */
    record Answer(int status, String body, boolean closed) {
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    KeepAlive(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    Answer post(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        if (status == null || !status.startsWith("HTTP/1.1 ")) {
            throw new IOException("no HTTP answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String h = line(); h != null && !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().strip().split(";")[0], 16); size > 0;
                 size = Integer.parseInt(line().strip().split(";")[0], 16)) {
                content.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length >= 0) {
            content.write(in.readNBytes(length));
        }
        return new Answer(code, content.toString(StandardCharsets.UTF_8), closes);
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            sb.append((char) c);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing after the run
        }
    }
}
