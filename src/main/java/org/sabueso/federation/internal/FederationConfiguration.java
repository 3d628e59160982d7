package org.sabueso.federation.internal;

import java.io.IOException;
import java.security.PrivateKey;
import java.time.Clock;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.sabueso.agency.Agencies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node's federation beans, only with {@code sabueso.node.id}: without it nothing here exists,
 * no Kafka client is built and no thread starts. A directory whose signature does not hold, a
 * missing key or a node absent from the directory stops the start with a message saying which.
 */
@Configuration(proxyBeanMethods = false)
@FederatedNode
class FederationConfiguration {

    @Bean
    NodeSettings nodeSettings(Environment env) {
        return NodeSettings.from(env);
    }

    @Bean
    FileDirectory federationDirectory(NodeSettings settings) {
        FileDirectory d = new FileDirectory(settings.nodeId(),
                DirectoryFile.readVerified(settings.directory(), settings.directoryKey()));
        NodeEntry self = d.selfEntry();
        if (settings.post().isPresent() && !settings.postOf().equals(self.parent())) {
            throw new IllegalStateException("sabueso.node.post-of=" + settings.postOf() + " but the directory makes "
                    + self.id() + " a post of " + self.parent());
        }
        if (settings.agency() != null && !self.agencyIds().contains(settings.agency())) {
            throw new IllegalStateException("sabueso.node.agency=" + settings.agency() + " is not an agency of "
                    + self.id() + " in the directory");
        }
        return d;
    }

    @Bean
    FederationKey federationKey(NodeSettings settings, FileDirectory directory) throws IOException {
        PrivateKey key = Keys.readPrivateKey(settings.key());
        byte[] probe = "sabueso".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!Keys.verify(directory.keyOf(settings.nodeId()).orElseThrow(), probe, Keys.sign(key, probe))) {
            throw new IllegalStateException("sabueso.node.key " + settings.key() + " is not the key the directory lists for "
                    + settings.nodeId());
        }
        return new FederationKey(key);
    }

    @Bean
    KafkaClients kafkaClients(NodeSettings settings) {
        return new KafkaClients(settings);
    }

    /** The receiver's, for dead letters; the relay has a producer of its own (KafkaClients#relayProducer). */
    @Bean(destroyMethod = "")
    KafkaProducer<String, byte[]> federationProducer(KafkaClients clients) {
        return clients.producer();
    }

    @Bean
    Inbox federationInbox(JdbcTemplate jdbc, PlatformTransactionManager tx, ApplicationEventPublisher events,
                          ObjectProvider<RecordKind> recordKinds, ObjectProvider<MessageKind> messageKinds,
                          Counters counters, Clock clock) {
        return new Inbox(jdbc, new TransactionTemplate(tx), events, recordKinds, messageKinds, counters, clock);
    }

    @Bean
    Relay federationRelay(FileDirectory directory, JdbcOutbox outbox, KafkaClients clients, FederationKey key,
                          Counters counters, PlatformTransactionManager tx, ApplicationEventPublisher events, Clock clock,
                          SnapshotChunks snapshots) {
        return new Relay(directory, outbox, clients, key.privateKey(), counters,
                new TransactionTemplate(tx), events, clock, snapshots);
    }

    @Bean
    Receiver federationReceiver(FileDirectory directory, KafkaClients clients,
                                KafkaProducer<String, byte[]> federationProducer, Inbox federationInbox, Counters counters,
                                PlatformTransactionManager tx, ApplicationEventPublisher events) {
        return new Receiver(directory, clients, federationProducer, federationInbox, counters, new TransactionTemplate(tx), events);
    }

    @Bean
    NodeRuntime federationRuntime(FileDirectory directory, Agencies agencies, SnapshotRequests snapshots, Relay federationRelay,
                                  Receiver federationReceiver, KafkaProducer<String, byte[]> federationProducer,
                                  PlatformTransactionManager tx,
                                  @Value("${sabueso.command-mode:false}") boolean commandMode) {
        return new NodeRuntime(directory, agencies, snapshots, federationRelay, federationReceiver, federationProducer,
                new TransactionTemplate(tx), commandMode);
    }

    /** This node's signing key, held by the relay only. */
    record FederationKey(PrivateKey privateKey) {
        @Override
        public String toString() {
            return "FederationKey[hidden]";
        }
    }
}
