package org.sabueso.federation.internal;

import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
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
    /** How often a wait for the broker's acknowledgement looks whether the relay stops, and marks the link down. */
    private static final long ACK_PATIENCE_MS = 1000;

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
    /** The relay's own producer, made at its first round and again after a failure ({@link #replaceProducer}). */
    private volatile KafkaProducer<String, byte[]> producer;
    private final PrivateKey key;
    private final Counters counters;
    private final TransactionTemplate inTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SnapshotChunks snapshots;
    private final Object wake = new Object();
    private volatile boolean running = true;
    private boolean topicsReady;

    Relay(Directory directory, JdbcOutbox outbox, KafkaClients clients, PrivateKey key, Counters counters,
          TransactionTemplate inTransaction, ApplicationEventPublisher events, Clock clock, SnapshotChunks snapshots) {
        this.directory = directory;
        this.outbox = outbox;
        this.clients = clients;
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

    /** After the relay's thread ended: what the producer still holds is sent within five seconds, or stays in the outbox. */
    void close() {
        KafkaProducer<String, byte[]> p = producer;
        if (p != null) {
            p.close(java.time.Duration.ofSeconds(5));
        }
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
                    // a send that threw may leave earlier ones of its round pending: never sent after the resend
                    replaceProducer();
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
        if (counters.linkDownSince().isPresent() && !brokerAnswers()) {
            return true;
        }
        List<Outgoing> outgoing = new ArrayList<>();
        // each record read once per round: every row about it is sent as its state now
        Map<String, Function<NodeEntry, Optional<Object>>> states = new HashMap<>();
        for (JdbcOutbox.Row row : rows) {
            build(row, outgoing, states);
        }
        List<ProducerRecord<String, byte[]>> signed = outgoing.stream().map(o -> Envelopes.record(o.envelope(), key)).toList();
        List<Future<RecordMetadata>> acks = new ArrayList<>(signed.size());
        try {
            KafkaProducer<String, byte[]> p = producer();
            for (ProducerRecord<String, byte[]> r : signed) {
                Future<RecordMetadata> ack = p.send(r);
                if (ack.isDone()) {
                    // failed at once (no metadata within max.block.ms: the broker is out of reach);
                    // the rest of the round would each wait as long
                    ack.get();
                }
                acks.add(ack);
            }
            for (Future<RecordMetadata> f : acks) {
                awaitAck(f);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            // Nothing is marked: the whole round goes again, with the same message ids, and the
            // receivers recognise what they already have. A send refused at once for want of the
            // broker (no metadata, no buffer within max.block.ms) was never queued, and those before
            // it are queued, in order, ahead of the round sent again: the producer stays. Any other
            // failure is one the producer does not retry: what it still holds of this round must
            // never reach a broker after the messages sent again, or a later version of a record
            // would pass an earlier one, so it is closed at once (its pending sends fail) and the
            // round goes again from a new producer.
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException)) {
                replaceProducer();
            }
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

    /**
     * Waits for the broker's acknowledgement as long as it takes: the producer retries, in order,
     * while the broker is away ({@link KafkaClients#relayProducer}); meanwhile the link counts as
     * down, which the status shows. Returns early only when the relay stops.
     */
    private void awaitAck(Future<RecordMetadata> ack) throws InterruptedException, java.util.concurrent.ExecutionException {
        while (true) {
            try {
                ack.get(ACK_PATIENCE_MS, TimeUnit.MILLISECONDS);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (!running) {
                    throw new InterruptedException("the relay stops");
                }
                if (counters.linkDownSince().isEmpty()) {
                    log.warn("federation: broker out of reach; the producer retries, in order, and the outbox rows wait");
                }
                counters.linkDown(clock.instant());
            }
        }
    }

    /**
     * While the link is down: whether the broker knows every other node's inbox again, asked before
     * a round is built and signed (each try at a round signs every message of it again).
     */
    private boolean brokerAnswers() {
        try {
            for (NodeEntry n : directory.nodes()) {
                if (!n.id().equals(directory.self())) {
                    producer().partitionsFor(n.topic());
                }
            }
            return true;
        } catch (org.apache.kafka.common.KafkaException e) {
            down(e.toString());
            return false;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = clients.relayProducer();
        }
        return producer;
    }

    /** Closes the producer at once (what it still holds fails, never sent) and lets the next round make a new one. */
    private void replaceProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    private void build(JdbcOutbox.Row row, List<Outgoing> into, Map<String, Function<NodeEntry, Optional<Object>>> states) {
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
        Function<NodeEntry, Optional<Object>> stateFor = states.computeIfAbsent(row.kind() + "|" + row.recordId(),
                k -> kind.statesFor(row.recordId()));
        for (NodeEntry to : destinations) {
            Optional<Object> state = stateFor.apply(to);
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
