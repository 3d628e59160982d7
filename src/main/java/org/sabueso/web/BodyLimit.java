package org.sabueso.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The size limit of an API request body, stated and kept without buffering: a declared length
 * over it is answered 413 at once, unread; a chunked body is counted as it is read, and reading
 * past the limit fails with {@link TooLarge}, which {@code ApiProblems} answers as 413 "payload
 * too large" with the limit (not as "not valid JSON", which is what Jackson would make of a body
 * cut short).
 *
 * <p>Streams that are large by design keep their own limits: NDJSON (FtM import, batch
 * screening) is read line by line with a cap per line, and multipart uploads are capped by
 * {@code spring.servlet.multipart.*}.
 */
final class BodyLimit extends OncePerRequestFilter {

    /** Thrown by the counting stream; an IOException, so readers treat it as a failed read. */
    static final class TooLarge extends IOException {
        final long limit;

        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes", null);
            this.limit = limit;
        }
    }

    private final long limit;

    BodyLimit(long limit) {
        this.limit = limit;
    }

    static String detail(long limit) {
        return "payload too large: the request body may be at most " + limit + " bytes (" + (limit >> 20) + " MB)";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (!uri.startsWith("/api/")) {
            return true;
        }
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.startsWith("application/x-ndjson") || t.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            // Tomcat then closes the connection rather than read the rest (server.tomcat.max-swallow-size)
            EdgeAnswers.writeProblem(response, 413, detail(limit), null, request.getRequestURI());
            return;
        }
        chain.doFilter(new Counted(request, limit), response);
    }

    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
