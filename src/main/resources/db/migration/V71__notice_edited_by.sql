-- notice module: who revised a draft, so that nobody who wrote any of a notice approves it
-- (four eyes hold for the reviser and the submitter, not only for the first author).
ALTER TABLE notice ADD COLUMN edited_by text[] NOT NULL DEFAULT '{}';
