package org.sabueso.tip;

/**
 * The tip line cannot take this submission now: its photo decoding is full. Nothing was stored;
 * the tipster may send again after {@code retryAfterSeconds}. The web layer answers 503 with
 * {@code Retry-After}.
 */
public final class TipLineBusy extends RuntimeException {

    public static final String CODE = "tip.busy";

    private final int retryAfterSeconds;

    public TipLineBusy(int retryAfterSeconds) {
        super("the tip line is busy; try again in a minute", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
