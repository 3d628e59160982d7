package org.sabueso.reward.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * An exchange rate's source in the reader's language: sources are recorded as codes worded by
 * {@code reward.rateSource.<code>}; a source recorded in words before codes shows as it was.
 */
final class RateSources {

    private RateSources() {
    }

    static String text(MessageSource messages, String source, Locale locale) {
        if (source == null || source.isBlank()) {
            return null;
        }
        return messages.getMessage("reward.rateSource." + source.strip(), null, source, locale);
    }
}
