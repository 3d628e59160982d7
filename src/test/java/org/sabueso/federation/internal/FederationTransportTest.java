package org.sabueso.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sabueso.SabuesoApplication;
import org.sabueso.demo.DemoAgencies;
import org.sabueso.federation.FederationSetup;
import org.sabueso.federation.FederationStatus;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The transport over a real in-process KRaft broker: one node (VE, a whole application with its
 * own embedded PostgreSQL) and a raw Kafka client playing node PE with PE's key from the same
 * directory. One context for every case: it is the expensive part.
 */
class FederationTransportTest {

    @TempDir
    static Path dir;

    static EmbeddedKafkaKraftBroker broker;
    static ConfigurableApplicationContext ve;
    static PingKind ping = new PingKind();
    static FederationSetup.Result files;
    static KafkaProducer<String, byte[]> pe;

    @BeforeAll
    static void start() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        files = FederationSetup.init(List.of("VE", "PE"), List.of(), DemoAgencies.all(), dir.resolve("federation"));
        ve = new SpringApplicationBuilder(SabuesoApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("pingKind", PingKind.class, () -> ping))
                // as arguments: default properties would lose to application.properties (the demo would load)
                .run("--sabueso.node.id=VE",
                        "--sabueso.node.key=" + files.privateKeys().get("VE"),
                        "--sabueso.federation.directory=" + files.directory(),
                        "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--sabueso.data-dir=" + dir.resolve("ve"),
                        "--sabueso.demo.enabled=false",
                        "--server.port=0",
                        "--spring.main.banner-mode=off");
        pe = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @AfterAll
    static void stop() {
        if (pe != null) {
            pe.close();
        }
        if (ve != null) {
            ve.close();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    static PrivateKey key(String node) throws Exception {
        return Keys.readPrivateKey(files.privateKeys().get(node));
    }

    static Envelope fromPe(String recordKey, long version, String payloadField) {
        return new Envelope(UUID.randomUUID(), Envelope.SCHEMA, PingKind.KIND, "PE", "VE", recordKey, version, Instant.now(),
                JsonNodeFactory.instance.objectNode().put(payloadField, "x"));
    }

    static void send(ProducerRecord<String, byte[]> r) throws Exception {
        pe.send(r).get();
    }

    static Counters counters() {
        return ve.getBean(Counters.class);
    }

    static long audited(String action, String recordKey) {
        Long n = ve.getBean(JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM audit_entry WHERE action = ? AND target_id = ?", Long.class, action, recordKey);
        return n == null ? 0 : n;
    }

    @Test
    void a_message_crosses_both_ways_signed_and_audited_on_each_side() throws Exception {
        // PE → VE
        Envelope in = fromPe("ping:in-" + UUID.randomUUID(), 1, "hello");
        send(Envelopes.record(in, key("PE")));
        await().atMost(Duration.ofSeconds(30)).until(() -> ping.applied.stream().anyMatch(e -> e.id().equals(in.id())));
        await().atMost(Duration.ofSeconds(10)).until(() -> audited(FederationAudit.RECEIVE, in.recordKey()) == 1);

        // VE → PE, through the outbox in a transaction of VE's
        String key = "ping:out-" + UUID.randomUUID();
        ve.getBean(TransactionTemplate.class).executeWithoutResult(s ->
                ve.getBean(Outbox.class).send(PingKind.KIND, key, "PE", Map.of("n", 7)));
        ConsumerRecord<String, byte[]> out = readOne(Topics.inbox("PE"), key);
        Envelope sent = Envelopes.parse(out.value());
        assertThat(sent.from()).isEqualTo("VE");
        assertThat(sent.payload().get("n").asInt()).isEqualTo(7);
        assertThat(Keys.verify(ve.getBean(Directory.class).keyOf("VE").orElseThrow(), out.value(),
                Envelopes.signature(out.headers()))).as("signed by VE").isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> audited(FederationAudit.SEND, key) == 1
                && ve.getBean(FederationStatus.class).outboxPending() == 0);
    }

    @Test
    void a_sealed_tips_message_tells_only_the_minute_it_was_filed_in_its_envelope_and_its_kafka_timestamp() throws Exception {
        // the tip itself, and the tipster's later replies
        for (String kind : List.of(Kinds.TIP_SEALED, Kinds.TIP_REPLY)) {
            String key = "tip:minute-" + UUID.randomUUID();
            ve.getBean(TransactionTemplate.class).executeWithoutResult(s ->
                    ve.getBean(Outbox.class).send(kind, key, "PE", Map.of("sealed", "x")));
            ConsumerRecord<String, byte[]> out = readOne(Topics.inbox("PE"), key);
            Envelope sent = Envelopes.parse(out.value());
            assertThat(sent.sentAt().toEpochMilli() % 60_000).as(kind + ": envelope time within the minute").isZero();
            assertThat(out.timestamp()).as(kind + ": Kafka's record timestamp").isEqualTo(sent.sentAt().toEpochMilli());
        }
    }

    @Test
    void a_forged_message_is_refused_audited_and_counted_never_applied() throws Exception {
        Envelope forged = fromPe("ping:forged-" + UUID.randomUUID(), 1, "forged");
        ProducerRecord<String, byte[]> r = Envelopes.record(forged, key("VE")); // signed with another node's key
        long before = counters().refusedByCode().getOrDefault(RefusalCode.BAD_SIGNATURE.code(), 0L);
        send(r);
        await().atMost(Duration.ofSeconds(30)).until(() -> audited(FederationAudit.REFUSED, forged.recordKey()) == 1);
        assertThat(counters().refusedByCode().get(RefusalCode.BAD_SIGNATURE.code())).isGreaterThan(before);
        assertThat(ping.applied).noneMatch(e -> e.id().equals(forged.id()));
        assertThat(audited(FederationAudit.RECEIVE, forged.recordKey())).isZero();
    }

    @Test
    void a_replayed_message_changes_nothing() throws Exception {
        Envelope once = fromPe("ping:replay-" + UUID.randomUUID(), 5, "once");
        ProducerRecord<String, byte[]> r = Envelopes.record(once, key("PE"));
        send(r);
        send(new ProducerRecord<>(r.topic(), null, r.key(), r.value(), r.headers()));
        // an older version of the same record, under a new id: also a replay
        Envelope older = new Envelope(UUID.randomUUID(), Envelope.SCHEMA, PingKind.KIND, "PE", "VE", once.recordKey(), 4,
                Instant.now(), once.payload());
        send(Envelopes.record(older, key("PE")));
        await().atMost(Duration.ofSeconds(30)).until(() -> audited(FederationAudit.REFUSED, once.recordKey()) == 2);
        assertThat(ping.applied.stream().filter(e -> e.recordKey().equals(once.recordKey()))).hasSize(1);
        assertThat(audited(FederationAudit.RECEIVE, once.recordKey())).isEqualTo(1);
    }

    @Test
    void an_unreadable_message_goes_to_the_dead_letters_and_the_next_one_is_applied() throws Exception {
        String bad = "ping:bad-" + UUID.randomUUID();
        send(new ProducerRecord<>(Topics.inbox("VE"), bad, "{not json\u0000".getBytes(StandardCharsets.UTF_8)));
        Envelope unknown = new Envelope(UUID.randomUUID(), Envelope.SCHEMA, "no.such.kind", "PE", "VE",
                "ping:unknown-" + UUID.randomUUID(), 1, Instant.now(), null);
        send(Envelopes.record(unknown, key("PE")));
        Envelope future = new Envelope(UUID.randomUUID(), Envelope.SCHEMA + 1, PingKind.KIND, "PE", "VE",
                "ping:future-" + UUID.randomUUID(), 1, Instant.now(), null);
        send(Envelopes.record(future, key("PE")));
        Envelope next = fromPe("ping:after-bad-" + UUID.randomUUID(), 1, "next");
        send(Envelopes.record(next, key("PE")));
        await().atMost(Duration.ofSeconds(30)).until(() -> ping.applied.stream().anyMatch(e -> e.id().equals(next.id())));
        assertThat(readOne(Topics.deadLetters("VE"), bad).value()).startsWith("{not json".getBytes(StandardCharsets.UTF_8));
        readOne(Topics.deadLetters("VE"), unknown.recordKey());
        readOne(Topics.deadLetters("VE"), future.recordKey());
        await().atMost(Duration.ofSeconds(10)).until(() -> audited(FederationAudit.DEAD_LETTER, bad) == 1
                && audited(FederationAudit.DEAD_LETTER, unknown.recordKey()) == 1);
    }

    @Test
    void a_burst_is_applied_in_full_each_message_once() throws Exception {
        int n = 500;
        String prefix = "ping:burst-" + UUID.randomUUID() + "-";
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            pe.send(Envelopes.record(fromPe(prefix + i, 1, "burst"), key("PE")));
        }
        pe.flush();
        await().atMost(Duration.ofMinutes(5)).until(() -> ping.applied.stream().filter(e -> e.recordKey().startsWith(prefix)).count() == n);
        long millis = (System.nanoTime() - started) / 1_000_000;
        // a measurement for docs (audit appended per message), not an assertion on speed
        System.out.printf("federation transport: %d messages applied and audited in %d ms (%.0f/s)%n", n, millis, n * 1000.0 / millis);
        assertThat(ping.applied.stream().filter(e -> e.recordKey().startsWith(prefix)).map(Envelope::recordKey).distinct()).hasSize(n);
    }

    /**
     * The receive entries of a batch are appended together at its end: each applied message still
     * gets exactly one, a replay or a forgery in the middle of the batch none (only its refusal),
     * and the chain stays whole.
     */
    @Test
    void in_a_batch_each_applied_message_is_audited_once_and_a_duplicate_in_it_changes_nothing() throws Exception {
        int n = 40;
        String prefix = "ping:batch-" + UUID.randomUUID() + "-";
        List<Envelope> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Envelope e = fromPe(prefix + i, 1, "batch");
            sent.add(e);
            ProducerRecord<String, byte[]> r = Envelopes.record(e, key("PE"));
            if (i == 0) {
                // acknowledged before the rest: a first send to a partition whose leader the broker
                // is still electing was seen to stall the test producer's later batches for minutes
                send(r);
                continue;
            }
            pe.send(r);
            if (i % 10 == 5) {
                pe.send(new ProducerRecord<>(r.topic(), null, r.key(), r.value(), r.headers())); // the same message again
                pe.send(Envelopes.record(fromPe(prefix + "forged-" + i, 1, "forged"), key("VE"))); // another node's key
            }
        }
        pe.flush();
        await().atMost(Duration.ofMinutes(2)).until(() -> sent.stream().allMatch(e -> audited(FederationAudit.RECEIVE, e.recordKey()) == 1)
                && audited(FederationAudit.REFUSED, prefix + "forged-35") == 1);
        for (Envelope e : sent) {
            assertThat(ping.applied.stream().filter(a -> a.recordKey().equals(e.recordKey()))).as(e.recordKey()).hasSize(1);
            assertThat(audited(FederationAudit.REFUSED, e.recordKey())).as(e.recordKey())
                    .isEqualTo(sent.indexOf(e) % 10 == 5 ? 1 : 0);
        }
        for (int i = 5; i < n; i += 10) {
            assertThat(audited(FederationAudit.RECEIVE, prefix + "forged-" + i)).isZero();
        }
        assertThat(ve.getBean(org.sabueso.audit.AuditTrail.class).verify(null, false, progress -> { }))
                .isInstanceOf(org.sabueso.audit.ChainVerdict.Intact.class);
    }

    @Test
    void the_status_names_the_node_and_counts() {
        FederationStatus status = ve.getBean(FederationStatus.class);
        assertThat(status.federated()).isTrue();
        assertThat(status.self()).contains("VE");
        assertThat(ve.getBean(org.sabueso.agency.Agencies.class).find("PE-PNP")).as("foreign agency registered").isPresent();
    }

    /** The first record with this key on the topic, read from the start by a throw-away group. */
    static ConsumerRecord<String, byte[]> readOne(String topic, String key) {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            c.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                c.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.getFirst();
        }
    }
}
