-- audit module: append-only, hash-chained log of staff access and changes
CREATE TABLE audit_entry (
    seq          bigint PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    actor_agency text,
    action       text NOT NULL,
    target_type  text,
    target_id    text,
    detail       text,
    prev_hash    char(64) NOT NULL,
    hash         char(64) NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor);
CREATE INDEX audit_entry_target ON audit_entry (target_type, target_id);
