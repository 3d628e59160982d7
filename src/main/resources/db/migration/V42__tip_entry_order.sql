-- tip module: the order in which things were said about a tip. Tipsters' entries keep their time
-- only to the minute, so time alone cannot order a question and the answer given the same minute.
ALTER TABLE tip_entry ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE INDEX tip_entry_tip_seq ON tip_entry (tip_id, seq);
