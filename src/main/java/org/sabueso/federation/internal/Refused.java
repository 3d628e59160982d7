package org.sabueso.federation.internal;

/**
 * A received message that must not be applied: counted, audited ({@code federation.refused}) and
 * skipped, never retried. {@code code} is one of {@link RefusalCode}.
 */
public class Refused extends RuntimeException {

    private final RefusalCode code;

    public Refused(RefusalCode code, String detail) {
        super(code.code() + ": " + detail);
        this.code = code;
    }

    public RefusalCode code() {
        return code;
    }
}
