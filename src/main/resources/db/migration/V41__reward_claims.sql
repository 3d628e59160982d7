-- reward module: claims on offers, filed through a tip's receipt once the tip led to a capture,
-- evaluated by a supervisor of the offering agency; payouts approved by two different supervisors.
-- Nothing here identifies the tipster: a claim knows its tip only by id.
CREATE TABLE reward_claim (
    id                uuid PRIMARY KEY,
    offer_id          uuid NOT NULL REFERENCES reward_offer (id),
    notice_id         uuid NOT NULL REFERENCES notice (id),
    tip_id            uuid NOT NULL,
    offering_agency_id text NOT NULL REFERENCES agency (id),
    status            text NOT NULL DEFAULT 'FILED' CHECK (status IN ('FILED','APPROVED','REJECTED','PAID')),
    filed_at          timestamptz NOT NULL,
    deadline          date NOT NULL,
    evaluated_by      text,
    evaluated_at      timestamptz,
    reason            text,
    approved_amount   numeric(18, 2),
    approved_currency char(3),
    version           integer NOT NULL DEFAULT 0
);
CREATE INDEX reward_claim_agency ON reward_claim (offering_agency_id, status);
CREATE INDEX reward_claim_tip ON reward_claim (tip_id);
-- one tip, one capture: a second claim for the same notice is refused across offers while one stands
CREATE UNIQUE INDEX reward_claim_one_per_capture ON reward_claim (tip_id, notice_id) WHERE status <> 'REJECTED';

CREATE TABLE reward_payout (
    id                 uuid PRIMARY KEY,
    claim_id           uuid NOT NULL UNIQUE REFERENCES reward_claim (id),
    tip_id             uuid NOT NULL,
    notice_id          uuid NOT NULL,
    amount             numeric(18, 2) NOT NULL CHECK (amount > 0),
    currency           char(3) NOT NULL,
    paid_on            date NOT NULL,
    method             text NOT NULL,
    recorded_by        text NOT NULL,
    recorded_at        timestamptz NOT NULL,
    first_approver     text,
    first_approved_at  timestamptz,
    second_approver    text,
    second_approved_at timestamptz,
    CHECK (second_approver IS NULL OR (first_approver IS NOT NULL AND second_approver <> first_approver))
);
-- the same capture is never paid twice for one tip, whatever the offer
CREATE UNIQUE INDEX reward_payout_once_per_capture ON reward_payout (tip_id, notice_id);
