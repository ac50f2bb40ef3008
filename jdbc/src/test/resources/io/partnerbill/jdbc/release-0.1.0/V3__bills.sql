-- bills: issued bills, one per partner and cycle (DOMAIN 8.6), with the computed bill as its snapshot
CREATE TABLE IF NOT EXISTS pb_bill (
    id              VARCHAR(128)   NOT NULL,
    partner_id      VARCHAR(128)   NOT NULL,
    bill_cycle      CHAR(7)        NOT NULL,
    invoice_number  VARCHAR(128)   NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_nanos    INTEGER        NOT NULL,
    currency        CHAR(3)        NOT NULL,
    -- amount_due repeats the snapshot's for SQL reports; the snapshot is what is read back
    amount_due      NUMERIC(38, 8) NOT NULL,
    credit_applied  NUMERIC(38, 8) NOT NULL,
    paid            NUMERIC(38, 8) NOT NULL,
    snapshot        TEXT           NOT NULL,
    CONSTRAINT pb_bill_pk PRIMARY KEY (id),
    -- issuing twice for a partner and cycle gives the same bill
    CONSTRAINT pb_bill_partner_cycle_uk UNIQUE (partner_id, bill_cycle),
    CONSTRAINT pb_bill_settled_ck CHECK (credit_applied >= 0 AND paid >= 0 AND credit_applied + paid <= amount_due)
);

CREATE TABLE IF NOT EXISTS pb_bill_coupon_use (
    bill_id    VARCHAR(128)   NOT NULL,
    seq_no     INTEGER        NOT NULL,
    coupon_id  VARCHAR(128)   NOT NULL,
    currency   CHAR(3)        NOT NULL,
    amount     NUMERIC(38, 8) NOT NULL,
    CONSTRAINT pb_bill_coupon_use_pk PRIMARY KEY (bill_id, seq_no),
    CONSTRAINT pb_bill_coupon_use_bill_fk FOREIGN KEY (bill_id) REFERENCES pb_bill (id)
);
