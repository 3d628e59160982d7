package org.sabueso.federation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka clients, built from {@link NodeSettings} rather than by Spring Boot's Kafka
 * auto-configuration (excluded in application.properties): a single node must not get a
 * KafkaTemplate or admin that could reach for a broker, and the clients need settings of their
 * own (idempotence, manual commits) that no other bean should share.
 */
final class KafkaClients {

    private final NodeSettings settings;

    KafkaClients(NodeSettings settings) {
        this.settings = settings;
    }

    private Map<String, Object> common() {
        Map<String, Object> c = new HashMap<>(settings.kafkaProperties());
        c.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        c.put(AdminClientConfig.CLIENT_ID_CONFIG, "sabueso-" + settings.nodeId());
        return c;
    }

    /**
     * Idempotent, all replicas acknowledge: a retried send after a lost answer is not written twice.
     * For the dead letters: a send that cannot reach the broker fails after 15 s, and is logged.
     */
    KafkaProducer<String, byte[]> producer() {
        return producer(15_000);
    }

    /**
     * The relay's producer: as {@link #producer()}, but a message is never given up while the
     * broker is away (the producer retries it, in order, until the broker takes it). A batch that
     * expired let the batches behind it through: a round whose first messages expired during the
     * broker's outage while later ones, of the same records, were written, was sent again, and the
     * earlier versions then arrived after the newer ones and were refused as not newer: lost
     * (11 of 4,418 changes in the first bench run; docs/adr/0010, "Order across an outage").
     */
    KafkaProducer<String, byte[]> relayProducer() {
        return producer(Integer.MAX_VALUE);
    }

    private KafkaProducer<String, byte[]> producer(int deliveryTimeoutMs) {
        Map<String, Object> c = common();
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        c.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        c.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        c.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(c);
    }

    /** Group = this node's id; offsets committed by hand after applying; from the start when new. */
    KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> c = common();
        c.put(ConsumerConfig.GROUP_ID_CONFIG, settings.nodeId());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        c.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(c);
    }

    /**
     * Creates the topics that are missing (one partition each: order per record is then order per
     * sender, which the dedup by version relies on least). False when the broker is out of reach.
     */
    boolean ensureTopics(Set<String> topics) {
        Map<String, Object> c = common();
        c.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        c.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(c)) {
            Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 1, (short) -1)).toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
