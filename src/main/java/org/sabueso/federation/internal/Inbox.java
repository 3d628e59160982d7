package org.sabueso.federation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sabueso.shared.AuditAtCommit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one verified envelope: the owner check of a state or removal ({@link RecordOwners}), the dedup rows (by message id, and by version per sender and
 * record), the kind bean's work and the audit entry commit in one transaction, so a message is
 * applied once or not at all. A {@link Refused} rolls it all back and is audited on its own.
 */
final class Inbox {

    /** Where a kind code leads: a record's state, its removal, or a message. */
    sealed interface Handler {
        record State(RecordKind kind) implements Handler { }
        record Removal(RecordKind kind) implements Handler { }
        record Message(MessageKind kind) implements Handler { }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate inTransaction;
    /** One message inside its batch's transaction: a savepoint, so a refusal undoes that message only. */
    private final TransactionTemplate inSavepoint;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<RecordKind> recordKinds;
    private final ObjectProvider<MessageKind> messageKinds;
    private final Counters counters;
    private final Clock clock;
    private volatile Map<String, Handler> handlers;

    Inbox(JdbcTemplate jdbc, TransactionTemplate inTransaction, ApplicationEventPublisher events,
          ObjectProvider<RecordKind> recordKinds, ObjectProvider<MessageKind> messageKinds, Counters counters, Clock clock) {
        this.jdbc = jdbc;
        this.inTransaction = inTransaction;
        this.inSavepoint = new TransactionTemplate(inTransaction.getTransactionManager());
        this.inSavepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
        this.events = events;
        this.recordKinds = recordKinds;
        this.messageKinds = messageKinds;
        this.counters = counters;
        this.clock = clock;
    }

    Optional<Handler> handler(String kind) {
        return Optional.ofNullable(handlers().get(kind));
    }

    /** The envelopes a batch applied, bound to its transaction, audited together at its end. */
    private static final Object BATCH = Inbox.class.getName() + ".batch";

    /**
     * Runs a batch of messages in one transaction (one commit for the whole poll); each message is
     * applied in a savepoint of it. The {@code federation.receive} entries of the messages applied
     * are appended together at the end, after the last savepoint, in one statement at the commit
     * ({@link AuditAtCommit}): each message stays audited, in the transaction that applies it,
     * and the chain costs one round trip per batch instead of one per message.
     */
    void inBatch(Runnable batch) {
        inTransaction.executeWithoutResult(status -> {
            List<Envelope> applied = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(BATCH, applied);
            try {
                batch.run();
            } finally {
                TransactionSynchronizationManager.unbindResource(BATCH);
            }
            AuditAtCommit.within(() -> {
                applied.forEach(e -> events.publishEvent(FederationAudit.received(e)));
                return null;
            });
        });
    }

    /**
     * Applies (in a savepoint of the batch's transaction when there is one), or throws
     * {@link Refused} after auditing and counting the refusal. The caller counts it applied once
     * the batch committed.
     */
    void apply(Envelope e, Handler handler) {
        try {
            inSavepoint.executeWithoutResult(status -> {
                switch (handler) {
                    case Handler.State s -> RecordOwners.check(s.kind(), e, false);
                    case Handler.Removal r -> RecordOwners.check(r.kind(), e, true);
                    case Handler.Message m -> { } // each message kind knows who may send it (ADR 0010, "What crosses")
                }
                int fresh = jdbc.update("INSERT INTO federation_received (message_id, from_node, kind, record_key, version) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING",
                        e.id(), e.from(), e.kind(), e.recordKey(), e.version());
                if (fresh == 0) {
                    throw new Refused(RefusalCode.REPLAYED, "message " + e.id() + " already applied");
                }
                // newer than what this sender said about the record before, or a replay
                int newer = jdbc.update("INSERT INTO federation_record_version (from_node, record_key, version) VALUES (?, ?, ?) "
                        + "ON CONFLICT (from_node, record_key) DO UPDATE SET version = EXCLUDED.version "
                        + "WHERE federation_record_version.version < EXCLUDED.version", e.from(), e.recordKey(), e.version());
                if (newer == 0) {
                    throw new Refused(RefusalCode.REPLAYED, "version " + e.version() + " of " + e.recordKey() + " is not newer");
                }
                switch (handler) {
                    case Handler.State s -> s.kind().applyState(e);
                    case Handler.Removal r -> r.kind().applyRemoval(e);
                    case Handler.Message m -> m.kind().apply(e);
                }
                @SuppressWarnings("unchecked")
                List<Envelope> batch = (List<Envelope>) TransactionSynchronizationManager.getResource(BATCH);
                if (batch != null) {
                    batch.add(e); // audited at the batch's end, once no savepoint can roll it back
                } else {
                    events.publishEvent(FederationAudit.received(e));
                }
            });
        } catch (Refused r) {
            refuse(e, r.code());
            throw r;
        }
    }

    /** Counts what a committed batch applied. */
    void committed(List<Envelope> applied) {
        java.time.Instant now = clock.instant();
        applied.forEach(e -> counters.applied(e.sentAt(), now));
    }

    void refuse(Envelope e, RefusalCode code) {
        counters.refused(code);
        inTransaction.executeWithoutResult(status -> events.publishEvent(FederationAudit.refused(e, code)));
    }

    private Map<String, Handler> handlers() {
        Map<String, Handler> h = handlers;
        if (h == null) {
            Map<String, Handler> m = new java.util.HashMap<>();
            recordKinds.orderedStream().forEach(k -> {
                m.put(k.stateKind(), new Handler.State(k));
                m.put(k.removedKind(), new Handler.Removal(k));
            });
            m.putAll(messageKinds.orderedStream().collect(Collectors.toMap(MessageKind::kind, Handler.Message::new)));
            h = Map.copyOf(m);
            handlers = h;
        }
        return h;
    }
}
