package org.sabueso.federation.post;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a {@code post.audit} message carries: consecutive entries of one post's trail, oldest
 * first. Checked on arrival like any input from outside: a post id of the directory's shape, at
 * least one entry and at most {@link #MAX_ENTRIES}, seqs strictly increasing.
 */
public record PostAuditBatch(String post, List<PostAuditEntry> entries) {

    /** The forwarder sends at most this many per message; a larger batch did not come from a post. */
    static final int MAX_ENTRIES = 500;
    private static final Pattern NODE_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    public PostAuditBatch {
        if (post == null || !NODE_ID.matcher(post).matches()) {
            throw new IllegalArgumentException("post audit: the post id is not a node id");
        }
        if (entries == null || entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("post audit: between 1 and " + MAX_ENTRIES + " entries");
        }
        if (entries.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("post audit: an empty entry");
        }
        entries = List.copyOf(entries);
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).seq() <= entries.get(i - 1).seq()) {
                throw new IllegalArgumentException("post audit: entries out of order at " + entries.get(i).seq());
            }
        }
    }

    /** The Kafka key of a post's audit messages: one key, so they stay in order. */
    static String recordKey(String postId) {
        return "post-audit:" + postId;
    }
}
