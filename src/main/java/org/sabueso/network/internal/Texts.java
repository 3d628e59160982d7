package org.sabueso.network.internal;

import java.util.Map;

import org.sabueso.shared.DomainException;

/** Checks of free text typed or imported: length, and no control or invisible formatting characters. */
final class Texts {

    private Texts() {
    }

    /** Adds an error for the field when the value is missing (if required), too long, or holds hidden characters. */
    static void check(Map<String, String> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.putIfAbsent(field, field + " is required");
            }
            return;
        }
        if (value.length() > max) {
            errors.putIfAbsent(field, field + " is longer than " + max + " characters");
            return;
        }
        if (hasHiddenCharacters(value)) {
            errors.putIfAbsent(field, field + " holds control or invisible formatting characters");
        }
    }

    /** The stripped value, null when blank; refuses what {@link #check} refuses. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        check(errors, field, value, max, false);
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        return value.strip();
    }

    static boolean hasHiddenCharacters(String s) {
        return s.codePoints().anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE);
    }

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
