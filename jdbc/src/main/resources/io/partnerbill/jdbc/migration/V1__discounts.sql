-- discounts: authorized discounts, canceled ones included
-- Instants are a UTC timestamp (to the microsecond) plus the exact nano-of-second.
CREATE TABLE IF NOT EXISTS pb_discount (
    id                VARCHAR(128)  NOT NULL,
    partner_id        VARCHAR(128)  NOT NULL,
    product_id        VARCHAR(128)  NOT NULL,
    product_name      VARCHAR(1000) NOT NULL,
    product_type      VARCHAR(1000) NOT NULL,
    percent_off       NUMERIC(5, 2) NOT NULL,
    effective_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_nanos   INTEGER       NOT NULL,
    expiry_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expiry_nanos      INTEGER       NOT NULL,
    settlement_type   VARCHAR(40)   NOT NULL,
    canceled_at       TIMESTAMP WITH TIME ZONE,
    canceled_nanos    INTEGER,
    CONSTRAINT pb_discount_pk PRIMARY KEY (id),
    CONSTRAINT pb_discount_rate_ck CHECK (percent_off >= 0 AND percent_off < 100)
);

CREATE INDEX IF NOT EXISTS pb_discount_partner_ix ON pb_discount (partner_id, effective_at, effective_nanos, id);
