-- more things: a later version
ALTER TABLE tst_thing ADD COLUMN name VARCHAR(10);

INSERT INTO tst_thing (id, name) VALUES (1, 'one');
