-- notice module: an FtM import's wanted persons become notices UNDER_REVIEW, grouped as one import
-- that a supervisor of the importing agency, other than the importer, reviews as a whole. Each
-- notice's own review row points to the import's review, so its history reads like any other.
CREATE TABLE notice_import (
    id                uuid PRIMARY KEY,
    issuing_agency_id text NOT NULL REFERENCES agency (id),
    sharing_scope     text NOT NULL CHECK (sharing_scope IN ('AGENCY','NATIONAL','ALL_MEMBERS','PUBLIC')),
    imported_by       text NOT NULL,
    imported_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notice_import_agency ON notice_import (issuing_agency_id, imported_at DESC);

CREATE TABLE notice_import_review (
    id              uuid PRIMARY KEY,
    import_id       uuid NOT NULL REFERENCES notice_import (id),
    reviewer        text NOT NULL,
    reviewer_agency text NOT NULL,
    at              timestamptz NOT NULL DEFAULT now(),
    no_political    boolean NOT NULL,
    no_military     boolean NOT NULL,
    no_religious    boolean NOT NULL,
    no_racial       boolean NOT NULL,
    decision        text NOT NULL CHECK (decision IN ('APPROVED','REJECTED')),
    comment         text,
    notices         int NOT NULL
);
CREATE INDEX notice_import_review_import ON notice_import_review (import_id);

ALTER TABLE notice ADD COLUMN import_id uuid REFERENCES notice_import (id);
CREATE INDEX notice_import_status ON notice (import_id, status) WHERE import_id IS NOT NULL;

ALTER TABLE notice_review ADD COLUMN import_review_id uuid REFERENCES notice_import_review (id);
