package org.sabueso.tools.federation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import tools.jackson.databind.JsonNode;

/**
 * The bench's federation: the broker and the nodes as processes of this jar, the shared notices
 * each node made, who may see each, and the staff that act on them.
 */
final class BenchFederation implements AutoCloseable {

    /** A node's start with its demo: 250-520 s were seen on two cores at a load average of 30-40. */
    private static final Duration START = Duration.ofMinutes(15);
    /** The broker restarting on its data took over two minutes at that load. */
    private static final Duration BROKER_START = Duration.ofMinutes(6);

    private final Path work;
    private final List<String> launcher;
    private final List<String> countries;
    private final String password;
    private final int brokerPort = NodeProcess.freePort();
    private final Map<String, NodeProcess> nodes = new LinkedHashMap<>();
    private final List<ChangeLoad.Target> targets = new ArrayList<>();
    private final Map<String, Set<String>> receiversOf = new LinkedHashMap<>();
    private final Map<String, List<HitRoundTrips.Screenable>> screenables = new LinkedHashMap<>();
    private NodeProcess broker;
    private FederationLayout layout;

    BenchFederation(Path work, List<String> launcher, List<String> countries, String password) {
        this.work = work;
        this.launcher = launcher;
        this.countries = countries;
        this.password = password;
    }

    String bootstrap() {
        return "localhost:" + brokerPort;
    }

    Map<String, NodeProcess> nodes() {
        return nodes;
    }

    FederationLayout layout() {
        return layout;
    }

    void start() throws Exception {
        layout = FederationLayout.init(launcher, work.resolve("federation"), countries.stream()
                .map(c -> new FederationLayout.Member(c, null, FederationLayout.DEMO_AGENCY.get(c))).toList());
        List<String> brokerCommand = new ArrayList<>(launcher);
        brokerCommand.addAll(List.of("broker", "--port", String.valueOf(brokerPort), "--controller-port",
                String.valueOf(NodeProcess.freePort()), "--dir", work.resolve("broker").toString()));
        broker = NodeProcess.bare("broker", brokerCommand, work.resolve("broker-logs")).start();
        awaitBroker(BROKER_START);
        for (FederationLayout.Member m : layout.members()) {
            nodes.put(m.id(), new NodeProcess(m.id(), launcher, work.resolve(m.id()), layout.properties(m, bootstrap(), password)).start());
        }
        for (NodeProcess n : nodes.values()) {
            n.awaitHealthy(START);
        }
    }

    /** Stops the broker (SIGTERM: a clean stop, its data stay) and returns once it is gone. */
    void brokerDown() throws InterruptedException {
        broker.stop();
    }

    /**
     * Starts the broker again on the same data and port, unless it runs already (a second broker
     * on one folder corrupts its metadata log: seen when a slow start was taken for a failed one),
     * and waits until it serves.
     */
    void brokerUp() throws Exception {
        if (!broker.alive()) {
            broker.start();
        }
        awaitBroker(BROKER_START);
    }

    private void awaitBroker(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                admin.listTopics().names().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        throw new IllegalStateException("the broker did not come up within " + within + "; its log: " + broker.log());
    }

    NodeApi api(String node, String role) {
        return new NodeApi(nodes.get(node).url(), node.toLowerCase(Locale.ROOT) + "." + role, password);
    }

    /**
     * Each node activates {@code perNode} notices, half shared with all members and half with the
     * next node's agency only, and waits until every node that may see them holds them.
     */
    void seed(int perNode) throws Exception {
        for (int i = 0; i < countries.size(); i++) {
            String owner = countries.get(i);
            String neighbour = countries.get((i + 1) % countries.size());
            for (int k = 0; k < perNode; k++) {
                boolean all = k % 2 == 0;
                NoticeSteps.Subject subject = new NoticeSteps.Subject(name(owner, k), "19" + (60 + k % 40) + "-0" + (1 + k % 9) + "-1" + k % 10,
                        owner, owner.charAt(0) + "-" + (20_000_000 + i * 100_000 + k));
                UUID id = NoticeSteps.activate(api(owner, "analyst"), api(owner, "supervisor"), subject,
                        all ? "ALL_MEMBERS" : "PARTNERS", all ? List.of() : List.of(FederationLayout.DEMO_AGENCY.get(neighbour)));
                Set<String> receivers = new HashSet<>(all ? countries : List.of(neighbour));
                receivers.remove(owner);
                receiversOf.put("notice:" + id, receivers);
                targets.add(new ChangeLoad.Target(id, owner, api(owner, "supervisor")));
                for (String r : receivers) {
                    screenables.computeIfAbsent(r, x -> new ArrayList<>()).add(new HitRoundTrips.Screenable(id,
                            api(owner, "analyst"), api(owner, "supervisor"), subject));
                }
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        for (var e : receiversOf.entrySet()) {
            for (String r : e.getValue()) {
                while (Ledger.applied(r, nodes.get(r).jdbcUrl(), Set.of(e.getKey())).isEmpty()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(e.getKey() + " never reached " + r);
                    }
                    TimeUnit.MILLISECONDS.sleep(200);
                }
            }
        }
    }

    /** A name no demo notice has, distinct per notice, written as the region writes names. */
    private static String name(String country, int k) {
        String[] given = {"Yorman", "Deivis", "Wilfredo", "Yulimar", "Anderson", "Maikel", "Yeferson", "Keiber", "Darwin", "Leomar"};
        String[] surnames = {"Quintana", "Marcano", "Bracho", "Urdaneta", "Piñango", "Zambrano", "Chirinos", "Lugo", "Rondón", "Sifontes"};
        return given[k % 10] + " " + given[(k / 10 + 3) % 10] + " " + surnames[(k + country.charAt(0)) % 10] + " "
                + surnames[(k / 10 + country.charAt(1)) % 10] + " " + country.charAt(0) + "bench";
    }

    List<ChangeLoad.Target> targets() {
        return targets;
    }

    Map<String, Set<String>> receiversOf() {
        return receiversOf;
    }

    Set<String> recordKeys() {
        return receiversOf.keySet();
    }

    Map<String, NodeApi> officers() {
        Map<String, NodeApi> m = new LinkedHashMap<>();
        countries.forEach(c -> m.put(c, api(c, "border")));
        return m;
    }

    Map<String, List<HitRoundTrips.Screenable>> screenables() {
        return screenables;
    }

    /**
     * Waits until no node has anything left in its outbox and what the nodes applied has not
     * grown for five seconds; false when that did not happen in time.
     */
    boolean awaitQuiet(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        long last = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long pending = 0;
            long applied = 0;
            for (String c : countries) {
                try {
                    JsonNode s = api(c, "analyst").get("/api/v1/federation/status");
                    pending += s.get("outboxPending").asLong();
                } catch (RuntimeException e) {
                    pending++; // not answering yet
                }
                applied += Ledger.applied(c, nodes.get(c).jdbcUrl(), recordKeys()).size();
            }
            if (pending > 0 || applied != last) {
                last = applied;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > TimeUnit.SECONDS.toNanos(5)) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    @Override
    public void close() {
        nodes.values().forEach(NodeProcess::close);
        if (broker != null) {
            broker.close();
        }
    }
}
