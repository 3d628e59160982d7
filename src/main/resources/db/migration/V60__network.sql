-- network module: organisations, designations, places and facilities, typed links between them and
-- persons (each link with the sharing scope of notices), dated events for the timeline, saved charts.

-- A copy of each linked person's name, for graph nodes and lists, as notice keeps subject_name.
CREATE TABLE network_person (
    person_id  uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    label      text NOT NULL
);

CREATE TABLE organisation (
    id              uuid PRIMARY KEY,
    external_id     text,                       -- FollowTheMoney id when imported
    name            text NOT NULL,
    aliases         text[] NOT NULL DEFAULT '{}',
    kind            text NOT NULL CHECK (kind IN ('CRIMINAL_ORGANISATION','GANG','CELL','COMPANY','OTHER')),
    founded         text,                       -- partial date: 2014, 2014-05 or 2014-05-01
    countries       char(2)[] NOT NULL DEFAULT '{}',   -- countries of operation
    activities      text[] NOT NULL DEFAULT '{}',
    summary         text,
    asserted_by     text NOT NULL REFERENCES agency (id),
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (asserted_by, external_id)
);

CREATE TABLE designation (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    authority       text NOT NULL,              -- e.g. U.S. Department of State
    program         text NOT NULL,              -- e.g. Foreign Terrorist Organization
    designated_on   date NOT NULL,
    source          text NOT NULL,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX designation_organisation ON designation (organisation_id, designated_on);

CREATE TABLE place (
    id              uuid PRIMARY KEY,
    external_id     text,
    name            text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('PLACE','FACILITY')),
    country         char(2),
    locality        text,
    address         text,
    asserted_by     text NOT NULL REFERENCES agency (id),
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (asserted_by, external_id)
);

-- A typed, directed link between two nodes (person, organisation, place or facility). Ends are
-- ids of other modules' or this module's tables; their kind says which.
CREATE TABLE network_link (
    id                uuid PRIMARY KEY,
    external_id       text,
    type              text NOT NULL CHECK (type IN ('MEMBER_OF','FAMILY','ASSOCIATE','CO_DEFENDANT','CELLMATE',
                          'CO_ESCAPEE','OPERATES_IN','USES_AS_HUB','OWNS','UNKNOWN')),
    from_kind         text NOT NULL CHECK (from_kind IN ('PERSON','ORGANIZATION','PLACE','FACILITY')),
    from_id           uuid NOT NULL,
    to_kind           text NOT NULL CHECK (to_kind IN ('PERSON','ORGANIZATION','PLACE','FACILITY')),
    to_id             uuid NOT NULL,
    role              text,                     -- LEADER, LIEUTENANT, MEMBER, FINANCIER for MEMBER_OF; relationship for FAMILY
    started           text,                     -- partial date
    ended             text,
    start_day         date,                     -- first day of started, for date filters
    end_day           date,                     -- last day of ended
    source            text,
    confidence        text NOT NULL CHECK (confidence IN ('CONFIRMED','PROBABLE','POSSIBLE')),
    issuing_agency_id text NOT NULL REFERENCES agency (id),
    issuing_country   char(2) NOT NULL,
    sharing_scope     text NOT NULL CHECK (sharing_scope IN ('AGENCY','NATIONAL','PARTNERS','ALL_MEMBERS','PUBLIC')),
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (from_id <> to_id)
);
CREATE INDEX network_link_from ON network_link (from_id);
CREATE INDEX network_link_to ON network_link (to_id);
CREATE UNIQUE INDEX network_link_external ON network_link (issuing_agency_id, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE network_link_partner (
    link_id   uuid NOT NULL REFERENCES network_link (id) ON DELETE CASCADE,
    agency_id text NOT NULL REFERENCES agency (id),
    PRIMARY KEY (link_id, agency_id)
);
CREATE INDEX network_link_partner_agency ON network_link_partner (agency_id);

-- A dated event about persons, organisations and places, entered by hand or from other modules'
-- events (origin and origin_ref say which: notice, reward, custody, ...). Shared like notices.
CREATE TABLE network_event (
    id                uuid PRIMARY KEY,
    occurred          text NOT NULL,            -- partial date
    occurred_day      date NOT NULL,            -- first day of occurred, for ordering and filters
    kind              text NOT NULL CHECK (kind IN ('FOUNDED','TOOK_CONTROL','RAID','ESCAPE','REWARD','SIGHTING',
                          'ARREST','DESIGNATION','NOTICE','OTHER')),
    title             text NOT NULL,
    description       text,
    source            text,
    origin            text NOT NULL DEFAULT 'MANUAL',
    origin_ref        text,
    issuing_agency_id text NOT NULL REFERENCES agency (id),
    issuing_country   char(2) NOT NULL,
    sharing_scope     text NOT NULL CHECK (sharing_scope IN ('AGENCY','NATIONAL','PARTNERS','ALL_MEMBERS','PUBLIC')),
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_event_day ON network_event (occurred_day);
CREATE UNIQUE INDEX network_event_origin ON network_event (origin, origin_ref) WHERE origin_ref IS NOT NULL;

CREATE TABLE network_event_subject (
    event_id  uuid NOT NULL REFERENCES network_event (id) ON DELETE CASCADE,
    node_kind text NOT NULL CHECK (node_kind IN ('PERSON','ORGANIZATION','PLACE','FACILITY')),
    node_id   uuid NOT NULL,
    PRIMARY KEY (event_id, node_id)
);
CREATE INDEX network_event_subject_node ON network_event_subject (node_id);

CREATE TABLE network_event_partner (
    event_id  uuid NOT NULL REFERENCES network_event (id) ON DELETE CASCADE,
    agency_id text NOT NULL REFERENCES agency (id),
    PRIMARY KEY (event_id, agency_id)
);

-- A chart an analyst saved: the nodes on it and the filters, theirs alone.
CREATE TABLE network_chart (
    id          uuid PRIMARY KEY,
    owner       text NOT NULL,
    agency_id   text REFERENCES agency (id),
    name        text NOT NULL,
    node_ids    uuid[] NOT NULL,
    link_types  text[] NOT NULL DEFAULT '{}',
    since       date,
    until       date,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_chart_owner ON network_chart (owner, created_at DESC);
