-- statement lines stored like bill lines: a narrow pb_statement_item names its line in pb_line and replaces pb_statement_line
-- A statement is issued only after its cycle's bill, when the cycle's lines in pb_line are final,
-- so a statement line keeps the order id and what the customer pays, and reads the rest from pb_line.
CREATE TABLE IF NOT EXISTS pb_statement_item (
    statement_id          VARCHAR(128)   NOT NULL,
    seq_no                INTEGER        NOT NULL,
    order_id              VARCHAR(128)   NOT NULL,
    customer_currency     CHAR(3)        NOT NULL,
    customer_amount       NUMERIC(38, 8) NOT NULL,
    rule_id               VARCHAR(128),
    CONSTRAINT pb_statement_item_pk PRIMARY KEY (statement_id, seq_no),
    CONSTRAINT pb_statement_item_statement_fk FOREIGN KEY (statement_id) REFERENCES pb_statement (id),
    -- a statement line prices a stored bill line; a row without one makes the copy below fail and the migration stop
    CONSTRAINT pb_statement_item_line_fk FOREIGN KEY (order_id) REFERENCES pb_line (order_id)
);

-- H2 and HSQLDB commit each statement: a migration cut short after the DROP below runs again from the
-- start, so the old table is given back empty for the copy, and the copy skips rows already copied.
CREATE TABLE IF NOT EXISTS pb_statement_line (
    statement_id          VARCHAR(128)   NOT NULL,
    seq_no                INTEGER        NOT NULL,
    order_id              VARCHAR(128)   NOT NULL,
    currency              CHAR(3)        NOT NULL,
    customer_amount       NUMERIC(38, 8) NOT NULL,
    rule_id               VARCHAR(128)
);

-- the customer amount was kept in the line's currency column
INSERT INTO pb_statement_item (statement_id, seq_no, order_id, customer_currency, customer_amount, rule_id)
    SELECT o.statement_id, o.seq_no, o.order_id, o.currency, o.customer_amount, o.rule_id FROM pb_statement_line o
    WHERE NOT EXISTS (SELECT 1 FROM pb_statement_item n WHERE n.statement_id = o.statement_id AND n.seq_no = o.seq_no);

DROP TABLE IF EXISTS pb_statement_line;
