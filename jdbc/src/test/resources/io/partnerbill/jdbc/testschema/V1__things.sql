-- things: a table every database gets
CREATE TABLE IF NOT EXISTS tst_thing (
    id INTEGER NOT NULL,
    CONSTRAINT tst_thing_pk PRIMARY KEY (id)
);
