package org.sabueso.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sabueso.shared.DomainException;

/**
 * The one place where text from a request (a path variable, a query or form value) becomes an id
 * or a choice, with one coded refusal for each kind of mistake. Controllers of every
 * module call it instead of parsing by hand, so "abc" as a hit id is answered alike everywhere.
 */
public final class RequestValues {

    /** The 8-4-4-4-12 hex form only: {@link UUID#fromString} also takes "1-1-1-1-1". */
    private static final Pattern UUID_FORM = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    /**
     * The largest page a list pages to: 10,000 pages of 50 is more than any list holds, so a
     * larger number is cut to it rather than computed.
     */
    public static final int MAX_PAGE = 10_000;

    private RequestValues() {
    }

    /**
     * A page number of a console or portal list as its links write it (from 0, shared.Page):
     * lenient, as a person may type anything in the address bar: text that is no number, or a
     * negative one, is the first page; a huge one is cut to {@link #MAX_PAGE}, and
     * {@link org.sabueso.shared.Page#within} then brings it back to the last page there is.
     */
    public static int pageFromZero(String text) {
        if (text == null) {
            return 0;
        }
        String digits = text.strip();
        if (!digits.matches("-?\\d{1,20}")) {
            return 0;
        }
        if (digits.startsWith("-")) {
            return 0;
        }
        return digits.length() > 6 ? MAX_PAGE : Math.min(Integer.parseInt(digits), MAX_PAGE);
    }

    /** The record a path names: text that is not a UUID names nothing, so 404 as for an unknown id. */
    public static UUID pathId(String text) {
        if (text == null || !UUID_FORM.matcher(text).matches()) {
            throw new DomainException.NotFound(RequestRefusal.NO_SUCH_RECORD);
        }
        return UUID.fromString(text);
    }

    /** A UUID given in a field (a query or form value): 400 naming the field when it is not one. */
    public static UUID uuid(String field, String text) {
        if (text == null || !UUID_FORM.matcher(text.strip()).matches()) {
            throw new DomainException.InvalidInput(field, RequestRefusal.NOT_A_UUID);
        }
        return UUID.fromString(text.strip());
    }

    /** The constant a field names, in any case: 400 naming the field and the allowed values otherwise. */
    public static <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
        if (text != null) {
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
        }
        throw new DomainException.InvalidInput(field, RequestRefusal.NOT_A_CHOICE,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** A filter's constant, or {@code otherwise} when none or an unknown one is given (a filter narrows, never refuses). */
    public static <E extends Enum<E>> E choiceOr(Class<E> type, String text, E otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst().orElse(otherwise);
    }
}
