-- federation (issue 16), national node: the last entry of each post's audit trail received here,
-- with its hash. An entry at or below last_seq was applied already and changes nothing; the hash
-- lets an auditor tie the national trail to the post's own chain.
CREATE TABLE federation_post_audit_received (
    post_id     text PRIMARY KEY,
    last_seq    bigint NOT NULL,
    last_hash   char(64) NOT NULL,
    received_at timestamptz NOT NULL
);
