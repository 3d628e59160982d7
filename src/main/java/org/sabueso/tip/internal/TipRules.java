package org.sabueso.tip.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.sabueso.shared.Refusal;
import org.sabueso.tip.Confidence;
import org.sabueso.tip.TipRefusal;
import org.sabueso.web.StorableText;

/**
 * The tip line's rules on what is typed: lengths, required fields, a sighting's time. Refusals
 * are coded and carry only numbers, never the text refused: a tip's words must not reach a log.
 */
final class TipRules {

    /** A report's or a message's text: about four printed pages. */
    static final int MAX_TEXT = 10_000;
    /** Where and when, as the tipster words them: a line or two. */
    static final int MAX_SHORT = 500;
    /** A sighting's place, as an analyst records it from the tip. */
    static final int MAX_PLACE = 300;
    /** No sighting of a subject before the platform's oldest records (1990) is plausible. */
    static final Instant OLDEST_SIGHTING = Instant.parse("1990-01-01T00:00:00Z");
    /** Clocks of the staff's machines and the server may disagree by some minutes; an hour is generous. */
    static final long FUTURE_SLACK_HOURS = 1;

    private TipRules() {
    }

    /**
     * Text as typed, null when blank. Text the database cannot store (NUL, other control
     * characters, broken Unicode) is refused beside its field, as the edge refuses it everywhere
     * else: the multipart forms of the tip line are read only here, after their chain's limits.
     */
    static String text(String value, int max, String field, boolean required, Map<String, Refusal> errors) {
        if (!StorableText.taken(value)) {
            errors.put(field, Refusal.of(TipRefusal.UNSTORABLE));
            return null;
        }
        String v = value == null ? null : value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.put(field, Refusal.of(TipRefusal.REQUIRED));
            }
            return null;
        }
        if (v.length() > max) {
            errors.put(field, Refusal.of(TipRefusal.TOO_LONG, max));
            return null;
        }
        return v;
    }

    /** A sighting's moment and confidence, refused beside their fields. */
    static void sighting(Instant seenAt, Confidence confidence, Instant now, Map<String, Refusal> errors) {
        if (seenAt == null) {
            errors.put("seenAt", Refusal.of(TipRefusal.SEEN_AT_REQUIRED));
        } else if (seenAt.isAfter(now.plus(FUTURE_SLACK_HOURS, ChronoUnit.HOURS))) {
            errors.put("seenAt", Refusal.of(TipRefusal.SEEN_AT_FUTURE));
        } else if (seenAt.isBefore(OLDEST_SIGHTING)) {
            errors.put("seenAt", Refusal.of(TipRefusal.SEEN_AT_TOO_OLD));
        }
        if (confidence == null) {
            errors.put("confidence", Refusal.of(TipRefusal.CONFIDENCE_REQUIRED));
        }
    }
}
