package org.sabueso.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where a {@link Refusal} becomes words: its code is a key of the message bundles
 * ({@code problem.<code>}) and its arguments fill the message, in the page's language or the API
 * client's. Templates reach it as {@code @refusals}. A sentence refusal (what a person typed, or a
 * parser's own complaint) is shown as it is; nothing here reads text back into meaning.
 */
@Component("refusals")
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /** A refusal (or a plain text) in the current request's language. */
    public String text(Object refusal) {
        return text(refusal, LocaleContextHolder.getLocale());
    }

    public String text(Object refusal, Locale locale) {
        return switch (refusal) {
            case null -> "";
            case Refusal r when r.isSentence() -> String.valueOf(r.args().getFirst());
            case Refusal r -> messages.getMessage(r.messageKey(), r.args().toArray(), r.code(), locale);
            case DomainException e -> text(e.refusal(), locale);
            // text a person typed (a reason, a note) is shown as it was written
            default -> refusal.toString();
        };
    }

    /**
     * For the API: a sentence refusal keeps the words it was given (API clients have read those),
     * a coded one is its message in the API's language.
     */
    public String apiText(DomainException e, Locale locale) {
        return apiText(e.refusal(), locale);
    }

    public String apiText(Refusal r, Locale locale) {
        return r.isSentence() ? String.valueOf(r.args().getFirst()) : text(r, locale);
    }


    /**
     * The API's language: English, which API clients have read so far, unless the request asks
     * for Spanish with {@code lang=es} or an {@code Accept-Language} that prefers it.
     */
    static Locale apiLanguage(HttpServletRequest request) {
        String lang = request.getParameter(Languages.PARAMETER);
        if (lang != null) {
            return Languages.named(lang);
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), Languages.SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header asks for nothing in particular
            }
        }
        return Locale.ENGLISH;
    }
}
