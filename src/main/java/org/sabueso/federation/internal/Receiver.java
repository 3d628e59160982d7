package org.sabueso.federation.internal;

import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One consumer (group = this node's id) on this node's inbox. Each message is read, checked
 * (schema, kind, signature against the directory key of its sender, addressee) and applied in
 * its own transaction; the offsets are committed after the batch is applied, so a node that was
 * down catches up from them, and the dedup tables make a message applied twice change nothing.
 * A message that fails any way is dead-lettered or refused, and the next one goes on.
 */
final class Receiver implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Receiver.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Directory directory;
    private final KafkaClients clients;
    private final KafkaProducer<String, byte[]> producer;
    private final Inbox inbox;
    private final Counters counters;
    private final TransactionTemplate inTransaction;
    private final ApplicationEventPublisher events;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running = true;

    Receiver(Directory directory, KafkaClients clients, KafkaProducer<String, byte[]> producer, Inbox inbox,
             Counters counters, TransactionTemplate inTransaction, ApplicationEventPublisher events) {
        this.directory = directory;
        this.clients = clients;
        this.producer = producer;
        this.inbox = inbox;
        this.counters = counters;
        this.inTransaction = inTransaction;
        this.events = events;
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    @Override
    public void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = clients.consumer()) {
                consumer = c;
                c.subscribe(List.of(Topics.inbox(directory.self())));
                while (running) {
                    ConsumerRecords<String, byte[]> batch = c.poll(POLL);
                    if (!batch.isEmpty()) {
                        List<Envelope> applied = new java.util.ArrayList<>();
                        inbox.inBatch(() -> batch.forEach(r -> handle(r).ifPresent(applied::add)));
                        inbox.committed(applied);
                        c.commitSync();
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                // the broker went away mid-commit, or the group rebalanced: what was applied and not
                // committed comes again and is recognised as applied
                if (running) {
                    log.warn("federation: receiver restarts after {}", e.toString());
                    pause();
                }
            }
        }
    }

    /** Never throws for one message: the ones behind it must go on. The envelope when applied. */
    Optional<Envelope> handle(ConsumerRecord<String, byte[]> r) {
        counters.received.incrementAndGet();
        Envelope e;
        try {
            e = Envelopes.parse(r.value());
        } catch (RuntimeException ex) {
            deadLetter(r, "unreadable");
            return Optional.empty();
        }
        if (e.schema() != Envelope.SCHEMA && e.schema() != Envelope.SCHEMA - 1) {
            deadLetter(r, "schema-" + e.schema());
            return Optional.empty();
        }
        Optional<Inbox.Handler> handler = inbox.handler(e.kind());
        if (handler.isEmpty()) {
            deadLetter(r, "unknown-kind");
            return Optional.empty();
        }
        try {
            Optional<PublicKey> key = directory.keyOf(e.from());
            if (key.isEmpty()) {
                inbox.refuse(e, RefusalCode.UNKNOWN_SENDER);
            } else if (!Keys.verify(key.get(), r.value(), Envelopes.signature(r.headers()))) {
                inbox.refuse(e, RefusalCode.BAD_SIGNATURE);
            } else if (!directory.self().equals(e.to())) {
                inbox.refuse(e, RefusalCode.WRONG_ADDRESSEE);
            } else {
                inbox.apply(e, handler.get());
                return Optional.of(e);
            }
        } catch (Refused refused) {
            // audited and counted by the inbox; skipped
        } catch (RuntimeException ex) {
            log.warn("federation: message {} of kind {} from {} failed: {}", e.id(), e.kind(), e.from(), ex.toString());
            deadLetter(r, "failed");
        }
        return Optional.empty();
    }

    private void deadLetter(ConsumerRecord<String, byte[]> r, String reason) {
        counters.deadLetters.incrementAndGet();
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(Topics.deadLetters(directory.self()), null, r.key(), r.value(),
                new org.apache.kafka.common.header.internals.RecordHeaders(r.headers().toArray()));
        copy.headers().add("sabueso-dlq-reason", reason.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            producer.send(copy).get(30, TimeUnit.SECONDS);
        } catch (Exception ex) {
            log.warn("federation: could not dead-letter {}@{}: {}", r.topic(), r.offset(), ex.toString());
        }
        inTransaction.executeWithoutResult(status ->
                events.publishEvent(FederationAudit.deadLetter(r.key(), reason, r.topic(), r.offset())));
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
