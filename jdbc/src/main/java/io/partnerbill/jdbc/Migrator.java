package io.partnerbill.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Applies the schema files shipped in the jar, {@code migration/V1__discounts.sql},
 * {@code V2__lines.sql}, ...: Flyway's naming (version, two underscores, what the version holds),
 * numbered without gaps, the first comment line describing the version. Flyway itself can run the
 * same files from {@code classpath:io/partnerbill/jdbc/migration}. A test location may add a dialect
 * file beside a version ({@code V1__things.postgresql.sql}) for what the databases spell
 * differently; the shipped files need none. Applied versions are rows of {@code pb_schema_version}
 * (0.1 named the files {@code schema/V001.sql} ...; the versions are the same, so a database
 * migrated by 0.1 migrates onward).
 */
final class Migrator {

    static final String VERSION_TABLE = "pb_schema_version";
    /** The history table a service's own Flyway keeps for these migrations (the name the docs give). */
    static final String FLYWAY_TABLE = "pb_flyway_history";
    /**
     * The shipped files, in version order. A new version is a new file here and in
     * {@code migration/}; a released file is never changed (databases have run it).
     */
    static final Scripts SHIPPED = new Scripts("migration/", List.of(
            "V1__discounts.sql",
            "V2__lines.sql",
            "V3__bills.sql",
            "V4__payments.sql",
            "V5__coupons.sql",
            "V6__resellers_customers_budgets.sql",
            "V7__statements_and_price_rules.sql",
            "V8__export_tasks.sql",
            "V9__discount_lookup_index.sql",
            "V10__lock_rows.sql",
            "V11__statement_items.sql",
            "V12__invoice_counters.sql"));
    /** The newest schema version this library knows: the highest numbered file shipped. */
    static final int LIBRARY_VERSION = SHIPPED.newest();
    private static final ReentrantLock IN_JVM = new ReentrantLock();

    private Migrator() {
    }

    /**
     * Schema files under {@code base} (relative to this class), named {@code V<n>__<what>.sql} and
     * listed in version order from 1 without gaps.
     */
    record Scripts(String base, List<String> names) {
        private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__[a-z0-9_]+\\.sql");

        Scripts {
            names = List.copyOf(names);
            for (int i = 0; i < names.size(); i++) {
                Matcher matcher = NAME.matcher(names.get(i));
                if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != i + 1) {
                    throw new IllegalArgumentException("schema file '" + names.get(i) + "' at position " + (i + 1)
                            + " is not named V" + (i + 1) + "__<lower_case_words>.sql");
                }
            }
        }

        int newest() {
            return names.size();
        }

        /** Returns the resource of a version, or of its dialect file when {@code dialect} is given. */
        String resource(int version, @Nullable String dialect) {
            String name = names.get(version - 1);
            return base + (dialect == null ? name : name.substring(0, name.length() - ".sql".length()) + "." + dialect + ".sql");
        }
    }

    private static @Nullable String read(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("read schema file '" + name + "'", String.valueOf(e.getMessage()), e);
        }
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

    /** Applies the files of {@code scripts} up to {@code newest} (tests use their own files). */
    static int migrate(DataSource dataSource, Scripts scripts, int newest) {
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
                return migrate(connection, dialect, scripts, newest);
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

    private static int migrate(Connection connection, Dialect dialect, Scripts scripts, int newest) throws SQLException {
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
            String script = read(scripts.resource(next, null));
            if (script == null) {
                throw new StoreException("migrate the partnerbill schema", "schema file " + scripts.resource(next, null)
                        + " is missing", null);
            }
            String dialectScript = read(scripts.resource(next, dialect.resourceName()));
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

    /** Returns the highest version a Flyway run recorded as successful in {@code table}, 0 for none. */
    static int currentFlyway(Connection connection, String table) throws SQLException {
        // Flyway keeps versions as text ("9" sorts after "11"): compare them as numbers here.
        int newest = 0;
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"" + table + "\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (rows.getBoolean(2) && version.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
        }
        return newest;
    }

    static void refuseNewer(int databaseVersion, int newest) {
        if (databaseVersion > newest) {
            throw new SchemaVersionException("migrate the partnerbill schema", databaseVersion, newest);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
