package io.partnerbill.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the tests run on: H2 in memory and in a file under {@code target/}, and the
 * PostgreSQL server named by {@code PARTNERBILL_PG_URL}, {@code PARTNERBILL_PG_USER} and
 * {@code PARTNERBILL_PG_PASSWORD} (environment variables or system properties of those names;
 * {@code .ci/postgres.sh start} prints them). Without them PostgreSQL tests are skipped, except
 * under {@code CI=true}, where they fail.
 */
final class TestDatabases {

    private TestDatabases() {
    }

    /** A new, empty H2 in-memory database that lives until the JVM ends. */
    static DataSource h2Memory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:pb-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The directory of H2 file databases: {@code target/h2}. */
    static Path h2Directory() {
        return Path.of(System.getProperty("partnerbill.test.dir", "target/h2")).toAbsolutePath();
    }

    /**
     * A new, empty H2 file database under {@code target/h2}, behind a pool (H2 closes a file
     * database when its last connection closes, and opening it per call is slow).
     */
    static DataSource h2File() {
        TestPool pool = new TestPool(h2File(h2Directory().resolve("pb-" + UUID.randomUUID())));
        TestPool before = lastH2Pool.getAndSet(pool);
        if (before != null) {
            before.close();
        }
        return pool;
    }

    private static final java.util.concurrent.atomic.AtomicReference<TestPool> lastH2Pool =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** The H2 file database at a path (without the {@code .mv.db} suffix). */
    static DataSource h2File(Path path) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(h2FileUrl(path));
        return ds;
    }

    /** A new, empty HSQLDB file database under {@code target/h2}, with the settings of the CLI's demo. */
    static DataSource hsqldbFile() {
        return hsqldbFile(h2Directory().resolve("hsql-" + UUID.randomUUID()).resolve("pb"));
    }

    /** The HSQLDB file database at a path: cached tables, each commit synced (the CLI demo's settings: MVLOCKS, multiversion reads with write locks). */
    static DataSource hsqldbFile(Path path) {
        org.hsqldb.jdbc.JDBCDataSource ds = new org.hsqldb.jdbc.JDBCDataSource();
        ds.setURL(hsqldbFileUrl(path));
        ds.setUser("SA");
        ds.setPassword("");
        return ds;
    }

    static String hsqldbFileUrl(Path path) {
        return "jdbc:hsqldb:file:" + path.toAbsolutePath() + ";hsqldb.tx=mvlocks;hsqldb.write_delay=false"
                + ";hsqldb.default_table_type=cached;hsqldb.lock_file=true;sql.syntax_pgs=true";
    }

    static String h2FileUrl(Path path) {
        return "jdbc:h2:file:" + path.toAbsolutePath();
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value;
    }

    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * A new, empty schema on the PostgreSQL server, as a data source whose connections use it.
     * Skips the test when no server is configured, but fails it under CI.
     */
    static DataSource postgres() {
        return postgres(null);
    }

    /**
     * As {@link #postgres()}, with pgjdbc's {@code prepareThreshold} set: 0 prepares no statement
     * on the server, as behind PgBouncer in transaction mode.
     */
    static DataSource postgres(@org.jspecify.annotations.Nullable Integer prepareThreshold) {
        PGSimpleDataSource ds = postgresUnpooled();
        if (prepareThreshold != null) {
            ds.setPrepareThreshold(prepareThreshold);
        }
        TestPool pool = new TestPool(ds);
        // Tests run one after another: the previous test's connections are no longer used.
        TestPool before = lastPool.getAndSet(pool);
        if (before != null) {
            before.close();
        }
        return pool;
    }

    /**
     * A new, empty schema on the PostgreSQL server as pgjdbc's own data source, for a test that puts
     * its own pool (HikariCP) in front or hands the schema ({@code getCurrentSchema()}) to another JVM.
     * Skips as {@link #postgres()} does.
     */
    static PGSimpleDataSource postgresUnpooled() {
        String url = setting("PARTNERBILL_PG_URL");
        if (url == null) {
            if (underCi()) {
                fail("CI=true but PARTNERBILL_PG_URL is not set: the PostgreSQL tests must run under CI (see .ci/postgres.sh)");
            }
            Assumptions.abort("PostgreSQL not configured: set PARTNERBILL_PG_URL (see docs/jdbc.md, .ci/postgres.sh)");
        }
        PGSimpleDataSource admin = pg(url, null);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toLowerCase(Locale.ROOT);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("Cannot connect to PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
        return pg(url, schema);
    }

    private static final java.util.concurrent.atomic.AtomicReference<TestPool> lastPool =
            new java.util.concurrent.atomic.AtomicReference<>();

    private static PGSimpleDataSource pg(String url, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        String user = setting("PARTNERBILL_PG_USER");
        if (user != null) {
            ds.setUser(user);
        }
        String password = setting("PARTNERBILL_PG_PASSWORD");
        if (password != null) {
            ds.setPassword(password);
        }
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    /** The databases every cross-database test runs on. */
    static java.util.List<String> names() {
        return java.util.List.of("h2-memory", "h2-file", "postgresql");
    }

    /** A new, empty database by name: {@code h2-memory}, {@code h2-file} or {@code postgresql}. */
    static DataSource of(String name) {
        switch (name) {
            case "h2-memory":
                return h2Memory();
            case "h2-file":
                return h2File();
            case "postgresql":
                return postgres();
            case "hsqldb-file":
                return hsqldbFile();
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /** A store on a data source, migrated. */
    static JdbcBillingStore migrated(DataSource ds) {
        JdbcBillingStore store = JdbcBillingStore.create(ds);
        store.migrate();
        return store;
    }
}
