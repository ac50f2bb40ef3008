-- what only H2 gets
CREATE TABLE IF NOT EXISTS tst_only_h2 (id INTEGER);
