package org.sabueso.tip;

/**
 * The tip line cannot take this submission now: its photo decoding is full. Nothing was stored;
 * the tipster may send again after {@code retryAfterSeconds}. The web layer answers 503 with
 * {@code Retry-After}.
 */
public final class TipLineBusy extends RuntimeException {

    private final int retryAfterSeconds;

    public TipLineBusy(int retryAfterSeconds) {
        // the code for logs; a page shows refusal() in its own language
        super(TipRefusal.BUSY.code(), null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public org.sabueso.shared.Refusal refusal() {
        return org.sabueso.shared.Refusal.of(TipRefusal.BUSY);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
