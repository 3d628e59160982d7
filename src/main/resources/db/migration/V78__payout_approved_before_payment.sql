-- Four eyes on money (issue 12, finding 9): a claim's payout is approved by two different
-- supervisors, neither of them the one who evaluated the claim, before any payment is recorded.
-- The approvals live on the claim, so each is one conditional UPDATE of one row: of concurrent
-- approvals exactly one changes the state, the others change nothing and are refused.
ALTER TABLE reward_claim
    ADD COLUMN payout_approver_1    text,
    ADD COLUMN payout_approved_1_at timestamptz,
    ADD COLUMN payout_approver_2    text,
    ADD COLUMN payout_approved_2_at timestamptz,
    ADD CONSTRAINT reward_claim_four_eyes CHECK (
        (payout_approver_2 IS NULL OR (payout_approver_1 IS NOT NULL AND payout_approver_2 <> payout_approver_1))
        AND (payout_approver_1 IS NULL OR payout_approver_1 <> evaluated_by)
        AND (payout_approver_2 IS NULL OR payout_approver_2 <> evaluated_by));

-- Payouts already approved twice move their approvals onto the claim as they were.
UPDATE reward_claim c SET payout_approver_1 = p.first_approver, payout_approved_1_at = p.first_approved_at,
                          payout_approver_2 = p.second_approver, payout_approved_2_at = p.second_approved_at
FROM reward_payout p
WHERE p.claim_id = c.id AND p.second_approver IS NOT NULL
  AND p.first_approver <> c.evaluated_by AND p.second_approver <> c.evaluated_by;
-- A payment recorded before its two approvals was the fault itself: such a record is withdrawn,
-- the claim stays APPROVED, and two supervisors approve it before it is recorded again. A paid
-- claim whose evaluator was one of its approvers stays paid (the money has gone) with its record.
DELETE FROM reward_payout p USING reward_claim c
WHERE p.claim_id = c.id AND p.second_approver IS NULL AND c.status = 'APPROVED';

-- from now on a payout row exists only with both approvals
ALTER TABLE reward_payout ADD CONSTRAINT reward_payout_after_two_approvals
    CHECK (first_approver IS NOT NULL AND second_approver IS NOT NULL);
