-- Screenings kept for re-matching (README, "Re-matching"): what is needed to screen the person
-- again when a new notice goes out, and no more. Seen only by the agency that screened; purged
-- after sabueso.screening.retain (P90D by default) by the service itself.
CREATE TABLE screening_kept (
    id               uuid PRIMARY KEY,          -- the screening's own id
    agency_id        text NOT NULL,             -- the agency that screened: the only one that sees it
    agency_country   text,                      -- its country, as the sharing policy reads it
    screened_by      text NOT NULL,
    name             text NOT NULL,             -- the name as asked
    birth_date       text,
    nationality      text,
    documents        jsonb NOT NULL DEFAULT '[]', -- [{type, number (normalised), country}]
    purpose          text NOT NULL,
    place            text,                      -- where, when the request said it
    screened_at      timestamptz NOT NULL,
    -- every two words of the name as phonetic keys (one typo allowed), and the document numbers
    -- (KeptScreeningKeys): a new notice finds the screenings that share any through the GIN
    -- indexes, then scores them
    name_keys        text[] NOT NULL,
    document_numbers text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX screening_kept_when ON screening_kept (screened_at);
CREATE INDEX screening_kept_name_keys ON screening_kept USING gin (name_keys);
CREATE INDEX screening_kept_documents ON screening_kept USING gin (document_numbers);
