package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationTest {
    static final Migrator.Scripts TEST_SCRIPTS =
            new Migrator.Scripts("testschema/", List.of("V1__things.sql", "V2__more_things.sql"));

    static Stream<String> databases() {
        return TestDatabases.names().stream();
    }

    private static List<Integer> versions(DataSource ds) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT version FROM pb_schema_version ORDER BY version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrate_createsTheSchemaOfAFreshDatabase(String database) throws SQLException {
        DataSource ds = TestDatabases.of(database);
        JdbcBillingStore store = JdbcBillingStore.create(ds);
        assertThat(store.databaseSchemaVersion()).isZero();

        assertThat(store.migrate()).isEqualTo(JdbcBillingStore.schemaVersion());

        assertThat(store.databaseSchemaVersion()).isEqualTo(JdbcBillingStore.schemaVersion());
        // row 0 is the version table itself, then one row per shipped file
        assertThat(versions(ds)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(store.lines().count(io.partnerbill.core.PartnerId.of("P-1"), io.partnerbill.core.BillCycle.of(2024, 1)))
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrate_twiceIsANoOp(String database) throws SQLException {
        DataSource ds = TestDatabases.of(database);
        JdbcBillingStore.create(ds).migrate();
        List<Integer> before = versions(ds);

        assertThat(JdbcBillingStore.create(ds).migrate()).isZero();

        assertThat(versions(ds)).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrate_refusesADatabaseOfALaterRelease(String database) throws SQLException {
        DataSource ds = TestDatabases.of(database);
        JdbcBillingStore.create(ds).migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO pb_schema_version (version, description) VALUES (99, 'budgets of the future')");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }

        assertThatThrownBy(() -> JdbcBillingStore.create(ds).migrate())
                .isInstanceOf(StoreException.class)
                .hasMessage("Could not migrate the partnerbill schema: the database's schema version 99 is newer than this "
                        + "partnerbill-jdbc's schema version " + JdbcBillingStore.schemaVersion() + "; it was migrated by "
                        + "a later release: upgrade partnerbill-jdbc (refusing to touch the database)")
                .satisfies(e -> assertThat(((StoreException) e).operation()).isEqualTo("migrate the partnerbill schema"));
        assertThat(versions(ds)).endsWith(12, 99);
    }

    private static boolean tableExists(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = '"
                        + table + "' AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrate_appliesTheDialectFileAfterTheCommonOneAndUpgradesVersionByVersion(String database) throws SQLException {
        DataSource ds = TestDatabases.of(database);
        String dialect = database.startsWith("h2") ? "h2" : "postgresql";
        String other = database.startsWith("h2") ? "postgresql" : "h2";
        assertThat(TEST_SCRIPTS.newest()).isEqualTo(2);

        assertThat(Migrator.migrate(ds, TEST_SCRIPTS, 1)).isEqualTo(1);
        assertThat(tableExists(ds, "tst_thing")).isTrue();
        assertThat(tableExists(ds, "tst_only_" + dialect)).isTrue();
        assertThat(tableExists(ds, "tst_only_" + other)).isFalse();

        // the next release brings version 2
        assertThat(Migrator.migrate(ds, TEST_SCRIPTS, 2)).isEqualTo(1);
        assertThat(Migrator.migrate(ds, TEST_SCRIPTS, 2)).isZero();
        assertThat(versions(ds)).containsExactly(0, 1, 2);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT description FROM pb_schema_version WHERE version = 2")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("more things: a later version");
        }
        // and the old release refuses the upgraded database
        assertThatThrownBy(() -> Migrator.migrate(ds, TEST_SCRIPTS, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("the database's schema version 2 is newer than this partnerbill-jdbc's schema version 1");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrate_fromSeveralServicesAtOnceAppliesEachVersionOnce(String database) throws Exception {
        DataSource ds = TestDatabases.of(database);
        int starting = 4;   // services starting at once, each with its own store and connection
        List<Integer> applied = Race.run(starting, java.time.Duration.ofSeconds(60),
                thread -> JdbcBillingStore.create(ds).migrate());
        int total = applied.stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(JdbcBillingStore.schemaVersion());
        assertThat(versions(ds)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStoreOnAnUnmigratedDatabaseSaysToMigrate(String database) {
        JdbcBillingStore store = JdbcBillingStore.create(TestDatabases.of(database));
        assertThatThrownBy(() -> store.payments().find(io.partnerbill.core.PaymentReference.of("REF-1")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not find payment 'REF-1': ")
                .hasMessageEndingWith(" (is the schema migrated? call JdbcBillingStore.migrate() at start-up)");
    }

    @Test
    void theLibraryVersionIsTheNewestShippedFile() {
        assertThat(JdbcBillingStore.schemaVersion()).isEqualTo(12);
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        assertThat(Migrator.statements("-- title\nCREATE TABLE a (\n  x INT -- inline stays\n);\n\n-- note\nCREATE INDEX i ON a (x);\n"))
                .containsExactly("CREATE TABLE a (\n  x INT -- inline stays\n)", "CREATE INDEX i ON a (x)");
        assertThat(Migrator.description("-- lines: bill lines\nCREATE TABLE x (a INT);")).isEqualTo("lines: bill lines");
    }

    @Test
    void aFailingDatabaseIsAStoreExceptionNamingTheOperation() {
        org.h2.jdbcx.JdbcDataSource nowhere = new org.h2.jdbcx.JdbcDataSource();
        nowhere.setURL("jdbc:h2:mem:x;IFEXISTS=TRUE");
        assertThatThrownBy(() -> JdbcBillingStore.create(nowhere).migrate())
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not migrate the partnerbill schema: ")
                .hasMessageContaining("not found");
    }
}
