package org.sabueso.shared;

/**
 * A value type ({@link PartialDate}, {@link CountryCode}, {@link PersonName}, {@link Money})
 * refusing its input. It stays an {@link IllegalArgumentException}, so code that builds values
 * from trusted data need not know it; the edge names the field and translates {@link #refusal()}.
 */
public final class InvalidValue extends IllegalArgumentException {

    private final transient Refusal refusal;

    public InvalidValue(Refusal.Code code, Object... args) {
        this(Refusal.of(code, args));
    }

    private InvalidValue(Refusal refusal) {
        super(refusal.toString());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The refusal of any IllegalArgumentException: coded when it is an InvalidValue, else its text as written. */
    public static Refusal refusalOf(IllegalArgumentException e) {
        return e instanceof InvalidValue v ? v.refusal() : Refusal.sentence(e.getMessage());
    }
}
