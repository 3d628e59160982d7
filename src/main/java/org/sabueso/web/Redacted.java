package org.sabueso.web;

/**
 * A failure as the log may keep it: each exception of the chain with its class and stack frames
 * but without its message. Messages of driver and parser exceptions quote the values sent (a
 * search term, a batch's parameters, other users' among them), and those never reach the log.
 */
final class Redacted extends RuntimeException {

    private Redacted(Throwable original, Redacted cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static Redacted of(Throwable e) {
        return of(e, 0);
    }

    private static Redacted of(Throwable e, int depth) {
        // a cause chain is short; the bound only guards against a cycle
        Throwable cause = e.getCause();
        return new Redacted(e, cause == null || cause == e || depth > 20 ? null : of(cause, depth + 1));
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
