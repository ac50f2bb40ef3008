/**
 * partnerbill jdbc: a transactional implementation of the storage SPI on a user's
 * {@link javax.sql.DataSource}, with versioned schema migrations (tested on H2 and PostgreSQL).
 */
module io.partnerbill.jdbc {
    requires transitive io.partnerbill.core;
    requires transitive java.sql;
    requires transitive org.jspecify;

    exports io.partnerbill.jdbc;
}
