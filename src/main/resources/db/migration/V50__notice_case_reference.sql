-- notice module: notices drafted together for one case (the escapees of one prison escape, say)
-- carry the case's reference, so the case lists its notices and reviewers see them together.
ALTER TABLE notice ADD COLUMN case_reference text;
CREATE INDEX notice_case_reference ON notice (case_reference) WHERE case_reference IS NOT NULL;
