package io.partnerbill.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partnerbill.jdbc.JdbcBillingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The database of a benchmark with a {@code database} parameter, behind HikariCP as a service runs
 * it: {@code h2}, a new H2 file database in a temporary directory, or {@code postgresql}, a new
 * schema on the server of {@code PARTNERBILL_PG_URL}, {@code PARTNERBILL_PG_USER} and
 * {@code PARTNERBILL_PG_PASSWORD} (environment or system properties), with
 * {@code prepareThreshold=0} as behind PgBouncer. Closing it drops the schema or deletes the files.
 */
final class BenchDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final JdbcBillingStore store;
    private final Runnable cleanup;

    private BenchDatabase(HikariDataSource pool, Runnable cleanup) {
        this.pool = pool;
        this.cleanup = cleanup;
        this.store = JdbcBillingStore.create(pool);
        store.migrate();
    }

    /** The databases to run on: H2 always, PostgreSQL when a server is configured. */
    static List<String> available() {
        return setting("PARTNERBILL_PG_URL") == null ? List.of("h2") : List.of("h2", "postgresql");
    }

    /**
     * Opens a new database.
     *
     * @param name {@code h2} or {@code postgresql}
     * @param h2Settings settings appended to the H2 URL ({@code ;NAME=value...}): {@code QUERY_CACHE_SIZE=0}
     *     where H2 must not hand back the previous result of an unchanged query (it does for a query of its
     *     session's cache of parsed statements)
     * @return the database, migrated
     */
    static BenchDatabase open(String name, String h2Settings) {
        return switch (name) {
            case "h2" -> h2(h2Settings);
            case "postgresql" -> postgres();
            default -> throw new IllegalArgumentException("Unknown database '" + name + "': h2 or postgresql");
        };
    }

    private static BenchDatabase h2(String settings) {
        try {
            Path root = Paths.get(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(root);
            Path directory = Files.createTempDirectory(root, "partnerbill-db-");
            HikariConfig config = config();
            config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("bench").toAbsolutePath() + settings);
            config.setUsername("sa");
            config.setPassword("");
            return new BenchDatabase(new HikariDataSource(config), () -> delete(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BenchDatabase postgres() {
        String url = setting("PARTNERBILL_PG_URL");
        if (url == null) {
            throw new IllegalStateException("database=postgresql needs PARTNERBILL_PG_URL (and _USER, _PASSWORD): run "
                    + "bench/run.sh, which starts a server, or pass -p database=h2");
        }
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        HikariConfig admin = postgresConfig(url);
        try (HikariDataSource ds = new HikariDataSource(admin); Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + " on " + url + ": " + e.getMessage(), e);
        }
        HikariConfig config = postgresConfig(url);
        config.addDataSourceProperty("currentSchema", schema);
        return new BenchDatabase(new HikariDataSource(config), () -> {
            try (HikariDataSource ds = new HikariDataSource(postgresConfig(url)); Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot drop schema " + schema + ": " + e.getMessage(), e);
            }
        });
    }

    private static HikariConfig postgresConfig(String url) {
        HikariConfig config = config();
        config.setJdbcUrl(url);
        config.setUsername(setting("PARTNERBILL_PG_USER"));
        config.setPassword(setting("PARTNERBILL_PG_PASSWORD"));
        // 0, as behind PgBouncer, unless -Dbench.pg.prepareThreshold=N asks for server-side prepared statements.
        config.addDataSourceProperty("prepareThreshold", System.getProperty("bench.pg.prepareThreshold", "0"));
        return config;
    }

    private static HikariConfig config() {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(2);
        return config;
    }

    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }

    JdbcBillingStore store() {
        return store;
    }

    HikariDataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        cleanup.run();
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
