package org.sabueso.federation.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.audit.AuditTrail;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.Outbox;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.shared.Auditable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A post's audit entries travelling to its national node, both sides over the shared test database
 * (one database plays the post and the node: the post's entries read back in come in again as
 * received entries, which is what a national node stores). The Outbox is the test's own, recording
 * what the post asked to send; the transport that carries it is the core's and tested there.
 */
class PostAuditTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    private final String post = "CO-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private PostAuditForwarder forwarder;
    private PostAuditKind national;

    private record Sent(String kind, String recordKey, String to, PostAuditBatch payload) {
    }

    private static final class RecordingOutbox implements Outbox {
        final List<Sent> sent = new ArrayList<>();
        boolean brokenDatabase;

        public void recordChanged(String kind, String recordId) {
            throw new UnsupportedOperationException();
        }

        public void send(String kind, String recordKey, String toNode, Object payload) {
            if (brokenDatabase) {
                throw new IllegalStateException("outbox row not written");
            }
            sent.add(new Sent(kind, recordKey, toNode, (PostAuditBatch) payload));
        }
    }

    private record Event(String actor, String action, String targetType, String targetId, String detail)
            implements Auditable {
        public String actorAgency() {
            return "CO-DIJIN";
        }
    }

    private final class Nodes implements Directory {
        final Map<String, NodeEntry> nodes = Map.of(
                "CO", new NodeEntry("CO", "CO", null, Set.of("CO-DIJIN")),
                "PE", new NodeEntry("PE", "PE", null, Set.of("PE-PNP")),
                post, new NodeEntry(post, "CO", "CO", Set.of("CO-DIJIN")),
                "PE-TUMBES", new NodeEntry("PE-TUMBES", "PE", "PE", Set.of("PE-PNP")));

        public String self() {
            return "CO";
        }
        public NodeEntry selfEntry() {
            return nodes.get("CO");
        }
        public Collection<NodeEntry> nodes() {
            return nodes.values();
        }
        public Optional<NodeEntry> node(String nodeId) {
            return Optional.ofNullable(nodes.get(nodeId));
        }
        public Optional<String> nodeOfAgency(String agencyId) {
            return Optional.empty();
        }
        public Optional<PublicKey> keyOf(String nodeId) {
            return Optional.empty();
        }
    }

    @BeforeEach
    void startAtTheHead() {
        forwarder = new PostAuditForwarder(trail, outbox, jdbc, transactions, post, "CO");
        national = new PostAuditKind(new Nodes(), jdbc, events, clock);
        long head = trail.head().orElseThrow().seq();
        // a post starts at 0; this one starts at the shared trail's head, so it forwards only this test's entries
        jdbc.sql("INSERT INTO federation_post_audit_forwarded (post_id, last_seq) VALUES (?, ?)").params(post, head).update();
    }

    private void audit(Event e) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(e));
    }

    private void forwardAll() {
        while (forwarder.forwardOnce() > 0) {
            // until the post's trail is all behind the watermark
        }
    }

    private Envelope envelope(String from, JsonNode payload) {
        return new Envelope(UUID.randomUUID(), Envelope.SCHEMA, Kinds.POST_AUDIT, from, "CO",
                PostAuditBatch.recordKey(from), 1, Instant.now(), payload);
    }

    private void receive(Envelope e) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> national.apply(e));
    }

    private long received(String actionLike) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE ? AND detail LIKE ?")
                .params(actionLike, post + " #%").query(Long.class).single();
    }

    @Test
    void the_posts_entries_leave_once_in_order_and_a_failed_login_leaves_without_the_name_tried() {
        audit(new Event("co-cucuta.border", "screening.run", "screening", "s-1", "1 subject"));
        audit(new Event("hunter2-typed-as-name", "auth.failure", "user", "hunter2-typed-as-name", "BadCredentials"));
        forwardAll();
        forwardAll();

        assertThat(outbox.sent).hasSize(1);
        Sent sent = outbox.sent.getFirst();
        assertThat(sent.kind()).isEqualTo(Kinds.POST_AUDIT);
        assertThat(sent.to()).isEqualTo("CO");
        assertThat(sent.recordKey()).isEqualTo("post-audit:" + post);
        List<PostAuditEntry> entries = sent.payload().entries();
        assertThat(entries).extracting(PostAuditEntry::action).containsSubsequence("screening.run", "auth.failure");
        assertThat(entries).extracting(PostAuditEntry::seq).isSorted().doesNotHaveDuplicates();
        PostAuditEntry failed = entries.stream().filter(e -> e.action().equals("auth.failure")).findFirst().orElseThrow();
        assertThat(failed.actor()).startsWith("sha256:").doesNotContain("hunter2");
        assertThat(failed.targetId()).isEqualTo(failed.actor());
    }

    @Test
    void a_batch_whose_outbox_row_fails_is_sent_again_whole_and_the_transports_own_entries_about_it_are_not() {
        audit(new Event("co-cucuta.border", "screening.run", "screening", "s-2", "1 subject"));
        outbox.brokenDatabase = true;
        assertThatThrownBy(forwarder::forwardOnce).isInstanceOf(IllegalStateException.class);
        outbox.brokenDatabase = false;
        forwardAll();
        assertThat(outbox.sent).hasSize(1);
        assertThat(outbox.sent.getFirst().payload().entries()).extracting(PostAuditEntry::targetId).contains("s-2");

        audit(new Event("system", "federation.sent", Kinds.POST_AUDIT, "post-audit:" + post, "to CO"));
        forwardAll();
        assertThat(outbox.sent).as("the send of a batch is not itself forwarded").hasSize(1);
    }

    @Test
    void the_national_node_appends_a_posts_entries_once_attributed_to_the_post() {
        audit(new Event("co-cucuta.border", "screening.run", "screening", "s-3", "1 subject"));
        audit(new Event("co-cucuta.border", "hit.open", "hit", "h-3", null));
        forwardAll();
        JsonNode payload = JSON.valueToTree(outbox.sent.getFirst().payload());

        receive(envelope(post, payload));
        assertThat(received("post.screening.run")).isEqualTo(1);
        assertThat(received("post.hit.open")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'post.hit.open' AND detail LIKE ?")
                .param(post + " #%").query(String.class).single()).isEqualTo("co-cucuta.border@" + post);

        // the same entries again, in a message with a new id: nothing new, refused as a replay
        assertThatThrownBy(() -> receive(envelope(post, payload))).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).code()).isEqualTo(RefusalCode.REPLAYED);
        assertThat(received("post.%")).isEqualTo(2);
    }

    @Test
    void only_a_post_of_this_node_may_send_its_entries_here() {
        audit(new Event("co-cucuta.border", "screening.run", "screening", "s-4", null));
        forwardAll();
        JsonNode payload = JSON.valueToTree(outbox.sent.getFirst().payload());
        for (String from : List.of("PE-TUMBES", "PE", "CO")) {
            assertThatThrownBy(() -> receive(envelope(from, payload))).as(from).isInstanceOf(Refused.class)
                    .extracting(e -> ((Refused) e).code()).isEqualTo(RefusalCode.NOT_OWNER);
        }
        assertThatThrownBy(() -> receive(envelope("XX", payload))).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).code()).isEqualTo(RefusalCode.UNKNOWN_SENDER);
        assertThat(received("post.%")).isZero();
    }

    @Test
    void hostile_entries_are_cleaned_and_cut_and_a_payload_that_is_no_batch_is_unreadable() {
        String hash = "a".repeat(64);
        PostAuditEntry hostile = new PostAuditEntry(1, "2026-12-04T19:02:00Z", "x\u0000\u001b[31m" + "y".repeat(5000),
                "CO-DIJIN", "screening.run", "screening", "t", "d\r\n".repeat(10_000), hash, hash);
        receive(envelope(post, JSON.valueToTree(new PostAuditBatch(post, List.of(hostile)))));
        String[] stored = jdbc.sql("SELECT actor, detail FROM audit_entry WHERE action = 'post.screening.run' AND detail LIKE ?")
                .param(post + " #%").query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(stored[0]).doesNotContain("\u0000", "\u001b").hasSizeLessThan(PostAuditEntry.MAX_FIELD + post.length() + 2);
        assertThat(stored[1]).doesNotContain("\r", "\n").hasSizeLessThan(PostAuditEntry.MAX_DETAIL + 200);

        String good = "{\"seq\":2,\"at\":\"2026-12-04T19:02:00Z\",\"actor\":\"a\",\"action\":\"x\",\"prevHash\":\"" + hash
                + "\",\"hash\":\"" + hash + "\"}";
        for (String bad : List.of("[]", "{\"post\":\"" + post + "\",\"entries\":[]}",
                "{\"post\":\"" + post + "\",\"entries\":[" + good + "," + good + "]}",
                "{\"post\":\"" + post + "\",\"entries\":[" + good.replace(hash + "\"}", "zz\"}") + "]}",
                "{\"post\":\"" + post + "\",\"entries\":[" + good.replace("\"x\"", "\"DROP TABLE\"") + "]}",
                "{\"post\":\"co\\u0000\",\"entries\":[" + good + "]}")) {
            assertThatThrownBy(() -> receive(envelope(post, JSON.readTree(bad)))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(received("post.x")).isZero();
    }
}
