-- The newest version applied here per sender and record: an older or equal one is a replay.
CREATE TABLE federation_record_version (
    from_node  TEXT   NOT NULL,
    record_key TEXT   NOT NULL,
    version    BIGINT NOT NULL,
    PRIMARY KEY (from_node, record_key)
);
