-- A hit's and a link's explanation as the engine gave it: items with their code and arguments,
-- so a page words them in its own language instead of reading the English text back into
-- meaning. The text column stays: the hit API shows it, and rows written before keep only it.
ALTER TABLE screening_hit ADD COLUMN explanation_items jsonb;
ALTER TABLE notice_link ADD COLUMN explanation_items jsonb;
