package org.sabueso.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The languages of the site and how a request names one: the {@code lang} parameter, and
 * nothing else. No cookie and no session is needed, so the public portal sets no cookie at all;
 * {@link LanguageInLinks} carries the parameter from page to page.
 */
public final class Languages {

    public static final String PARAMETER = "lang";
    public static final Locale DEFAULT = Locale.of("es");
    public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

    private Languages() {
    }

    /** The supported language the request asks for, or the default (Spanish). */
    public static Locale of(HttpServletRequest request) {
        return named(request.getParameter(PARAMETER));
    }

    static Locale named(String lang) {
        if (lang == null || lang.isBlank()) {
            return DEFAULT;
        }
        String wanted = lang.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted)).findFirst().orElse(DEFAULT);
    }
}
