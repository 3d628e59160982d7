package org.sabueso.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own refusals (a malformed address, a body over its limits, an unsupported HTTP
 * version) answered in the service's own forms instead of Tomcat's HTML report: problem+json,
 * or for a browser a short page in the site's style. Everything the application answers itself
 * has a body already and passes through untouched.
 */
public final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            String path = request.getDecodedRequestURI();
            if (EdgeAnswers.wantsProblem(request, path) || !acceptsHtml(request)) {
                EdgeAnswers.writeProblem(response, status, detail(status), null, null);
            } else {
                EdgeAnswers.securityHeaders(response);
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.getOutputStream().write(page(status).getBytes(StandardCharsets.UTF_8));
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException clientGone) {
            // the client closed the connection or the answer was committed meanwhile: nothing left to say
        }
    }

    private static boolean acceptsHtml(Request request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (its address, headers or body could not be read)";
            case 413 -> "payload too large";
            case 414 -> "the address is too long";
            case 431 -> "the request headers are too large";
            case 505 -> "HTTP version not supported";
            default -> status >= 500 ? "the server could not answer this request" : "the request was refused";
        };
    }

    /** A page for browsers, in both of the site's languages since the request may not have been read. */
    private static String page(int status) {
        String words = status >= 500 ? "Algo falló de nuestro lado. · Something failed on our side."
                : "No se pudo atender la solicitud. · The request could not be served.";
        return """
                <!DOCTYPE html>
                <html lang="es"><head><meta charset="utf-8"><title>%d · Sabueso</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/css/sabueso.css"></head>
                <body><main id="main" class="error-page"><div class="wrap narrow">
                <p class="error-code">%d</p><h1>Sabueso</h1><p class="lead">%s</p>
                <p class="actions"><a class="button primary" href="/">Ir al inicio · Home</a></p>
                </div></main></body></html>
                """.formatted(status, status, words);
    }
}
