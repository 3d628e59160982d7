-- person module: an external (FollowTheMoney) id is unique per asserting agency, not platform-wide.
-- Several agencies may import the same open dataset (OpenSanctions, another member's export); each
-- keeps its own assertion of the person, and screening links them. See docs/adr/0003.
ALTER TABLE person DROP CONSTRAINT person_external_id_key;
CREATE UNIQUE INDEX person_external_id_per_agency ON person (asserted_by, external_id);

-- forEachAssertedBy pages an agency's persons in id order (exports): serve it from one index.
DROP INDEX person_asserted_by;
CREATE INDEX person_asserted_by_id ON person (asserted_by, id);
