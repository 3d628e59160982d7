package org.sabueso.shared;

/**
 * A request the domain refuses, with the reason a person can act on. The web layer turns each
 * kind into its HTTP status and an RFC 9457 problem; {@code field} names the input at fault.
 */
public sealed class DomainException extends RuntimeException {

    private final String field;
    private final String code;

    private DomainException(String message, String field) {
        this(message, field, null);
    }

    private DomainException(String message, String field, String code) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    /** A stable code for clients and message bundles (such as {@code photo.too-many-pixels}); null when none was given. */
    public String code() {
        return code;
    }

    /** Input that breaks a rule: 400. Holds every field at fault, in the order found. */
    public static final class InvalidInput extends DomainException {
        private final java.util.Map<String, String> errors;

        public InvalidInput(String field, String message) {
            this(java.util.Map.of(field, message));
        }

        public InvalidInput(String field, String message, String code) {
            this(java.util.Map.of(field, message), code);
        }

        public InvalidInput(java.util.Map<String, String> errors) {
            this(errors, null);
        }

        /** With the stable code of the first refusal. */
        public InvalidInput(java.util.Map<String, String> errors, String code) {
            super(errors.values().iterator().next(), errors.keySet().iterator().next(), code);
            this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
        }

        public java.util.Map<String, String> errors() {
            return errors;
        }
    }

    /** Nothing visible to the caller under that id: 404 (also when it exists but is not shared). */
    public static final class NotFound extends DomainException {
        public NotFound(String message) {
            super(message, null);
        }
    }

    /** Visible, but the caller's role or agency may not do this: 403. */
    public static final class NotAllowed extends DomainException {
        public NotAllowed(String message) {
            super(message, null);
        }

        public NotAllowed(String code, String message) {
            super(message, null, code);
        }
    }

    /** Not possible in the record's current state: 409. */
    public static final class Conflict extends DomainException {
        public Conflict(String message) {
            super(message, null);
        }

        public Conflict(String code, String message) {
            super(message, null, code);
        }
    }
}
