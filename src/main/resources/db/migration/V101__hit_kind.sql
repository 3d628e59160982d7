-- A hit is opened by a screening as it happens (SCREENING) or by a notice that went ACTIVE later
-- and looked back at the kept screenings (REMATCH). Both say when and where the person was
-- screened; hits written before are screenings, screened when they were opened.
ALTER TABLE screening_hit ADD COLUMN kind text NOT NULL DEFAULT 'SCREENING' CHECK (kind IN ('SCREENING','REMATCH'));
ALTER TABLE screening_hit ADD COLUMN screened_at timestamptz;
ALTER TABLE screening_hit ADD COLUMN place text;
UPDATE screening_hit SET screened_at = created_at;
ALTER TABLE screening_hit ALTER COLUMN screened_at SET NOT NULL;
-- a notice alerts about a kept screening once, however often its activation is handled
CREATE UNIQUE INDEX screening_hit_rematch_once ON screening_hit (screening_id, notice_id) WHERE kind = 'REMATCH';
