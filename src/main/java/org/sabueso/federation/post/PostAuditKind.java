package org.sabueso.federation.post;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.MessageKind;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A national node's side of {@code post.audit}: the entries of one of its own posts' trails go
 * into this node's audit trail as received entries ({@link PostAuditReceived}), in the receiver's
 * one transaction, with the post's last seq here. Only a post whose parent is this node may send
 * them (another node's post, or a national node, is refused as {@code federation.not-owner}); an
 * entry at or below the last seq received changes nothing, and a message with nothing new is
 * refused as {@code federation.replayed}. A payload that is not a batch is unreadable: it goes to
 * the dead letters.
 */
@Component
@ConditionalOnProperty("sabueso.node.id")
class PostAuditKind implements MessageKind {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Directory directory;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostAuditKind(Directory directory, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return Kinds.POST_AUDIT;
    }

    @Override
    public void apply(Envelope envelope) {
        NodeEntry post = directory.node(envelope.from())
                .orElseThrow(() -> new Refused(RefusalCode.UNKNOWN_SENDER, envelope.from()));
        if (!post.isPost() || !directory.self().equals(post.parent())) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.from() + " is no post of " + directory.self());
        }
        PostAuditBatch batch = read(envelope);
        if (!batch.post().equals(post.id())) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.from() + " sent entries of " + batch.post());
        }
        long last = jdbc.sql("SELECT last_seq FROM federation_post_audit_received WHERE post_id = ? FOR UPDATE")
                .param(post.id()).query(Long.class).optional().orElse(0L);
        List<PostAuditEntry> fresh = batch.entries().stream().filter(e -> e.seq() > last).toList();
        if (fresh.isEmpty()) {
            throw new Refused(RefusalCode.REPLAYED, post.id() + " entries up to " + batch.entries().getLast().seq()
                    + ", held up to " + last);
        }
        fresh.forEach(e -> events.publishEvent(new PostAuditReceived(post.id(), e)));
        PostAuditEntry newest = fresh.getLast();
        jdbc.sql("""
                INSERT INTO federation_post_audit_received (post_id, last_seq, last_hash, received_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (post_id) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash,
                received_at = EXCLUDED.received_at""")
                .params(post.id(), newest.seq(), newest.hash(), OffsetDateTime.now(clock)).update();
    }

    private static PostAuditBatch read(Envelope envelope) {
        if (envelope.payload() == null) {
            throw new IllegalArgumentException("post audit: no payload");
        }
        try {
            return JSON.treeToValue(envelope.payload(), PostAuditBatch.class);
        } catch (JacksonException e) {
            // the record's own checks throw IllegalArgumentException, which Jackson wraps
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException("post audit: unreadable batch (" + cause.getMessage() + ")", e);
        }
    }
}
