package org.sabueso.tip.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.tip.internal.TipRoutes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a submission the rate limit refused ({@code AnonymousRoutesValve} marks it), inside the
 * tip routes' security chain so the answer carries its security headers: problem+json on the
 * API, the site's own 429 page on the forms, both with {@code Retry-After}. Nothing of the
 * request is read or stored: the form is forwarded as a bodiless GET, so its upload is never parsed.
 */
final class TipRateLimitAnswer extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(TipRoutes.RATE_LIMITED) == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Integer.toString(TipRoutes.RETRY_AFTER_SECONDS));
        if (TipRoutes.isApi(request.getRequestURI())) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Too Many Requests","status":429,\
                    "detail":"too many submissions; nothing was stored, try again in a minute","code":"tip.rate-limited"}""");
            return;
        }
        request.getRequestDispatcher(TipRoutes.TOO_MANY_PAGE).forward(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getContentType() {
                return null;
            }
        }, response);
    }
}
