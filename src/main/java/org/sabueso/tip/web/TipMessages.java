package org.sabueso.tip.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sabueso.web.StorableText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the tip line's refusals (English sentences, as the API gives them) into the page's
 * language beside their field. Templates reach it as {@code @tipMessages}.
 */
@Component("tipMessages")
class TipMessages {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("is required", "tip.problem.required"),
            Map.entry(StorableText.REFUSAL, "tip.problem.unstorable"),
            Map.entry("at most 10000 characters", "tip.problem.long"),
            Map.entry("at most 500 characters", "tip.problem.long"),
            Map.entry("at most 300 characters", "tip.problem.long"),
            Map.entry("at most 3 photos", "tip.problem.photos.many"),
            Map.entry("the photo is empty", "tip.problem.photos.broken"),
            Map.entry("a photo may be at most 5 MB", "tip.problem.photos.size"),
            Map.entry("only JPEG and PNG photos are accepted", "tip.problem.photos.type"),
            Map.entry("the photo could not be read as an image", "tip.problem.photos.broken"),
            Map.entry("the photo took too long to read", "tip.problem.photos.slow"),
            Map.entry("the tip line is busy; try again in a minute", "tip.problem.busy"),
            Map.entry("choose the country to tell", "tip.problem.agencyId"),
            Map.entry("unknown agency", "tip.problem.agencyId"),
            Map.entry("choose a status", "tip.problem.status"),
            Map.entry("only a tip about a notice can lead to its capture", "tip.problem.status.capture"),
            Map.entry("assign to an analyst or supervisor of your agency", "tip.problem.assignedTo"),
            Map.entry("say when the subject was seen", "tip.problem.seenAt"),
            Map.entry("not a date and time", "tip.problem.seenAt"),
            Map.entry("a sighting cannot be in the future", "tip.problem.seenAt.future"),
            Map.entry("too long ago", "tip.problem.seenAt"),
            Map.entry("choose how sure the sighting is", "tip.problem.confidence"),
            Map.entry("choose the reward offer you claim", "tip.problem.offerId"),
            Map.entry("no reward offer on this tip's notice", "tip.problem.offerId"),
            Map.entry("this tip already has a claim for this capture", "tip.problem.offerId.twice"),
            Map.entry("a reward may be claimed once the tip has led to a capture", "tip.problem.offerId.early"));

    /** Refusals that carry numbers, with the numbers as the message's arguments. */
    private static final Map<Pattern, String> WITH_NUMBERS = Map.of(
            Pattern.compile("a photo may have at most (\\d+) pixels \\((\\d+) × (\\d+)\\); this one has (\\d+) × (\\d+)"),
            "tip.problem.photos.pixels");

    private final MessageSource messages;

    TipMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message for {@code field} in the page's language; the sentence itself when it is not known. */
    public String of(String field, String message) {
        String key = KNOWN.get(message);
        if (key != null) {
            return messages.getMessage(key, null, message, LocaleContextHolder.getLocale());
        }
        for (var known : WITH_NUMBERS.entrySet()) {
            Matcher m = known.getKey().matcher(message == null ? "" : message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = Long.parseLong(m.group(i + 1));
                }
                return messages.getMessage(known.getValue(), args, message, LocaleContextHolder.getLocale());
            }
        }
        return message;
    }
}
