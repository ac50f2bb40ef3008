package io.partnerbill.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Applies the schema files shipped in the jar: {@code schema/V001.sql}, {@code V002.sql}, ...
 * (numbered without gaps; the first comment line names the version), each optionally followed
 * by a dialect file such as {@code V002.postgresql.sql} or {@code V002.h2.sql} for what the
 * databases spell differently. Applied versions are rows of {@code pb_schema_version}.
 */
final class Migrator {

    static final String VERSION_TABLE = "pb_schema_version";
    /** Where the schema files are, relative to this class. */
    static final String SHIPPED = "schema/";
    /** The newest schema version this library knows: the highest numbered file shipped. */
    static final int LIBRARY_VERSION = newest(SHIPPED);
    private static final ReentrantLock IN_JVM = new ReentrantLock();

    private Migrator() {
    }

    private static String resource(String base, int version, @Nullable String dialect) {
        return String.format(Locale.ROOT, "%sV%03d%s.sql", base, version, dialect == null ? "" : "." + dialect);
    }

    private static @Nullable String read(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("read schema file '" + name + "'", String.valueOf(e.getMessage()), e);
        }
    }

    static int newest(String base) {
        int version = 0;
        while (Migrator.class.getResource(resource(base, version + 1, null)) != null) {
            version++;
        }
        return version;
    }

    /** Returns the version's description: its file's first comment line. */
    static String description(String script) {
        String first = script.lines().findFirst().orElse("").strip();
        String text = first.startsWith("--") ? first.substring(2).strip() : "";
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** Splits a script into statements: comment lines dropped, statements end with ';' at a line's end. */
    @SuppressWarnings("StringSplitter") // split() drops trailing empty strings: empty lines are skipped anyway
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /** Applies what is missing; returns how many versions were applied. */
    static int migrate(DataSource dataSource) {
        return migrate(dataSource, SHIPPED, LIBRARY_VERSION);
    }

    /** Applies the files under {@code base} up to {@code newest} (tests use their own files). */
    static int migrate(DataSource dataSource, String base, int newest) {
        String operation = "migrate the partnerbill schema";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            Dialect dialect = Dialect.of(connection);
            String lock = dialect.migrationLock();
            // H2 and HSQLDB run DDL outside transactions (H2 races on concurrent CREATE INDEX): one migration
            // per JVM at a time (an embedded database belongs to one JVM).
            boolean inJvm = dialect == Dialect.H2 || dialect == Dialect.HSQLDB;
            if (inJvm) {
                IN_JVM.lock();
            }
            try {
                if (lock != null) {
                    Sql.exists(connection, lock, s -> { });
                }
                return migrate(connection, dialect, base, newest);
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                try {
                    // A session lock outlives the transaction: release it before the connection goes back to a pool.
                    String unlock = dialect.migrationUnlock();
                    if (lock != null && unlock != null) {
                        Sql.exists(connection, unlock, s -> { });
                        connection.commit();
                    }
                    connection.setAutoCommit(autoCommit);
                } finally {
                    if (inJvm) {
                        IN_JVM.unlock();
                    }
                }
            }
        } catch (SQLException e) {
            throw StoreException.of(operation, e);
        }
    }

    private static int migrate(Connection connection, Dialect dialect, String base, int newest) throws SQLException {
        execute(connection, "CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " ("
                + "version INTEGER NOT NULL, "
                + "description VARCHAR(200) NOT NULL, "
                + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, "
                + "CONSTRAINT pb_schema_version_pk PRIMARY KEY (version))");
        connection.commit();
        // Row 0 is the lock that serializes concurrent migrations (where DDL is transactional).
        Sql.insertUnlessDuplicate(connection, dialect,
                "INSERT INTO " + VERSION_TABLE + " (version, description) VALUES (0, 'schema version table')", s -> { });
        connection.commit();
        int applied = 0;
        while (true) {
            Sql.exists(connection, "SELECT version FROM " + VERSION_TABLE + " WHERE version = 0 FOR UPDATE", s -> { });
            int current = current(connection);
            refuseNewer(current, newest);
            if (current == newest) {
                connection.commit();
                return applied;
            }
            int next = current + 1;
            String script = read(resource(base, next, null));
            if (script == null) {
                throw new StoreException("migrate the partnerbill schema", "schema file " + resource(base, next, null)
                        + " is missing", null);
            }
            String dialectScript = read(resource(base, next, dialect.resourceName()));
            List<String> statements = new ArrayList<>(statements(script));
            if (dialectScript != null) {
                statements.addAll(statements(dialectScript));
            }
            for (String statement : statements) {
                try {
                    execute(connection, statement);
                } catch (SQLException e) {
                    JdbcLog.migrationFailed(next, e);
                    throw new StoreException("migrate the partnerbill schema to version " + next,
                            e.getMessage() + " [SQLState " + e.getSQLState() + "] in: " + statement, e);
                }
            }
            boolean recorded = Sql.insertUnlessDuplicate(connection, dialect,
                    "INSERT INTO " + VERSION_TABLE + " (version, description) VALUES (?, ?)", s -> {
                        s.setInt(1, next);
                        s.setString(2, description(script));
                    });
            connection.commit();
            if (recorded) {
                applied++;
                JdbcLog.applied(next, description(script));
            } else {
                JdbcLog.appliedElsewhere(next);
            }
            // else another process applied the version at the same time: where DDL commits at once (H2)
            // the row lock does not keep it out, and the statements are written to run twice harmlessly.
        }
    }

    /** Returns the highest applied version, 0 for a database without the version table's rows. */
    static int current(Connection connection) throws SQLException {
        Integer version = Sql.queryOne(connection, "SELECT MAX(version) FROM " + VERSION_TABLE, s -> { },
                row -> row.getObject(1) == null ? 0 : row.getInt(1));
        return version == null ? 0 : version;
    }

    static void refuseNewer(int databaseVersion, int newest) {
        if (databaseVersion > newest) {
            throw new StoreException("migrate the partnerbill schema", "the database's schema version " + databaseVersion
                    + " is newer than this partnerbill-jdbc's schema version " + newest
                    + "; it was migrated by a later release: upgrade partnerbill-jdbc (refusing to touch the database)", null);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
