-- tip module: anonymous tips, encrypted for their receiving agencies. Nothing here names the
-- tipster: no address, no user agent, no session; the receipt is stored only as a keyed hash.

-- One X25519 key pair per agency and generation; the private half wrapped (AES-256-GCM) by the
-- server's master key, which never enters the database.
CREATE TABLE tip_agency_key (
    id                  uuid PRIMARY KEY,
    agency_id           text NOT NULL REFERENCES agency (id),
    public_key          bytea NOT NULL CHECK (length(public_key) = 32),
    wrapped_private_key bytea NOT NULL,
    master_key_id       text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    retired_at          timestamptz
);
CREATE UNIQUE INDEX tip_agency_key_current ON tip_agency_key (agency_id) WHERE retired_at IS NULL;

CREATE TABLE tip (
    id            uuid PRIMARY KEY,
    receipt_hash  bytea NOT NULL UNIQUE,
    notice_id     uuid REFERENCES notice (id),
    status        text NOT NULL DEFAULT 'NEW'
                  CHECK (status IN ('NEW','TRIAGED','ACTIONABLE','DUPLICATE','UNFOUNDED','LED_TO_CAPTURE')),
    assigned_to   text,
    -- the content key wrapped by a key derived from the codename, so the tipster reads the answers
    tipster_key   bytea NOT NULL,
    -- to the minute: enough to triage, less to correlate with other records
    received_at   timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       integer NOT NULL DEFAULT 0
);
CREATE INDEX tip_notice ON tip (notice_id);

-- The tip's content key wrapped for each agency that receives it (X25519 + HKDF + AES-GCM).
CREATE TABLE tip_recipient (
    tip_id       uuid NOT NULL REFERENCES tip (id),
    agency_id    text NOT NULL REFERENCES agency (id),
    key_id       uuid NOT NULL REFERENCES tip_agency_key (id),
    wrapped_key  bytea NOT NULL,
    PRIMARY KEY (tip_id, agency_id)
);
CREATE INDEX tip_recipient_agency ON tip_recipient (agency_id, tip_id);
CREATE INDEX tip_recipient_key ON tip_recipient (key_id);

-- What was said about a tip, each piece encrypted with the tip's content key:
-- TIP (the tipster's report), FROM_TIPSTER, TO_TIPSTER (questions the tipster sees), NOTE (never shown to the tipster).
CREATE TABLE tip_entry (
    id          uuid PRIMARY KEY,
    tip_id      uuid NOT NULL REFERENCES tip (id),
    kind        text NOT NULL CHECK (kind IN ('TIP','FROM_TIPSTER','TO_TIPSTER','NOTE')),
    author      text,
    agency_id   text,
    created_at  timestamptz NOT NULL,
    sealed      bytea NOT NULL
);
CREATE INDEX tip_entry_tip ON tip_entry (tip_id, created_at);

-- Photos: validated, re-encoded without metadata, then encrypted with the tip's content key.
CREATE TABLE tip_attachment (
    id            uuid PRIMARY KEY,
    tip_id        uuid NOT NULL REFERENCES tip (id),
    entry_id      uuid NOT NULL REFERENCES tip_entry (id),
    content_type  text NOT NULL CHECK (content_type IN ('image/jpeg','image/png')),
    sealed        bytea NOT NULL
);
CREATE INDEX tip_attachment_tip ON tip_attachment (tip_id);

-- Staff's reading of a tip: where and when the subject was seen, how sure; the notice's "last seen".
CREATE TABLE tip_sighting (
    id           uuid PRIMARY KEY,
    tip_id       uuid NOT NULL REFERENCES tip (id),
    notice_id    uuid NOT NULL REFERENCES notice (id),
    agency_id    text NOT NULL REFERENCES agency (id),
    place        text NOT NULL,
    seen_at      timestamptz NOT NULL,
    confidence   text NOT NULL CHECK (confidence IN ('LOW','MEDIUM','HIGH')),
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX tip_sighting_notice ON tip_sighting (notice_id, seen_at DESC);
