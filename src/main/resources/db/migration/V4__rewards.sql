-- reward module: reward offers on notices and the exchange rates they are shown at
CREATE TABLE reward_offer (
    id                 uuid PRIMARY KEY,
    notice_id          uuid NOT NULL REFERENCES notice (id),
    offering_agency_id text NOT NULL REFERENCES agency (id),
    amount             numeric(18, 2) NOT NULL CHECK (amount > 0),
    currency           char(3) NOT NULL,
    valid_from         date NOT NULL,
    valid_until        date,
    conditions         text,
    legal_basis        text,
    created_by         text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reward_offer_notice ON reward_offer (notice_id);

CREATE TABLE exchange_rate (
    currency    char(3) NOT NULL,
    target      char(3) NOT NULL,
    rate        numeric(20, 10) NOT NULL CHECK (rate > 0),
    as_of       date NOT NULL,
    source      text NOT NULL,
    PRIMARY KEY (currency, target, as_of)
);
