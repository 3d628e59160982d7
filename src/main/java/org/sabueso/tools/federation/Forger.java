package org.sabueso.tools.federation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Someone with write access to the broker but not to a node's key: writes records straight to a
 * node's inbox topic, as the federation's wire format has them (key = record key, value = the
 * envelope's JSON, header {@value #SIGNATURE_HEADER} = Ed25519 over the value's bytes; issue 16,
 * docs/adr). Each forgery starts from a real message read from that inbox, so that everything but
 * the forged part is as a node would send it; a replay is such a message written again, byte for
 * byte, signature included. Every message written is returned with its id, for the caller to look
 * for its refusal on the receiver.
 */
public final class Forger implements AutoCloseable {

    public static final String SIGNATURE_HEADER = "sabueso-sig";

    /** A message written to an inbox: its id and what it pretends. */
    public record Sent(UUID id, String how, String topic) {
    }

    private final String bootstrap;
    private final KafkaProducer<String, byte[]> producer;

    public Forger(String bootstrap) {
        this.bootstrap = bootstrap;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** The messages of {@code kind} from {@code from} on an inbox topic so far, oldest first (read in a group of its own). */
    public List<ConsumerRecord<String, byte[]>> read(String topic, String from, String kind, int atMost) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "harness-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int emptyPolls = 0;
            while (found.size() < atMost && System.nanoTime() < deadline && emptyPolls < 3) {
                var records = c.poll(Duration.ofSeconds(1));
                emptyPolls = records.isEmpty() && !c.assignment().isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<String, byte[]> r : records) {
                    JsonNode e = NodeApi.JSON.readTree(r.value());
                    if (found.size() < atMost && from.equals(text(e, "from")) && kind.equals(text(e, "kind"))) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    /** The same record again, value and signature as they were: a replay. */
    public Sent replay(ConsumerRecord<String, byte[]> original) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(original.topic(), original.key(), original.value());
        for (Header h : original.headers()) {
            r.headers().add(new RecordHeader(h.key(), h.value()));
        }
        write(r);
        return new Sent(UUID.fromString(text(NodeApi.JSON.readTree(original.value()), "id")), "replay", original.topic());
    }

    /**
     * A message made from {@code original} with a new id and a newer version, claiming to be from
     * {@code claimedFrom} and signed with {@code key}: a key not in the directory, or another node's
     * key used to speak for a record that node does not own.
     */
    public Sent forge(ConsumerRecord<String, byte[]> original, String claimedFrom, PrivateKey key, String how) {
        ObjectNode e = (ObjectNode) NodeApi.JSON.readTree(original.value());
        UUID id = UUID.randomUUID();
        e.put("id", id.toString());
        e.put("from", claimedFrom);
        e.put("version", e.get("version").asLong() + 1_000_000_000L);
        e.put("sentAt", Instant.now().toString());
        byte[] value = NodeApi.JSON.writeValueAsBytes(e);
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(original.topic(), original.key(), value);
        r.headers().add(new RecordHeader(SIGNATURE_HEADER, sign(key, value)));
        write(r);
        return new Sent(id, how, original.topic());
    }

    private void write(ProducerRecord<String, byte[]> r) {
        try {
            producer.send(r).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + r.topic(), e);
        }
    }

    /** A key that no directory names. */
    public static PrivateKey strangerKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A node's private key from its PKCS#8 PEM file, as {@code federation init} writes it. */
    public static PrivateKey readKey(Path pem) throws IOException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(pem + " is not a PKCS#8 Ed25519 key", e);
        }
    }

    private static byte[] sign(PrivateKey key, byte[] value) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(value);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
