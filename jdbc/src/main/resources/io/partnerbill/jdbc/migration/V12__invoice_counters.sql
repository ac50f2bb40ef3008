-- invoice counters: the last number taken per issuer and series, for invoice numbering per issuer
-- An issue updates its row, which holds the row until the issue commits: concurrent issues of one
-- issuer and series wait for each other, and a rolled-back issue leaves the number untaken.
CREATE TABLE IF NOT EXISTS pb_invoice_counter (
    issuer                VARCHAR(160)   NOT NULL,
    counter_name          VARCHAR(64)    NOT NULL,
    last_number           BIGINT         NOT NULL,
    CONSTRAINT pb_invoice_counter_pk PRIMARY KEY (issuer, counter_name)
);
