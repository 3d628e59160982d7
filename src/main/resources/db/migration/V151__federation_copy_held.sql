-- Which node holds a copy of which of this node's records (written once the broker accepted the
-- state): a scope that narrows sends a removal only to nodes that had the record.
CREATE TABLE federation_copy_held (
    node_id    TEXT   NOT NULL,
    record_key TEXT   NOT NULL,
    version    BIGINT NOT NULL,
    PRIMARY KEY (node_id, record_key)
);
