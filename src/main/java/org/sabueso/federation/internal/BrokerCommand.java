package org.sabueso.federation.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.sabueso.shared.SubCommand;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code broker --port 9092 --dir DIR}: a real single-node Apache Kafka broker in KRaft mode
 * (broker and controller in one process, Kafka's own {@link KafkaRaftServer}), for a federation on
 * one machine. The storage under DIR is formatted on the first run only, so topics, messages and
 * the consumers' offsets survive a restart on the same DIR. A deployment uses its own Kafka
 * cluster instead and gives the nodes only its addresses and TLS settings.
 */
@Command(name = "broker", description = "runs a single-node Apache Kafka broker (KRaft) for a local federation; its data survive a restart on the same --dir")
public class BrokerCommand implements SubCommand {

    @Option(names = "--port", description = "the port clients connect to (default ${DEFAULT-VALUE})", defaultValue = "9092")
    int port;

    @Option(names = "--controller-port", description = "the KRaft controller's port (default: --port + 1)")
    Integer controllerPort;

    @Option(names = "--dir", required = true, description = "the broker's data directory, created and formatted when new")
    Path dir;

    @Option(names = "--host", description = "the host name clients are told to use (default ${DEFAULT-VALUE})", defaultValue = "localhost")
    String host;

    private final PrintStream out = System.out;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile KafkaRaftServer server;

    @Override
    public boolean needsApplication() {
        return false;
    }

    @Override
    public int run(ApplicationContext unused) throws Exception {
        quietLogs();
        start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "broker-shutdown"));
        out.printf("broker: up on %s:%d, data in %s (Ctrl-C stops it)%n", host, port, dir.toAbsolutePath());
        server.awaitShutdown();
        stopped.await();
        return 0;
    }

    /** Formats DIR when new and starts the broker; returns once it serves. For tests and the bench as well. */
    public void start() throws Exception {
        Path logs = dir.resolve("kraft");
        Files.createDirectories(logs);
        KafkaConfig config = KafkaConfig.fromProps(properties(logs), false);
        if (!Files.exists(logs.resolve("meta.properties"))) {
            Formatter formatter = new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logs.toString()))
                    .setMetadataLogDirectory(logs.toString())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setControllerListenerName("CONTROLLER");
            formatter.run();
        }
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    public void stop() {
        KafkaRaftServer s = server;
        if (s != null) {
            s.shutdown();
            s.awaitShutdown();
            server = null;
        }
        stopped.countDown();
    }

    private Properties properties(Path logs) {
        int controller = controllerPort != null ? controllerPort : port + 1;
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + host + ":" + controller);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controller);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logs.toString());
        p.put("metadata.log.dir", logs.toString());
        // one broker: every internal topic has one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        // no topic appears by a typo: the nodes create theirs
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /** Without Spring nothing configured logback: it would print Kafka's every DEBUG line. */
    private static void quietLogs() {
        LoggingSystem logging = LoggingSystem.get(BrokerCommand.class.getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
    }
}
