-- A reward claim no longer names its tip (issue 12, finding 7; docs/adr/0006). It is known by its
-- claimant: HMAC(receipt key, "reward-claim:" + codename), which only someone holding the codename
-- can compute, so the agency, the database and a dump cannot tell which tip a claim belongs to.
-- Claims and payouts keep their notice and offer, which is what the agency decides on.
ALTER TABLE reward_claim ADD COLUMN claimant bytea;
ALTER TABLE reward_payout ADD COLUMN claimant bytea;
-- Claims filed before this change: their codenames are not stored anywhere, so they get a random
-- claimant, one per tip so that their one-claim-per-capture rule still holds among them. Their
-- agency still decides and pays them; their tipster no longer sees them in the follow-up.
CREATE TEMPORARY TABLE claimant_of_tip AS
    SELECT tip_id, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) AS claimant
    FROM reward_claim GROUP BY tip_id;
UPDATE reward_claim c SET claimant = t.claimant FROM claimant_of_tip t WHERE t.tip_id = c.tip_id;
UPDATE reward_payout p SET claimant = c.claimant FROM reward_claim c WHERE c.id = p.claim_id;
DROP TABLE claimant_of_tip;
ALTER TABLE reward_claim ALTER COLUMN claimant SET NOT NULL;
ALTER TABLE reward_payout ALTER COLUMN claimant SET NOT NULL;

DROP INDEX reward_claim_one_per_capture;
DROP INDEX reward_claim_tip;
DROP INDEX reward_payout_once_per_capture;
ALTER TABLE reward_claim DROP COLUMN tip_id;
ALTER TABLE reward_payout DROP COLUMN tip_id;
CREATE INDEX reward_claim_claimant ON reward_claim (claimant);
-- one tip, one capture: a second claim for the same notice is refused across offers while one stands
CREATE UNIQUE INDEX reward_claim_one_per_capture ON reward_claim (claimant, notice_id) WHERE status <> 'REJECTED';
-- the same capture is never paid twice for one tip, whatever the offer
CREATE UNIQUE INDEX reward_payout_once_per_capture ON reward_payout (claimant, notice_id);

-- a claim's time is kept to the minute, like a tip's: a finer one could be matched with a visit
UPDATE reward_claim SET filed_at = date_trunc('minute', filed_at);
ALTER TABLE reward_claim ADD CONSTRAINT reward_claim_filed_to_the_minute CHECK (extract(second FROM filed_at) = 0);
