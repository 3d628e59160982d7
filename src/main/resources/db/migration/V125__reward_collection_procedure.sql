-- reward module: how a paid reward is collected, as each offering agency words it, in each language.
-- Read by the tipster's follow-up page; it holds nothing about any tipster.
CREATE TABLE reward_collection_procedure (
    agency_id  text NOT NULL REFERENCES agency (id),
    language   text NOT NULL CHECK (language IN ('es', 'en')),
    procedure  text NOT NULL CHECK (length(procedure) BETWEEN 1 AND 4000),
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agency_id, language)
);
