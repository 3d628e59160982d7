package org.sabueso.tip.internal;

import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * First in Tomcat's engine pipeline: on the public tip routes it counts the request against the
 * in-memory rate limit (marking a request over it, which {@code TipRateLimitAnswer} answers), then erases what identifies the client before anything else sees the
 * request; the rest of the public side (portal pages and their files) is scrubbed the same way,
 * so a visit to the page that carries the form cannot be matched with the tip. The address becomes 0.0.0.0, every header outside a short list of needed ones is
 * removed (User-Agent, X-Forwarded-For, Forwarded, Referer, Cookie, Accept-Language, …), and
 * the session id the client sent is forgotten. So the access log, error logs, Spring Security,
 * the application and anything added later see nothing to store.
 */
final class AnonymousRoutesValve extends ValveBase {

    static final String NO_ADDRESS = "0.0.0.0";
    private static final Set<String> KEPT_HEADERS = Set.of("host", "content-type", "content-length", "transfer-encoding",
            "connection", "expect", "accept", "if-none-match", "if-modified-since");

    private final RateLimiter limiter;

    AnonymousRoutesValve(RateLimiter limiter) {
        super(true);
        this.limiter = limiter;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String path = request.getDecodedRequestURI();
        if (!TipRoutes.isPublicSide(path)) {
            getNext().invoke(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        scrub(request, KEPT_HEADERS);
        forgetSession(request);
        if (TipRoutes.isPublicTipRoute(path) && TipRoutes.isSubmission(request.getMethod(), path) && !limiter.allow(client)) {
            // answered by the tip routes' own security chain, so the refusal carries the security
            // headers and is problem+json on the API and the site's page on the forms
            request.setAttribute(TipRoutes.RATE_LIMITED, Boolean.TRUE);
        }
        getNext().invoke(request, response);
    }

    static void forgetSession(Request request) {
        request.getCoyoteRequest().getMimeHeaders().removeHeader("cookie");
        request.clearCookies();
        request.getCoyoteRequest().getCookies().recycle();
        request.setRequestedSessionId(null);
        request.setRequestedSessionCookie(false);
        request.setRequestedSessionURL(false);
    }

    static void scrub(Request request, Set<String> kept) {
        request.setRemoteAddr(NO_ADDRESS);
        request.setRemoteHost(NO_ADDRESS);
        request.getCoyoteRequest().remoteAddr().setString(NO_ADDRESS);
        request.getCoyoteRequest().remoteHost().setString(NO_ADDRESS);
        request.getCoyoteRequest().peerAddr().setString(NO_ADDRESS);
        MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
        List<String> names = new java.util.ArrayList<>();
        Enumeration<String> e = headers.names();
        while (e.hasMoreElements()) {
            names.add(e.nextElement());
        }
        for (String name : names) {
            if (!kept.contains(name.toLowerCase(Locale.ROOT))) {
                headers.removeHeader(name);
            }
        }
    }
}
