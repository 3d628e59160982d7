package org.sabueso.network.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sabueso.network.NetworkRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;

/** Checks of free text typed or imported: length, and no control or invisible formatting characters. */
final class Texts {

    private Texts() {
    }

    /** Adds a refusal for the field when the value is missing (if required), too long, or holds hidden characters. */
    static void check(Map<String, Refusal> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.putIfAbsent(field, Refusal.of(NetworkRefusal.REQUIRED, field));
            }
            return;
        }
        if (value.length() > max) {
            errors.putIfAbsent(field, Refusal.of(NetworkRefusal.TOO_LONG, field, max));
            return;
        }
        if (hasHiddenCharacters(value)) {
            errors.putIfAbsent(field, Refusal.of(NetworkRefusal.HIDDEN_CHARACTERS, field));
        }
    }

    /** The stripped value, null when blank; refuses what {@link #check} refuses. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Map<String, Refusal> errors = new LinkedHashMap<>();
        check(errors, field, value, max, false);
        refuseAny(errors);
        return value.strip();
    }

    /** Throws every refusal collected, fields in the order found; nothing when there is none. */
    static void refuseAny(Map<String, Refusal> errors) {
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
    }

    static boolean hasHiddenCharacters(String s) {
        return s.codePoints().anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE);
    }

    /** Forty characters: enough to recognise an agency code or a name in a refusal, short enough for a line. */
    static String abbreviate(String s) {
        return abbreviate(s, 40);
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
