package org.sabueso.notice.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sabueso.notice.Transition;
import org.sabueso.web.DataText;
import org.sabueso.web.Site;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A step's why in words: what the system wrote is a code (message {@code reason.<code>}) put into
 * the reader's language; what a person typed is shown as typed. Templates reach it as
 * {@code @noticeReasons}; the API's history reads it in English with ISO dates, as it always did.
 */
@Component("noticeReasons")
public class NoticeReasons {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final MessageSource messages;
    private final Site site;

    NoticeReasons(MessageSource messages, Site site) {
        this.messages = messages;
        this.site = site;
    }

    /** For pages: the request's language, dates as the site writes them. */
    public String text(Transition t) {
        if (t.reasonCode() == null) {
            return t.reason();
        }
        Object[] args = t.reasonArgs().stream().map(this::pageArgument).toArray();
        return messages.getMessage(t.reasonCode().messageKey(), args, t.reasonCode().code(),
                LocaleContextHolder.getLocale());
    }

    /**
     * For pages, as HTML: {@link #text}, escaped, with what people wrote (a typed reason, the
     * reviewer's comment inside "approved: …", an import's id) in a {@code <span data-i18n-skip>}.
     * It stays in the language it was typed in, while the words around it follow the reader's
     * language; BilingualPagesTest tells the two apart by that mark.
     */
    public String html(Transition t) {
        if (t.reasonCode() == null) {
            return DataText.asData(t.reason());
        }
        List<String> args = t.reasonArgs().stream().map(this::pageArgument).map(String::valueOf).toList();
        return DataText.html(messages, t.reasonCode().messageKey(), t.reasonCode().code(), args,
                LocaleContextHolder.getLocale());
    }

    /** For the API: English, arguments as stored (ISO dates), the sentences API clients have read. */
    String apiText(Transition t) {
        if (t.reasonCode() == null) {
            return t.reason();
        }
        return messages.getMessage(t.reasonCode().messageKey(), t.reasonArgs().toArray(), t.reasonCode().code(),
                Locale.ENGLISH);
    }

    private Object pageArgument(String arg) {
        if (arg != null && ISO_DATE.matcher(arg).matches()) {
            try {
                return site.date(LocalDate.parse(arg));
            } catch (DateTimeParseException notADate) {
                return arg;
            }
        }
        return arg;
    }

    /** Whether the step has a why to show. */
    public boolean has(Transition t) {
        return t.reasonCode() != null || t.reason() != null;
    }
}
