-- Every message applied here, by id: a replayed message is recognised and changes nothing.
CREATE TABLE federation_received (
    message_id UUID        PRIMARY KEY,
    from_node  TEXT        NOT NULL,
    kind       TEXT        NOT NULL,
    record_key TEXT        NOT NULL,
    version    BIGINT      NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
