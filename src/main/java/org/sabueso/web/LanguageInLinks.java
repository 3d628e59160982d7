package org.sabueso.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the visitor's language from page to page without a cookie: while a request asks for a
 * language other than the default, every link and redirect the application writes through
 * {@code encodeURL} / {@code encodeRedirectURL} (Thymeleaf's {@code @{...}}, Spring MVC and
 * Spring Security redirects) gets the same {@code lang} parameter. Sits inside the security
 * chain, after the filter that disables session ids in URLs; public so that other chains (the
 * tip line's) add it too.
 */
public final class LanguageInLinks extends OncePerRequestFilter {

    private static final List<String> UNTOUCHED_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/",
            "/favicon");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = Languages.of(request);
        if (locale.equals(Languages.DEFAULT)) {
            chain.doFilter(request, response);
            return;
        }
        String lang = locale.getLanguage();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return withLanguage(super.encodeURL(url), lang);
            }

            @Override
            public String encodeRedirectURL(String url) {
                return withLanguage(super.encodeRedirectURL(url), lang);
            }
        });
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Adds {@code lang} to a link within the site unless it names a language already. */
    static String withLanguage(String url, String lang) {
        if (url == null || url.isEmpty() || url.startsWith("#") || url.contains("://") || url.startsWith("//")
                || url.indexOf(':') >= 0 && url.indexOf(':') < firstOf(url, '/', '?')) {
            return url;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        if (UNTOUCHED_PREFIXES.stream().anyMatch(path::startsWith)) {
            return url;
        }
        int question = path.indexOf('?');
        if (question >= 0) {
            String query = path.substring(question + 1);
            for (String pair : query.split("&")) {
                if (pair.equals(Languages.PARAMETER) || pair.startsWith(Languages.PARAMETER + "=")) {
                    return url;
                }
            }
        }
        String separator = question < 0 ? "?" : path.endsWith("?") || path.endsWith("&") ? "" : "&";
        return path + separator + Languages.PARAMETER + "=" + lang + fragment;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
