-- lock rows: a partner's cycle (its appends share it, its issue takes it alone) and a partner's product (authorizing its discounts)
-- PostgreSQL share-locks stripe 0 for an append (FOR SHARE); H2, which has no shared row lock, has
-- each append lock one of 16 stripes (FOR UPDATE) and the issue all of them.
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
