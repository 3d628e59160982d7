package org.sabueso.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the domain refuses, as a {@link Refusal} (a code and its arguments) and the field at
 * fault. The web layer turns each kind into its HTTP status and an RFC 9457 problem, and the code
 * into text in the reader's language; nothing in between reads the text.
 */
public sealed class DomainException extends RuntimeException {

    private final String field;
    private final Refusal refusal;

    private DomainException(Refusal refusal, String field) {
        // the message is the code and its arguments, for logs: never a sentence to parse
        super(refusal.toString());
        this.field = field;
        this.refusal = refusal;
    }

    public String field() {
        return field;
    }

    /** The refusal: its code and arguments. */
    public Refusal refusal() {
        return refusal;
    }

    /** The stable code for clients and message bundles (such as {@code photo.too-many-pixels}). */
    public String code() {
        return refusal.code();
    }

    /** Input that breaks a rule: 400. Holds every field at fault, in the order found. */
    public static final class InvalidInput extends DomainException {
        private final Map<String, Refusal> errors;

        public InvalidInput(String field, Refusal.Code code, Object... args) {
            this(Map.of(field, Refusal.of(code, args)));
        }

        public InvalidInput(String field, Refusal refusal) {
            this(Map.of(field, refusal));
        }

        public InvalidInput(Map<String, Refusal> errors) {
            super(errors.values().iterator().next(), errors.keySet().iterator().next());
            this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }

        public Map<String, Refusal> errors() {
            return errors;
        }

    }

    /** Nothing visible to the caller under that id: 404 (also when it exists but is not shared). */
    public static final class NotFound extends DomainException {
        public NotFound(Refusal.Code code, Object... args) {
            super(Refusal.of(code, args), null);
        }

    }

    /** Visible, but the caller's role or agency may not do this: 403. */
    public static final class NotAllowed extends DomainException {
        public NotAllowed(Refusal.Code code, Object... args) {
            super(Refusal.of(code, args), null);
        }

    }

    /** Not possible in the record's current state: 409. */
    public static final class Conflict extends DomainException {
        public Conflict(Refusal.Code code, Object... args) {
            super(Refusal.of(code, args), null);
        }

    }
}
