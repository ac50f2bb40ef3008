-- what only PostgreSQL gets
CREATE TABLE IF NOT EXISTS tst_only_postgresql (id INTEGER);
