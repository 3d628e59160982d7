-- federation (issue 16), border posts: how far a post has forwarded its own audit trail to its
-- national node. Advanced in the same transaction as the outbox row that carries the entries, so
-- each entry leaves the post exactly once, in seq order, whether the link is up or not.
CREATE TABLE federation_post_audit_forwarded (
    post_id  text PRIMARY KEY,
    last_seq bigint NOT NULL
);
