package org.sabueso.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the domain's sentences ({@code DomainException} messages and the reasons it writes into a
 * notice's history, in English for logs and the API) into the page's language. Each known sentence maps to a message key, with the
 * variable part as argument; an unknown one is shown as it is, which is better than nothing.
 * Templates reach it as {@code @domainMessages}.
 */
@Component("domainMessages")
public class DomainMessages {

    private static final Map<Pattern, String> KNOWN = new LinkedHashMap<>();

    static {
        known("the subject's name is required", "problem.name.required");
        known("the name is longer than (\\d+) characters", "problem.name.long");
        known("a name needs given names or a surname", "problem.name.parts");
        known("expected YYYY, YYYY-MM or YYYY-MM-DD: (.*)", "problem.partialDate.format");
        known("impossible date: (.*)", "problem.partialDate.impossible");
        known("year out of range: (.*)", "problem.partialDate.year");
        known("a day needs a month", "problem.partialDate.dayWithoutMonth");
        known("unknown country code: (.*)", "problem.country.unknown");
        known("unknown country code", "problem.country.unknown");
        known("each document needs a type and a number", "problem.document.incomplete");
        known("document type and number are at most 64 characters", "problem.document.long");
        known("at most 2000 characters", "problem.text.long2000");
        known("is required", "problem.required");
        known("must be one of .*", "problem.choice");
        known("a date \\(YYYY-MM-DD\\) is required", "problem.date.required");
        known("not a date in the form YYYY-MM-DD", "problem.date.format");
        known("unknown agency: (.*)", "problem.partners.unknown");
        known("choose whether to approve or return the notice", "problem.decision.required");
        known("no notice .*", "problem.notFound");
        // screening: the form, answers to hits, decisions on links
    }

    private static void known(String sentence, String key) {
        KNOWN.put(Pattern.compile(sentence, Pattern.DOTALL), key);
    }

    /** The message keys sentences map to, so a test can check that every one exists. */
    static java.util.Collection<String> keys() {
        return KNOWN.values();
    }

    private final MessageSource messages;
    private final Site site;

    DomainMessages(MessageSource messages, Site site) {
        this.messages = messages;
        this.site = site;
    }

    /** The message in the current request's language. */
    public String translate(String message) {
        if (message == null) {
            return "";
        }
        for (var known : KNOWN.entrySet()) {
            Matcher m = known.getKey().matcher(message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = argument(m.group(i + 1));
                }
                return messages.getMessage(known.getValue(), args, message, LocaleContextHolder.getLocale());
            }
        }
        return message;
    }

    /** Status names and ISO dates inside a sentence read as the page writes them. */
    private String argument(String word) {
        if (word == null) {
            return null;
        }
        if (word.matches("[A-Z_]+")) {
            return messages.getMessage("status." + word, null, word, LocaleContextHolder.getLocale());
        }
        if (word.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return site.date(java.time.LocalDate.parse(word));
            } catch (java.time.format.DateTimeParseException notADate) {
                return word;
            }
        }
        return word;
    }
}
