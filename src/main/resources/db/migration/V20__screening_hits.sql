-- screening module: hits sent to the issuing agency for confirmation, remembered rejections,
-- and proposed links between notices of different agencies on the same person
CREATE TABLE screening_hit (
    id                 uuid PRIMARY KEY,
    screening_id       uuid NOT NULL,
    notice_id          uuid NOT NULL,
    person_id          uuid NOT NULL,
    issuing_agency_id  text NOT NULL,
    screened_by        text NOT NULL,
    screened_by_agency text,
    purpose            text NOT NULL,
    query_name         text NOT NULL,
    query_birth_date   text,
    query_documents    text[] NOT NULL DEFAULT '{}',
    subject_name       text NOT NULL,
    score              numeric(5, 3) NOT NULL,
    explanation        text NOT NULL,
    status             text NOT NULL CHECK (status IN ('OPEN','CONFIRMED','REJECTED')),
    deadline           timestamptz NOT NULL,
    action             text CHECK (action IN ('ARREST','LOCATE','INFORM')),
    answer_note        text,
    answered_by        text,
    answered_at        timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screening_hit_inbox ON screening_hit (issuing_agency_id, status, created_at DESC);
CREATE INDEX screening_hit_screening ON screening_hit (screening_id);
CREATE INDEX screening_hit_screened_by ON screening_hit (screened_by_agency, created_at DESC);

CREATE TABLE screening_rejection (
    notice_id    uuid NOT NULL,
    identity_key text NOT NULL,          -- folded name and birth date of the person screened
    documents    text[] NOT NULL,        -- normalised document numbers known when rejected
    hit_id       uuid NOT NULL,
    rejected_by  text NOT NULL,
    rejected_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (notice_id, identity_key)
);

CREATE TABLE notice_link (
    id           uuid PRIMARY KEY,
    notice_a     uuid NOT NULL,
    notice_b     uuid NOT NULL,
    agency_a     text NOT NULL,
    agency_b     text NOT NULL,
    score        numeric(5, 3) NOT NULL,
    explanation  text NOT NULL,
    status       text NOT NULL CHECK (status IN ('PROPOSED','ACCEPTED','REJECTED')),
    decided_by   text,
    decided_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (notice_a < notice_b),
    UNIQUE (notice_a, notice_b)
);
CREATE INDEX notice_link_a ON notice_link (notice_a);
CREATE INDEX notice_link_b ON notice_link (notice_b);
CREATE INDEX notice_link_status ON notice_link (status, created_at DESC);
