package org.sabueso.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sabueso.SabuesoApplication;
import org.sabueso.tools.federation.FederationLayout;
import org.sabueso.tools.federation.FederationLayout.Member;
import org.sabueso.tools.federation.Forger;
import org.sabueso.tools.federation.Ledger;
import org.sabueso.tools.federation.NodeApi;
import org.sabueso.tools.federation.NodeProcess;
import org.sabueso.tools.federation.NoticeSteps;
import org.sabueso.tools.federation.NoticeSteps.Subject;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import tools.jackson.databind.JsonNode;

/**
 * Issue 16's "Done when": a real Kafka broker (in-process KRaft from Kafka's own artifacts, through
 * spring-kafka-test) and three national nodes, VE, CO and PE, plus CO's border post CO-CUCUTA, each
 * a service in a process of its own with its own embedded PostgreSQL (processes, because one is
 * killed with {@code kill -9}). Keys and the signed directory come from the jar's {@code federation
 * init}. Everything is done through the nodes' HTTP API as their demo staff would, and what reached
 * a node is also read in that node's own database, where a copy that the API would hide is still
 * visible. The methods run in order on the one federation, each on notices of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationAcrossNodesTest {

    /**
     * Four services start at once on two cores shared with other builds: one alone, with its demo,
     * took 170 s; four at once took 450-520 s each at a load average of 40, and a fifth ran past 10 min.
     */
    private static final Duration START = Duration.ofMinutes(20);
    /** From a change's commit to its copy elsewhere: seconds normally; bounded generously for a loaded machine. */
    private static final Duration CROSSING = Duration.ofSeconds(90);
    private static final String PASSWORD = "demo-pass";

    private EmbeddedKafkaKraftBroker broker;
    private final Map<String, NodeProcess> nodes = new LinkedHashMap<>();
    private FederationLayout layout;

    @BeforeAll
    void startFederation(@TempDir Path dir) throws Exception {
        int kafkaPort = freePort();
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.kafkaPorts(kafkaPort); // fixed, so that the broker comes back on the same address after its outage
        broker.afterPropertiesSet();
        // C1 only and the serial collector: the nodes start with less CPU, which four at once on two cores lack
        List<String> launcher = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), SabuesoApplication.class.getName());
        layout = FederationLayout.init(launcher, dir.resolve("federation"), List.of(
                new Member("VE", null, "VE-CICPC"), new Member("CO", null, "CO-DIJIN"), new Member("PE", null, "PE-PNP"),
                new Member("CO-CUCUTA", "CO", "CO-DIJIN")));
        for (Member m : layout.members()) {
            nodes.put(m.id(), new NodeProcess(m.id(), launcher, dir.resolve(m.id()),
                    layout.properties(m, broker.getBrokersAsString(), PASSWORD)).start());
        }
        for (NodeProcess n : nodes.values()) {
            await().atMost(START).pollInterval(Duration.ofSeconds(1)).until(n::healthy);
        }
    }

    @AfterAll
    void stopFederation() {
        nodes.values().forEach(NodeProcess::close);
        if (broker != null) {
            broker.destroy();
        }
    }

    // ---- item 2: what crosses, and what never does, in both directions

    @Test
    @Order(1)
    void a_notice_reaches_exactly_the_nodes_whose_agencies_may_see_it_in_both_directions() throws Exception {
        // what may not cross is made first: once a later notice of the same sender has arrived, an
        // earlier one sent by mistake would have arrived too (one inbox topic per node, in order)
        UUID veAgency = activate("VE", "AGENCY", List.of());
        UUID veNational = activate("VE", "NATIONAL", List.of());
        UUID vePartnersCo = activate("VE", "PARTNERS", List.of("CO-DIJIN"));
        UUID veAll = activate("VE", "ALL_MEMBERS", List.of());
        UUID coAgency = activate("CO", "AGENCY", List.of());
        UUID coNational = activate("CO", "NATIONAL", List.of());
        UUID coPartnersPe = activate("CO", "PARTNERS", List.of("PE-PNP"));
        UUID coAll = activate("CO", "ALL_MEMBERS", List.of());

        awaitVisible("CO", vePartnersCo);
        awaitVisible("CO", veAll);
        awaitVisible("PE", veAll);
        awaitVisible("PE", coPartnersPe);
        awaitVisible("PE", coAll);
        awaitVisible("VE", coAll);

        assertThat(heldIn("PE", vePartnersCo)).as("VE's PARTNERS notice naming CO at PE").isZero();
        assertThat(heldIn("VE", coPartnersPe)).as("CO's PARTNERS notice naming PE at VE").isZero();
        for (String node : List.of("CO", "PE")) {
            assertThat(heldIn(node, veAgency)).as("VE's AGENCY notice at " + node).isZero();
            assertThat(heldIn(node, veNational)).as("VE's NATIONAL notice at " + node).isZero();
        }
        for (String node : List.of("VE", "PE")) {
            assertThat(heldIn(node, coAgency)).as("CO's AGENCY notice at " + node).isZero();
            assertThat(heldIn(node, coNational)).as("CO's NATIONAL notice at " + node).isZero();
        }
        // prisoner files and audit entries never cross: VE's node holds Tocorón's files, no other does
        assertThat(count("VE", "SELECT count(*) FROM prisoner_file f JOIN facility x ON x.id = f.facility_id WHERE x.country = 'VE'"))
                .as("VE's own prisoner files").isPositive();
        for (String node : List.of("CO", "PE", "CO-CUCUTA")) {
            assertThat(count(node, "SELECT count(*) FROM prisoner_file f JOIN facility x ON x.id = f.facility_id WHERE x.country = 'VE'"))
                    .as("VE's prisoner files at " + node).isZero();
            assertThat(count(node, "SELECT count(*) FROM audit_entry WHERE actor LIKE 've.%'"))
                    .as("VE staff's audit entries at " + node).isZero();
        }
        // a copy is read through the sharing policy like any notice: the CO copy of VE's notice, as VE issued it
        JsonNode copy = api("CO", "co.analyst").get("/api/v1/notices/" + vePartnersCo);
        assertThat(copy.get("issuingAgency").asString()).isEqualTo("VE-CICPC");
        assertThat(copy.get("status").asString()).isEqualTo("ACTIVE");
    }

    // ---- item 4: a MATCH on a copy opens the hit on the issuing node; the answer comes back

    @Test
    @Order(2)
    void a_hit_from_colombia_reaches_venezuela_and_its_answer_comes_back() {
        Subject subject = subject();
        UUID notice = NoticeSteps.activate(api("VE", "ve.analyst"), api("VE", "ve.supervisor"), subject, "ALL_MEMBERS", List.of());
        awaitVisible("CO", notice);
        JsonNode screening = awaitMatch("CO", "co.border", subject, notice);
        UUID hit = NoticeSteps.matchOn(screening, notice);
        String screeningId = screening.get("screeningId").asString();
        JsonNode waiting = hitOfScreening("CO", "co.border", screeningId, hit);
        assertThat(waiting.get("status").asString()).isEqualTo("OPEN");
        assertThat(waiting.get("awaitingNode").asString()).as("the officer sees: waiting for Venezuela").isEqualTo("VE");

        await().atMost(CROSSING).ignoreExceptions()
                .until(() -> api("VE", "ve.analyst").get("/api/v1/hits/" + hit).get("status").asString().equals("OPEN"));
        api("VE", "ve.supervisor").post("/api/v1/hits/" + hit + "/answer",
                Map.of("confirmed", true, "action", "ARREST", "note", "es nuestro sujeto"));

        await().atMost(CROSSING).until(() -> hitOfScreening("CO", "co.border", screeningId, hit).get("status").asString()
                .equals("CONFIRMED"));
        JsonNode answered = hitOfScreening("CO", "co.border", screeningId, hit);
        assertThat(answered.get("action").asString()).isEqualTo("ARREST");
        assertThat(answered.get("awaitingNode").isNull()).isTrue();
    }

    // ---- item 2: a narrowed scope removes the copy

    @Test
    @Order(3)
    void a_scope_narrowed_to_the_agency_removes_the_copy() throws SQLException {
        UUID notice = activate("VE", "PARTNERS", List.of("CO-DIJIN", "PE-PNP"));
        awaitVisible("CO", notice);
        awaitVisible("PE", notice);
        // the issuing agency keeps Colombia and drops Peru
        api("VE", "ve.supervisor").post("/api/v1/notices/" + notice + "/scope",
                Map.of("sharingScope", "PARTNERS", "partnerAgencyIds", List.of("CO-DIJIN"), "reason", "Perú ya no participa"));
        await().atMost(CROSSING).until(() -> api("PE", "pe.analyst").status("/api/v1/notices/" + notice) == 404);
        // the row stays (PE's own tips, claims and hits may name it), closed and narrowed to its issuing agency
        assertThat(count("PE", "SELECT count(*) FROM notice WHERE id = '" + notice
                + "' AND status = 'CANCELLED' AND sharing_scope = 'AGENCY'")).isEqualTo(1);
        assertThat(api("CO", "co.analyst").status("/api/v1/notices/" + notice)).as("CO keeps its copy").isEqualTo(200);
    }

    // ---- item 3: a forged message is refused; a replayed one changes nothing

    @Test
    @Order(4)
    void forged_and_replayed_messages_are_refused_counted_and_never_applied() throws Exception {
        UUID notice = activate("VE", "ALL_MEMBERS", List.of());
        awaitVisible("CO", notice);
        Map<String, Long> before = refused("CO");
        try (Forger forger = new Forger(broker.getBrokersAsString())) {
            List<ConsumerRecord<String, byte[]>> real = forger.read("sabueso.node.CO", "VE", "notice.state", 1000).stream()
                    .filter(r -> r.key().equals("notice:" + notice)).toList();
            assertThat(real).as("VE's message about the notice on CO's topic").isNotEmpty();
            ConsumerRecord<String, byte[]> original = real.getLast();
            List<Forger.Sent> forged = new ArrayList<>();
            forged.add(forger.forge(original, "VE", Forger.strangerKey(), "a key the directory does not hold"));
            forged.add(forger.forge(original, "VE", Forger.readKey(layout.key("PE")), "VE's name with PE's key"));
            forged.add(forger.forge(original, "PE", Forger.readKey(layout.key("PE")), "PE speaking for VE's notice"));
            Forger.Sent replayed = forger.replay(original);

            String held = noticeRow("CO", notice);
            await().atMost(CROSSING).until(() -> {
                Map<String, Long> now = refused("CO");
                return delta(before, now, "federation.bad-signature") >= 2 && delta(before, now, "federation.not-owner") >= 1
                        && delta(before, now, "federation.replayed") >= 1;
            });
            for (Forger.Sent s : forged) {
                assertThat(Ledger.appliedMessage(nodes.get("CO").jdbcUrl(), s.id())).as(s.how() + " applied").isFalse();
                assertThat(Ledger.refusalsAudited(nodes.get("CO").jdbcUrl(), s.id())).as(s.how() + " audited").isEqualTo(1);
            }
            assertThat(Ledger.refusalsAudited(nodes.get("CO").jdbcUrl(), replayed.id())).as("the replay audited").isPositive();
            assertThat(noticeRow("CO", notice)).as("the copy, unchanged by all four").isEqualTo(held);
        }
    }

    // ---- item 3: a node that was down catches up from its offsets

    @Test
    @Order(5)
    void a_node_killed_with_kill_9_catches_up_on_what_was_sent_while_it_was_down() throws Exception {
        UUID notice = activate("VE", "ALL_MEMBERS", List.of());
        awaitVisible("PE", notice);
        Instant killed = Instant.now();
        nodes.get("PE").kill9();
        UUID sentWhileDown = activate("VE", "ALL_MEMBERS", List.of());
        NoticeSteps.transition(api("VE", "ve.supervisor"), notice, "LOCATED");
        LocalDate renewed = LocalDate.now().plusYears(2);
        NoticeSteps.renew(api("VE", "ve.supervisor"), notice, renewed);
        nodes.get("PE").start();
        await().atMost(START).pollInterval(Duration.ofSeconds(1)).until(nodes.get("PE")::healthy);

        awaitVisible("PE", sentWhileDown);
        await().atMost(CROSSING).until(() -> {
            JsonNode copy = api("PE", "pe.analyst").get("/api/v1/notices/" + notice);
            return copy.get("status").asString().equals("LOCATED") && copy.get("reviewBy").asString().equals(renewed.toString());
        });
        // every change VE committed to the notice while PE was down, applied at PE once
        String key = "notice:" + notice;
        List<Ledger.Change> changes = Ledger.changes("VE", nodes.get("VE").jdbcUrl(), List.of(key)).stream()
                .filter(c -> c.committedAt().isAfter(killed)).toList();
        Ledger.Outcome o = Ledger.compare(changes, Map.of("PE", Ledger.applied("PE", nodes.get("PE").jdbcUrl(), Set.of(key))),
                Map.of(key, Set.of("PE")), (c, a) -> true);
        assertThat(o.changes()).as("the transition and the renewal, at least").isGreaterThanOrEqualTo(2);
        assertThat(o.lost()).isZero();
        assertThat(o.duplicatesApplied()).isZero();
        assertThat(o.applied()).isEqualTo(o.changes());
    }

    // ---- item 5: a post screens offline and delivers its hit when the link returns

    @Test
    @Order(6)
    void a_post_screens_while_the_broker_is_down_and_delivers_its_hit_when_it_returns() throws Exception {
        Subject subject = subject();
        UUID notice = NoticeSteps.activate(api("VE", "ve.analyst"), api("VE", "ve.supervisor"), subject, "ALL_MEMBERS", List.of());
        awaitVisible("CO-CUCUTA", notice);
        NodeApi post = api("CO-CUCUTA", "co-cucuta.border");
        var brokerServer = broker.getCluster().brokers().values().iterator().next();
        brokerServer.shutdown(); // the link is down, for the post (and everyone)
        UUID hit;
        try {
            JsonNode screening = NoticeSteps.screen(post, subject, "Puente Simón Bolívar");
            hit = NoticeSteps.matchOn(screening, notice);
            assertThat(hit).as("the post's MATCH on its local copy, offline").isNotNull();
            await().atMost(CROSSING).until(() -> {
                JsonNode s = status(post);
                return !s.get("linkUp").asBoolean() && s.get("outboxPending").asLong() > 0;
            });
            assertThat(count("VE", "SELECT count(*) FROM screening_hit WHERE id = '" + hit + "'"))
                    .as("not at VE while the link is down").isZero();
        } finally {
            brokerServer.startup();
        }
        await().atMost(CROSSING).until(() -> status(post).get("linkUp").asBoolean() && status(post).get("outboxPending").asLong() == 0);
        await().atMost(CROSSING).until(() -> count("VE", "SELECT count(*) FROM screening_hit WHERE id = '" + hit + "'") == 1);
        assertThat(api("VE", "ve.analyst").get("/api/v1/hits/" + hit).get("noticeId").asString()).isEqualTo(notice.toString());
    }

    // ---- helpers

    private UUID activate(String node, String scope, List<String> partners) {
        String cc = node.toLowerCase();
        return NoticeSteps.activate(api(node, cc + ".analyst"), api(node, cc + ".supervisor"), subject(), scope, partners);
    }

    /** A person no demo notice names, so a screening finds only the notice made for it. */
    private static Subject subject() {
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6).toUpperCase();
        return new Subject("Zebulón " + tag + " Quiroga Anzoátegui", "1987-05-14", "VE",
                "V-" + (10_000_000 + Math.abs(tag.hashCode() % 9_000_000)));
    }

    private NodeApi api(String node, String user) {
        return new NodeApi(nodes.get(node).url(), user, PASSWORD);
    }

    private void awaitVisible(String node, UUID notice) {
        await().atMost(CROSSING).until(() -> heldIn(node, notice) == 1);
    }

    private JsonNode awaitMatch(String node, String user, Subject subject, UUID notice) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(CROSSING).until(() -> {
            last[0] = NoticeSteps.screen(api(node, user), subject, "Paraguachón");
            return NoticeSteps.matchOn(last[0], notice) != null;
        });
        return last[0];
    }

    private JsonNode hitOfScreening(String node, String user, String screeningId, UUID hit) {
        for (JsonNode h : api(node, user).get("/api/v1/screenings/" + screeningId + "/hits")) {
            if (h.get("id").asString().equals(hit.toString())) {
                return h;
            }
        }
        throw new AssertionError("hit " + hit + " not among screening " + screeningId + "'s hits");
    }

    private JsonNode status(NodeApi api) {
        return api.get("/api/v1/federation/status");
    }

    private Map<String, Long> refused(String node) {
        JsonNode refused = api(node, node.toLowerCase() + ".analyst").get("/api/v1/federation/status").get("counters").get("refused");
        Map<String, Long> m = new LinkedHashMap<>();
        refused.propertyNames().forEach(k -> m.put(k, refused.get(k).asLong()));
        return m;
    }

    private static long delta(Map<String, Long> before, Map<String, Long> now, String code) {
        return now.getOrDefault(code, 0L) - before.getOrDefault(code, 0L);
    }

    /** Whether the node's own database holds the notice, whatever its API would show. */
    private long heldIn(String node, UUID notice) throws SQLException {
        return count(node, "SELECT count(*) FROM notice WHERE id = '" + notice + "'");
    }

    /** The notice's row as text, to tell whether anything in it changed. */
    private String noticeRow(String node, UUID notice) throws SQLException {
        try (Connection c = connect(node); PreparedStatement s = c.prepareStatement("SELECT n::text FROM notice n WHERE id = ?")) {
            s.setObject(1, notice);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private long count(String node, String sql) throws SQLException {
        try (Connection c = connect(node); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private Connection connect(String node) throws SQLException {
        return DriverManager.getConnection(nodes.get(node).jdbcUrl(), "postgres", "");
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
