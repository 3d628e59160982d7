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
    private String legacyText;

    private DomainException(Refusal refusal, String field) {
        // the message is the code and its arguments, for logs: never a sentence to parse
        super(refusal.toString());
        this.field = field;
        this.refusal = refusal;
    }

    private DomainException withLegacyText(String text) {
        this.legacyText = text;
        return this;
    }

    /** The code and its arguments, for logs (a sentence refusal's text while the old constructors remain). */
    @Override
    public String getMessage() {
        if (legacyText != null) {
            return legacyText;
        }
        return refusal.isSentence() ? String.valueOf(refusal.args().getFirst()) : refusal.toString();
    }

    /** @deprecated the English sentence given beside a code by the old constructors, until they are gone. */
    @Deprecated(forRemoval = true)
    public String legacyText() {
        return legacyText;
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

        /** @deprecated a sentence is not a code; use {@link #InvalidInput(String, Refusal.Code, Object...)}. */
        @Deprecated(forRemoval = true)
        public InvalidInput(String field, String message) {
            this(field, Refusal.sentence(message));
        }

        /** @deprecated a sentence is not a code; use {@link #InvalidInput(String, Refusal.Code, Object...)}. */
        @Deprecated(forRemoval = true)
        public InvalidInput(String field, String message, String code) {
            this(field, new Refusal(code, java.util.List.of()));
            super.withLegacyText(message);
        }

        /** @deprecated sentences are not codes; build a {@code Map<String, Refusal>}. */
        @Deprecated(forRemoval = true)
        public static InvalidInput sentences(Map<String, String> errors) {
            Map<String, Refusal> coded = new LinkedHashMap<>();
            errors.forEach((f, m) -> coded.put(f, Refusal.sentence(m)));
            return new InvalidInput(coded);
        }

        public Map<String, Refusal> errors() {
            return errors;
        }

        /** @deprecated for pages not yet rendering refusals: each field's text as the old constructors gave it. */
        @Deprecated(forRemoval = true)
        public Map<String, String> texts() {
            Map<String, String> texts = new LinkedHashMap<>();
            errors.forEach((f, r) -> texts.put(f, r.isSentence() ? String.valueOf(r.args().getFirst())
                    : legacyText() != null ? legacyText() : r.toString()));
            return texts;
        }
    }

    /** Nothing visible to the caller under that id: 404 (also when it exists but is not shared). */
    public static final class NotFound extends DomainException {
        public NotFound(Refusal.Code code, Object... args) {
            super(Refusal.of(code, args), null);
        }

        /** @deprecated a sentence is not a code. */
        @Deprecated(forRemoval = true)
        public NotFound(String message) {
            super(Refusal.sentence(message), null);
        }
    }

    /** Visible, but the caller's role or agency may not do this: 403. */
    public static final class NotAllowed extends DomainException {
        public NotAllowed(Refusal.Code code, Object... args) {
            super(Refusal.of(code, args), null);
        }

        /** @deprecated a sentence is not a code. */
        @Deprecated(forRemoval = true)
        public NotAllowed(String message) {
            super(Refusal.sentence(message), null);
        }

        /** @deprecated a sentence is not a code. */
        @Deprecated(forRemoval = true)
        public NotAllowed(String code, String message) {
            super(new Refusal(code, java.util.List.of()), null);
            super.withLegacyText(message);
        }
    }

    /** Not possible in the record's current state: 409. */
    public static final class Conflict extends DomainException {
        public Conflict(Refusal.Code code, Object... args) {
            super(Refusal.of(code, args), null);
        }

        /** @deprecated a sentence is not a code. */
        @Deprecated(forRemoval = true)
        public Conflict(String message) {
            super(Refusal.sentence(message), null);
        }

        /** @deprecated a sentence is not a code. */
        @Deprecated(forRemoval = true)
        public Conflict(String code, String message) {
            super(new Refusal(code, java.util.List.of()), null);
            super.withLegacyText(message);
        }
    }
}
