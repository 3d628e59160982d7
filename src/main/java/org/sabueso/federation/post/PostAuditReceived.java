package org.sabueso.federation.post;

import org.sabueso.shared.Auditable;

/**
 * An entry of a post's trail, appended to its national node's chain like any entry there (its own
 * seq, time of receipt and hash; the chain's rules unchanged) and attributed to the post: the
 * actor as {@code <actor>@<post>}, the action prefixed {@code post.}, and the detail starting with
 * the post's id, its seq there, its time there and the start of its hash there.
 */
record PostAuditReceived(String post, PostAuditEntry entry) implements Auditable {

    /** Prefix of the actions of entries received from posts. */
    static final String ACTION_PREFIX = "post.";

    @Override
    public String actor() {
        return entry.actor() + "@" + post;
    }

    @Override
    public String actorAgency() {
        return entry.actorAgency();
    }

    @Override
    public String action() {
        return ACTION_PREFIX + entry.action();
    }

    @Override
    public String targetType() {
        return entry.targetType();
    }

    @Override
    public String targetId() {
        return entry.targetId();
    }

    @Override
    public String detail() {
        String origin = post + " #" + entry.seq() + " " + entry.at() + " " + entry.hash().substring(0, 16);
        return entry.detail() == null ? origin : origin + " " + entry.detail();
    }
}
