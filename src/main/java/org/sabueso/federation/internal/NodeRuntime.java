package org.sabueso.federation.internal;



import org.apache.kafka.clients.producer.KafkaProducer;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a node's federation once the application is up (after the demo loaded its agencies):
 * registers the directory's agencies that are missing here, asks for a snapshot when the node is
 * new, then starts the relay and the receiver, one thread each. Commands run with the node's
 * settings ({@code sabueso.command-mode}) start neither thread.
 */
final class NodeRuntime implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeRuntime.class);

    private final FileDirectory directory;
    private final Agencies agencies;
    private final SnapshotRequests snapshots;
    private final Relay relay;
    private final Receiver receiver;
    private final KafkaProducer<String, byte[]> producer;
    private final TransactionTemplate inTransaction;
    private final boolean commandMode;
    private Thread relayThread;
    private Thread receiverThread;
    private volatile boolean running;

    NodeRuntime(FileDirectory directory, Agencies agencies, SnapshotRequests snapshots, Relay relay, Receiver receiver,
                KafkaProducer<String, byte[]> producer, TransactionTemplate inTransaction, boolean commandMode) {
        this.directory = directory;
        this.agencies = agencies;
        this.snapshots = snapshots;
        this.relay = relay;
        this.receiver = receiver;
        this.producer = producer;
        this.inTransaction = inTransaction;
        this.commandMode = commandMode;
    }

    @Override
    public void start() {
        inTransaction.executeWithoutResult(s -> {
            for (AgencyView a : directory.agencies()) {
                if (agencies.find(a.id()).isEmpty()) {
                    agencies.register(a);
                }
            }
        });
        if (!commandMode) {
            inTransaction.executeWithoutResult(s -> snapshots.askIfNew());
            relayThread = Thread.ofPlatform().name("federation-relay").daemon().start(relay);
            receiverThread = Thread.ofPlatform().name("federation-receiver").daemon().start(receiver);
            log.info("federation: node {} started ({} nodes in the directory)", directory.self(), directory.nodes().size());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        relay.stop();
        receiver.stop();
        join(relayThread);
        join(receiverThread);
        relay.close();
        producer.close(java.time.Duration.ofSeconds(5));
    }

    private static void join(Thread t) {
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Late: after the web server and the screening index; stops first. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

}
