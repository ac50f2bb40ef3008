-- lock rows: a partner's cycle (its appends share it, its issue takes it alone) and a partner's product (authorizing its discounts)
-- Used where no shared row lock exists (H2): an append locks one of a cycle's 16 stripes, the
-- issue all of them. PostgreSQL takes advisory locks instead and leaves these tables empty.
CREATE TABLE IF NOT EXISTS pb_cycle_lock (
    partner_id      VARCHAR(128)   NOT NULL,
    bill_cycle      CHAR(7)        NOT NULL,
    stripe          INTEGER        NOT NULL,
    CONSTRAINT pb_cycle_lock_pk PRIMARY KEY (partner_id, bill_cycle, stripe)
);

CREATE TABLE IF NOT EXISTS pb_discount_lock (
    partner_id      VARCHAR(128)   NOT NULL,
    product_id      VARCHAR(128)   NOT NULL,
    CONSTRAINT pb_discount_lock_pk PRIMARY KEY (partner_id, product_id)
);
