package org.sabueso.interchange;

/**
 * A batch of an import could not be written (the database failed or refused it). Nothing of that
 * batch was written; the batches before it were, and with parallel writers possibly the one being
 * written beside it: {@link #report()} counts every person written.
 */
public final class ImportAborted extends RuntimeException {

    private final transient ImportReport report;
    private final long firstLineOfFailedBatch;

    public ImportAborted(ImportReport report, long firstLineOfFailedBatch, Throwable cause) {
        super("the import stopped at the batch starting on line " + firstLineOfFailedBatch
                + "; that batch was not written, the batches before it were ('imported' counts every person written)",
                cause);
        this.report = report;
        this.firstLineOfFailedBatch = firstLineOfFailedBatch;
    }

    public ImportReport report() {
        return report;
    }

    public long firstLineOfFailedBatch() {
        return firstLineOfFailedBatch;
    }
}
