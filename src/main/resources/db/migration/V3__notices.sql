-- notice module: wanted notices, their reviews, transitions and sharing
CREATE SEQUENCE notice_reference_seq;

CREATE TABLE notice (
    id                uuid PRIMARY KEY,
    reference         text NOT NULL UNIQUE,      -- e.g. VE-2023-00001
    subject_id        uuid NOT NULL REFERENCES person (id),
    subject_name      text NOT NULL,             -- copy of the subject's name as written, for lists
    issuing_agency_id text NOT NULL REFERENCES agency (id),
    issuing_country   char(2) NOT NULL,
    offences          text[] NOT NULL,
    summary           text,
    warrant_reference text NOT NULL,
    legal_basis       text NOT NULL,
    requested_action  text NOT NULL CHECK (requested_action IN ('ARREST_FOR_EXTRADITION','LOCATE','OBTAIN_INFORMATION')),
    status            text NOT NULL CHECK (status IN ('DRAFT','UNDER_REVIEW','ACTIVE','LOCATED','ARRESTED','CANCELLED','EXPIRED')),
    sharing_scope     text NOT NULL CHECK (sharing_scope IN ('AGENCY','NATIONAL','PARTNERS','ALL_MEMBERS','PUBLIC')),
    review_by         date NOT NULL,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    activated_at      timestamptz,
    version           int NOT NULL DEFAULT 0,
    search            tsvector
);
CREATE INDEX notice_status ON notice (status);
CREATE INDEX notice_issuing ON notice (issuing_agency_id);
CREATE INDEX notice_subject ON notice (subject_id);
CREATE INDEX notice_scope ON notice (sharing_scope, status);
CREATE INDEX notice_search ON notice USING gin (search);
CREATE INDEX notice_updated ON notice (updated_at DESC);

CREATE TABLE notice_partner (
    notice_id uuid NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    agency_id text NOT NULL REFERENCES agency (id),
    PRIMARY KEY (notice_id, agency_id)
);
CREATE INDEX notice_partner_agency ON notice_partner (agency_id);

CREATE TABLE notice_transition (
    id            bigserial PRIMARY KEY,
    notice_id     uuid NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    from_status   text,
    to_status     text NOT NULL,
    actor         text NOT NULL,
    actor_agency  text,
    at            timestamptz NOT NULL DEFAULT now(),
    reason        text
);
CREATE INDEX notice_transition_notice ON notice_transition (notice_id, at);
CREATE INDEX notice_transition_at ON notice_transition (at DESC);

CREATE TABLE notice_review (
    id                 bigserial PRIMARY KEY,
    notice_id          uuid NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    reviewer           text NOT NULL,
    reviewer_agency    text NOT NULL,
    at                 timestamptz NOT NULL DEFAULT now(),
    no_political       boolean NOT NULL,
    no_military        boolean NOT NULL,
    no_religious       boolean NOT NULL,
    no_racial          boolean NOT NULL,
    decision           text NOT NULL CHECK (decision IN ('APPROVED','REJECTED')),
    comment            text
);
CREATE INDEX notice_review_notice ON notice_review (notice_id);
