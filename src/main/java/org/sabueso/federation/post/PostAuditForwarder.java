package org.sabueso.federation.post;

import java.util.List;

import org.sabueso.audit.AuditEntry;
import org.sabueso.audit.AuditTrail;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A border post's side of {@code post.audit}: its own audit entries go to its national node, in
 * order and exactly once, whether the link is up or not.
 *
 * <p>Why a reader past a watermark and not a listener on the audit events: the entry's seq and
 * hash exist only once the audit module has appended it, and those are what let the national
 * auditor tie the copy to the post's chain; reads (every screening at the border) are appended by
 * the audit module's own writer thread, outside the request's transaction, where a listener's
 * outbox row would not commit with them; and logins are appended without any module event. The
 * watermark ({@code federation_post_audit_forwarded}) advances in the same transaction as the
 * outbox row that carries the entries, so a crash either sends them (once) or not yet; the chain
 * commits in seq order, so no entry ever appears behind the watermark. While the broker is out of
 * reach the rows wait in the outbox with the post's hits and leave, in order, when it is back.
 *
 * <p>The transport audits what it sends. Its entries about sending these very batches are not
 * forwarded: each would call for another batch, one a poll, for ever.
 */
@Component
@ConditionalOnProperty("sabueso.node.post-of")
class PostAuditForwarder {

    /** Entries per message: a message stays well under Kafka's default 1 MB at 1,000 characters of detail each. */
    static final int BATCH = 200;

    private final AuditTrail trail;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate inTransaction;
    private final String postId;
    private final String nationalNode;

    PostAuditForwarder(AuditTrail trail, Outbox outbox, JdbcClient jdbc, PlatformTransactionManager transactions,
                       @Value("${sabueso.node.id}") String postId, @Value("${sabueso.node.post-of}") String nationalNode) {
        this.trail = trail;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.inTransaction = new TransactionTemplate(transactions);
        this.postId = postId;
        this.nationalNode = nationalNode;
    }

    /** Catches up in batches, then waits for the next poll. */
    @Scheduled(fixedDelayString = "${sabueso.node.post.audit-every:PT2S}", initialDelayString = "PT5S")
    void forward() {
        while (forwardOnce() == BATCH) {
            // a full batch: more may be waiting (the post was busy while the link was down)
        }
    }

    /** One batch in one transaction; returns how many entries of the trail it moved past. */
    int forwardOnce() {
        Integer read = inTransaction.execute(status -> {
            jdbc.sql("INSERT INTO federation_post_audit_forwarded (post_id, last_seq) VALUES (?, 0) ON CONFLICT DO NOTHING")
                    .param(postId).update();
            long last = jdbc.sql("SELECT last_seq FROM federation_post_audit_forwarded WHERE post_id = ? FOR UPDATE")
                    .param(postId).query(Long.class).single();
            List<AuditEntry> entries = trail.after(last, BATCH);
            if (entries.isEmpty()) {
                return 0;
            }
            List<PostAuditEntry> forwarded = entries.stream().filter(e -> !aboutSendingThese(e)).map(PostAuditEntry::of)
                    .toList();
            if (!forwarded.isEmpty()) {
                outbox.send(Kinds.POST_AUDIT, PostAuditBatch.recordKey(postId), nationalNode,
                        new PostAuditBatch(postId, forwarded));
            }
            jdbc.sql("UPDATE federation_post_audit_forwarded SET last_seq = ? WHERE post_id = ?")
                    .params(entries.getLast().seq(), postId).update();
            return entries.size();
        });
        return read == null ? 0 : read;
    }

    /** The transport's own record of sending (or of the broker taking) a batch of these. */
    private boolean aboutSendingThese(AuditEntry e) {
        return e.action().startsWith("federation.")
                && (Kinds.POST_AUDIT.equals(e.targetType()) || PostAuditBatch.recordKey(postId).equals(e.targetId())
                || (e.detail() != null && e.detail().contains(Kinds.POST_AUDIT)));
    }
}
