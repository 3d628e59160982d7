package org.sabueso.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * A message of the bundles around what people wrote, as HTML: the message's words in the page's
 * language, each argument as it was written, escaped and marked {@code data-i18n-skip}, so the
 * language check (BilingualPagesTest) reads the label and not the data. One mechanism for every
 * page that words a stored code with typed arguments (notice history reasons, prisoner history,
 * payouts).
 */
public final class DataText {

    /** Private-use characters no message and no escaping contains: where each argument goes. */
    private static final String SLOT_START = "\uE000";
    private static final String SLOT_END = "\uE001";
    /** Escape only what HTML needs (&lt; &amp; quotes): "revisión" stays as written. */
    private static final String UTF_8 = "UTF-8";

    private DataText() {
    }

    /**
     * The message {@code key} (or {@code defaultMessage} when the bundles lack it; null: the key must
     * exist) with {@code args} marked as data; a null argument reads "—".
     */
    public static String html(MessageSource messages, String key, String defaultMessage, List<?> args, Locale locale) {
        Object[] slots = new Object[args.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = SLOT_START + i + SLOT_END;
        }
        String message = defaultMessage == null ? messages.getMessage(key, slots, locale)
                : messages.getMessage(key, slots, defaultMessage, locale);
        String html = HtmlUtils.htmlEscape(message, UTF_8);
        for (int i = 0; i < slots.length; i++) {
            Object arg = args.get(i);
            html = html.replace(SLOT_START + i + SLOT_END, asData(arg == null ? "—" : String.valueOf(arg)));
        }
        return html;
    }

    /** What one person wrote, escaped and marked as data; nothing for null. */
    public static String asData(String typed) {
        return "<span data-i18n-skip>" + HtmlUtils.htmlEscape(typed == null ? "" : typed, UTF_8) + "</span>";
    }
}
