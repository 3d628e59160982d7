-- Federation (issue 16): what this node's changes ask to send, written in the change's own
-- transaction. seq is the envelope's version: increasing per sender, hence per record.
-- to_node null: a record change for every node that may see it (decided at send time);
-- otherwise a message (or a snapshot's record state) for that node only.
CREATE TABLE federation_outbox (
    seq        BIGSERIAL PRIMARY KEY,
    kind       TEXT        NOT NULL,
    record_id  TEXT,
    record_key TEXT        NOT NULL,
    to_node    TEXT,
    payload    TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at    TIMESTAMPTZ
);
-- the relay reads the pending rows in order; sent rows are history
CREATE INDEX federation_outbox_pending ON federation_outbox (seq) WHERE sent_at IS NULL;
