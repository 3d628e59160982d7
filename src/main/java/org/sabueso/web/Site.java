package org.sabueso.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.CurrentViewer;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.shared.CountryCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs and no controller should have to add to its model: who is
 * signed in and for which agency, country names in the page's language, and the link that shows
 * the same page in another language. Templates reach it as {@code @site}.
 */
@Component("site")
public class Site {

    private static final String PENDING = Site.class.getName() + ".pending";

    private final Agencies agencies;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock;
    private final List<PendingWork> pendingWork;

    Site(Agencies agencies, MessageSource messages, @Value("${sabueso.time-zone:}") String zone, Clock clock,
         List<PendingWork> pendingWork) {
        this.agencies = agencies;
        this.messages = messages;
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.clock = clock;
        this.pendingWork = List.copyOf(pendingWork);
    }

    /** A day as the page's language writes it: 25/09/2023, 25 Sep 2023. */
    /**
     * A message of the bundles whose arguments are what people wrote (a court's name, a reason):
     * the words of the message in the page's language, each argument as written, HTML-escaped and
     * marked {@code data-i18n-skip} so the language check reads the label and not the data. For
     * {@code th:utext} through {@code th:with} (Thymeleaf refuses bean references inside th:utext);
     * arguments are formatted as text.
     */
    public String withData(String key, Object... args) {
        return DataText.html(messages, key, null, java.util.Arrays.asList(args),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    public String date(LocalDate day) {
        return day == null ? "" : pattern("format.date").format(day);
    }

    /** A moment in the platform's time zone, to the minute. */
    public String dateTime(Instant at) {
        return at == null ? "" : pattern("format.dateTime").format(at.atZone(zone));
    }

    /** A moment that is usually today, such as a deadline: 18:42 when it falls today, else day and time. */
    public String time(Instant at) {
        if (at == null) {
            return "";
        }
        boolean today = at.atZone(zone).toLocalDate().equals(LocalDate.now(clock.withZone(zone)));
        return today ? DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone)) : dateTime(at);
    }

    private DateTimeFormatter pattern(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }

    public Viewer viewer() {
        return CurrentViewer.get();
    }

    public boolean staff() {
        return !viewer().isPublic();
    }

    public boolean has(String role) {
        return viewer().has(Role.valueOf(role));
    }

    /**
     * What waits for the signed-in viewer in each module that contributes {@link PendingWork}, asked
     * once per request however often the layout and the page look.
     */
    @SuppressWarnings("unchecked")
    public List<PendingWork.Count> pending() {
        Viewer viewer = viewer();
        if (viewer.isPublic()) {
            return List.of();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                && servlet.getRequest().getAttribute(PENDING) instanceof List<?> known) {
            return (List<PendingWork.Count>) known;
        }
        List<PendingWork.Count> counts = pendingWork.stream().map(w -> w.count(viewer)).flatMap(Optional::stream).toList();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            servlet.getRequest().setAttribute(PENDING, counts);
        }
        return counts;
    }

    /** The work waiting on the console page at {@code path}, for its navigation entry; null for none. */
    public PendingWork.Count pendingAt(String path) {
        return pending().stream().filter(c -> c.path().equals(path)).findFirst().orElse(null);
    }

    /** The agency's name, or its id when it is unknown; empty for none. */
    public String agencyName(String agencyId) {
        if (agencyId == null) {
            return "";
        }
        return agencies.find(agencyId).map(AgencyView::name).orElse(agencyId);
    }

    /** "Perú" in Spanish, "Peru" in English; the code itself when it is not a country. */
    public String country(String code) {
        return CountryCode.isValid(code) ? CountryCode.of(code).displayName(LocaleContextHolder.getLocale()) : code;
    }

    /** The path of the page being shown (of the page that failed, on an error page), for navigation. */
    public String currentPath() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)) {
            return "/";
        }
        HttpServletRequest request = servlet.getRequest();
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
                : request.getRequestURI();
    }

    /**
     * This page in another language: the same path and query with {@code lang} set, or removed
     * for the default language. Error pages point at the page that failed, not at /error.
     */
    public String languageUrl(String lang) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)) {
            return "/";
        }
        HttpServletRequest request = servlet.getRequest();
        boolean errorPage = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        String path = currentPath();
        // the query of a form post or of a failed request is not worth repeating
        String query = errorPage || !"GET".equals(request.getMethod()) ? null : request.getQueryString();
        Locale target = Languages.named(lang);
        try {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).query(query)
                    .replaceQueryParam(Languages.PARAMETER);
            if (!target.equals(Languages.DEFAULT)) {
                link.queryParam(Languages.PARAMETER, target.getLanguage());
            }
            return link.build(true).toUriString();
        } catch (IllegalArgumentException badlyEncoded) {
            // a hand-made query that is not valid URL encoding: keep the page, drop the query
            return target.equals(Languages.DEFAULT) ? "/" : "/?" + Languages.PARAMETER + "=" + target.getLanguage();
        }
    }
}
