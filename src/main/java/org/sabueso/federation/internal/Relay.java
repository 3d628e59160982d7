package org.sabueso.federation.internal;

import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * One thread that sends the committed outbox rows in sequence order and marks them sent only once
 * the broker acknowledged them all (acks=all, idempotent producer). A record change becomes, per
 * other node, its state as that node may see it ({@link RecordKind#stateFor}) or a removal where
 * the node had a copy and may no longer see it. While the broker is out of reach the rows stay
 * and the relay tries again each second: that is also how a post queues while offline.
 */
final class Relay implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Relay.class);
    /** Rows per round: one broker round trip and one transaction marking them. */
    private static final int ROUND = 500;
    private static final long IDLE_WAIT_MS = 50;
    private static final long RETRY_WAIT_MS = 1000;

    /** One message built from a row, with what marking it sent changes in {@code federation_copy_held}. */
    private record Outgoing(long seq, Envelope envelope, Copy copy, SnapshotChunks.Built chunk) {
        Outgoing(long seq, Envelope envelope, Copy copy) {
            this(seq, envelope, copy, null);
        }
    }

    private enum Copy { NONE, HELD, REMOVED }

    private final Directory directory;
    private final JdbcOutbox outbox;
    private final KafkaClients clients;
    private final KafkaProducer<String, byte[]> producer;
    private final PrivateKey key;
    private final Counters counters;
    private final TransactionTemplate inTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SnapshotChunks snapshots;
    private final Object wake = new Object();
    private volatile boolean running = true;
    private boolean topicsReady;

    Relay(Directory directory, JdbcOutbox outbox, KafkaClients clients, KafkaProducer<String, byte[]> producer,
          PrivateKey key, Counters counters, TransactionTemplate inTransaction, ApplicationEventPublisher events, Clock clock,
          SnapshotChunks snapshots) {
        this.directory = directory;
        this.outbox = outbox;
        this.clients = clients;
        this.producer = producer;
        this.key = key;
        this.counters = counters;
        this.inTransaction = inTransaction;
        this.events = events;
        this.clock = clock;
        this.snapshots = snapshots;
    }

    void stop() {
        running = false;
        nudge();
    }

    /** Wakes the relay early (a change committed); it also looks by itself every {@value #IDLE_WAIT_MS} ms. */
    void nudge() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (!topicsReady) {
                    topicsReady = clients.ensureTopics(allTopics());
                    if (!topicsReady) {
                        down("topics could not be checked");
                        continue;
                    }
                }
                if (!round()) {
                    synchronized (wake) {
                        wake.wait(IDLE_WAIT_MS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    down(e.toString());
                }
            }
        }
    }

    /** Sends one round of pending rows; false when there was none. */
    private boolean round() throws InterruptedException {
        List<JdbcOutbox.Row> rows = snapshots.capRound(outbox.pending(snapshots.roundSize(ROUND)));
        if (rows.isEmpty()) {
            return false;
        }
        List<Outgoing> outgoing = new ArrayList<>();
        for (JdbcOutbox.Row row : rows) {
            build(row, outgoing);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(outgoing.size());
        try {
            for (Outgoing o : outgoing) {
                Future<RecordMetadata> ack = producer.send(Envelopes.record(o.envelope(), key));
                if (ack.isDone()) {
                    // failed at once (no metadata within max.block.ms: the broker is out of reach);
                    // the rest of the round would each wait as long
                    ack.get();
                }
                acks.add(ack);
            }
            producer.flush();
            for (Future<RecordMetadata> f : acks) {
                f.get(30, TimeUnit.SECONDS);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // nothing is marked: the whole round goes again, with the same message ids, and the
            // receivers recognise what they already have
            down(e.getCause() == null ? e.toString() : e.getCause().toString());
            return true;
        }
        inTransaction.executeWithoutResult(status -> {
            outbox.markSent(rows.stream().map(JdbcOutbox.Row::seq).toList());
            for (Outgoing o : outgoing) {
                switch (o.copy()) {
                    case HELD -> outbox.copySent(o.envelope().to(), o.envelope().recordKey(), o.seq());
                    case REMOVED -> outbox.copyRemoved(o.envelope().to(), o.envelope().recordKey());
                    case NONE -> { }
                }
                if (o.chunk() != null) {
                    snapshots.sent(o.chunk());
                }
                events.publishEvent(FederationAudit.sent(o.envelope()));
            }
        });
        counters.sent.addAndGet(outgoing.size());
        counters.linkUp();
        return true;
    }

    private void build(JdbcOutbox.Row row, List<Outgoing> into) {
        if (snapshots.handles(row.kind())) {
            snapshots.build(row).forEach(b -> into.add(new Outgoing(row.seq(), b.envelope(), Copy.NONE, b)));
            return;
        }
        Optional<RecordKind> recordKind = row.recordId() == null ? Optional.empty() : outbox.recordKindOf(row.kind());
        if (recordKind.isEmpty()) {
            JsonNode payload = row.payload() == null ? null : Envelopes.JSON.readTree(row.payload());
            into.add(new Outgoing(row.seq(), envelope(row, row.kind(), row.toNode(), payload), Copy.NONE));
            return;
        }
        RecordKind kind = recordKind.get();
        List<NodeEntry> destinations = row.toNode() != null
                ? directory.node(row.toNode()).stream().toList()
                : directory.nodes().stream().filter(n -> !n.id().equals(directory.self())).toList();
        for (NodeEntry to : destinations) {
            Optional<Object> state = kind.stateFor(row.recordId(), to);
            if (state.isPresent()) {
                into.add(new Outgoing(row.seq(), envelope(row, kind.stateKind(), to.id(),
                        Envelopes.JSON.valueToTree(state.get())), Copy.HELD));
            } else if (outbox.copyHeld(to.id(), row.recordKey())) {
                into.add(new Outgoing(row.seq(), envelope(row, kind.removedKind(), to.id(), null), Copy.REMOVED));
            }
        }
    }

    private Envelope envelope(JdbcOutbox.Row row, String kind, String to, JsonNode payload) {
        return new Envelope(Envelopes.messageId(directory.self(), row.seq(), to, kind), Envelope.SCHEMA, kind,
                directory.self(), to, row.recordKey(), row.seq(), row.queuedAt(), payload);
    }

    private Set<String> allTopics() {
        Set<String> topics = directory.nodes().stream().map(NodeEntry::topic).collect(Collectors.toSet());
        topics.add(Topics.deadLetters(directory.self()));
        return topics;
    }

    private void down(String why) {
        if (counters.linkDownSince().isEmpty()) {
            log.warn("federation: broker out of reach ({}); outbox rows wait and are sent when it is back", why);
        }
        counters.linkDown(clock.instant());
        try {
            Thread.sleep(RETRY_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
