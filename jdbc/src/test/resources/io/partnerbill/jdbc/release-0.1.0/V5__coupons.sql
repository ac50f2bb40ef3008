-- coupons: partners' cash coupons and their balances
CREATE TABLE IF NOT EXISTS pb_coupon (
    id                VARCHAR(128)   NOT NULL,
    partner_id        VARCHAR(128)   NOT NULL,
    currency          CHAR(3)        NOT NULL,
    amount            NUMERIC(38, 8) NOT NULL,
    balance           NUMERIC(38, 8) NOT NULL,
    valid_from_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_from_nanos  INTEGER        NOT NULL,
    valid_until_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until_nanos INTEGER        NOT NULL,
    CONSTRAINT pb_coupon_pk PRIMARY KEY (id),
    CONSTRAINT pb_coupon_balance_ck CHECK (amount > 0 AND balance >= 0 AND balance <= amount)
);

CREATE INDEX IF NOT EXISTS pb_coupon_partner_ix ON pb_coupon (partner_id, valid_until_at, valid_until_nanos, id);
