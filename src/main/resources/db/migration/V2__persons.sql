-- person module: persons, their names, dates, documents; each fact with the agency that asserted it
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE person (
    id              uuid PRIMARY KEY,
    external_id     text UNIQUE,                -- FollowTheMoney id when imported
    full_name       text NOT NULL,              -- as written
    given_names     text,
    first_surname   text,
    second_surname  text,
    particles       text,
    sex             text CHECK (sex IN ('MALE','FEMALE','OTHER','UNKNOWN')),
    birth_year      int,
    birth_month     int,
    birth_day       int,
    height_cm       int CHECK (height_cm IS NULL OR height_cm BETWEEN 40 AND 260),
    build           text,
    marks           text,
    asserted_by     text NOT NULL REFERENCES agency (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_asserted_by ON person (asserted_by);

CREATE TABLE person_alias (
    person_id   uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    alias       text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('ALIAS','NICKNAME')),
    asserted_by text NOT NULL REFERENCES agency (id),
    PRIMARY KEY (person_id, alias, kind)
);

CREATE TABLE person_nationality (
    person_id   uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    country     char(2) NOT NULL,
    asserted_by text NOT NULL REFERENCES agency (id),
    PRIMARY KEY (person_id, country)
);

CREATE TABLE person_document (
    person_id   uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    type        text NOT NULL,
    number      text NOT NULL,
    country     char(2),
    asserted_by text NOT NULL REFERENCES agency (id),
    PRIMARY KEY (person_id, type, number)
);
CREATE INDEX person_document_number ON person_document (number);
