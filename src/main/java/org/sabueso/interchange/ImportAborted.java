package org.sabueso.interchange;

/**
 * A batch of an import could not be written (the database failed or refused it). Nothing of that
 * batch was written; the batches before it were, as {@link #report()} says.
 */
public final class ImportAborted extends RuntimeException {

    private final transient ImportReport report;
    private final long firstLineOfFailedBatch;

    public ImportAborted(ImportReport report, long firstLineOfFailedBatch, Throwable cause) {
        super("the import stopped at the batch starting on line " + firstLineOfFailedBatch
                + "; that batch was not written, earlier batches were", cause);
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
