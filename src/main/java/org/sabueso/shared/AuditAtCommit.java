package org.sabueso.shared;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks a transaction whose audit entries may all be written together just before it commits, in
 * one round trip to the database, instead of one round trip each as they are published (a
 * screening with MATCHes: one entry per hit and its own; docs/benchmarks.md, session 9).
 *
 * <p>Only for a transaction that sets no savepoint: an entry kept back until the commit would
 * survive the rollback of a savepoint taken after it was published (the federation receiver
 * applies each message in a savepoint, ADR 0010, and marks only the end of its batch, where it
 * publishes the entries of the messages applied, after the last savepoint). Unmarked transactions write
 * each entry when it is published, so a savepoint's rollback takes its entries with it.
 */
public final class AuditAtCommit {

    private static final Object MARK = AuditAtCommit.class;

    private AuditAtCommit() {
    }

    /** Runs the body, inside its transaction, with its audit entries kept for the commit. */
    public static <T> T within(Supplier<T> body) {
        boolean outer = !TransactionSynchronizationManager.hasResource(MARK);
        if (outer) {
            TransactionSynchronizationManager.bindResource(MARK, Boolean.TRUE);
        }
        try {
            return body.get();
        } finally {
            if (outer) {
                TransactionSynchronizationManager.unbindResource(MARK);
            }
        }
    }

    /** Whether the code running now asked for its audit entries to be kept for the commit. */
    public static boolean marked() {
        return TransactionSynchronizationManager.hasResource(MARK);
    }
}
