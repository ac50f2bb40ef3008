package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.partnerbill.core.OrderId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.testkit.BillingFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrations' names and versions as a service sees them: Flyway's naming, a database of 0.1
 * migrating onward, a service's own Flyway run, and the validate-only start.
 */
class SchemaVersionTest {
    private static final String FLYWAY_LOCATION = "classpath:io/partnerbill/jdbc/migration";
    /**
     * The nine versions 0.1.0 shipped (as {@code schema/V001.sql} ...): the shipped files of today run
     * them, since they hold the very statements 0.1.0 ran ({@link #shippedFiles_holdTheStatementsOfRelease010}).
     */
    private static final Migrator.Scripts RELEASE_0_1_0 =
            new Migrator.Scripts("migration/", Migrator.SHIPPED.names().subList(0, 9));

    /**
     * SHA-256 of each 0.1.0 file's statements (comment lines dropped, joined by ";\n"), worked out
     * from the files of the v0.1.0 tag: a database of 0.1.0 ran exactly these, so they never change.
     */
    static Stream<Arguments> release010Statements() {
        return Stream.of(
                arguments("V1__discounts.sql", 2, "530e2c62226732473f1bcb20c0e552c4d11a2ce5b74f09d4b029b82adc0d7a29"),
                arguments("V2__lines.sql", 2, "69c9490d62b0e78e3ff1ae52bce2a764bd8c2311cb0246d90f8e4d25e05bf9b7"),
                arguments("V3__bills.sql", 2, "58b055528ee6660941d4dba87ea74c2a9304364a6f7c858f021fe8080e11a68e"),
                arguments("V4__payments.sql", 7, "20ecb7c1f6fbd51c628cb570452b74f67b86322a1b8889ca0d31844a884dc996"),
                arguments("V5__coupons.sql", 2, "719a4fd98809bcfa6b67c7ecf261933372c5cedc217022a309375f54fd3151fd"),
                arguments("V6__resellers_customers_budgets.sql", 9,
                        "64d2243262db98419eea3baa4ad697bc4e4860eac473fa92883532be14a2c808"),
                arguments("V7__statements_and_price_rules.sql", 11,
                        "6287de84486bce248e21ba92944c961d77ffd225fea168a782d0e9512677a2cd"),
                arguments("V8__export_tasks.sql", 2, "e99092206206e7ecf3833be47907fbc038902db6f80e9e04b85c3ffdc998b76f"),
                arguments("V9__discount_lookup_index.sql", 1,
                        "9ff62086b802445760c8a1a2192afd88d4c3bc4c5463e54f62493c3f85cba07a"));
    }

    static Stream<String> databases() {
        return TestDatabases.names().stream();
    }

    @Test
    void shippedList_isExactlyTheFilesInTheJar_inFlywaysNaming() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(Migrator.class.getResource("migration/")).toURI());
        List<String> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(dir)) {
            listed.map(p -> p.getFileName().toString()).sorted().forEach(files::add);
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(Migrator.SHIPPED.names());
        assertThat(Migrator.SHIPPED.names()).allMatch(n -> n.matches("V[1-9][0-9]*__[a-z0-9_]+\\.sql"));
        assertThat(JdbcBillingStore.schemaVersion()).isEqualTo(files.size());
    }

    @Test
    void scripts_outOfOrderOrMisnamed_areRefusedNamingTheFile() {
        assertThatThrownBy(() -> new Migrator.Scripts("x/", List.of("V1__a.sql", "V3__c.sql")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema file 'V3__c.sql' at position 2 is not named V2__<lower_case_words>.sql");
        assertThatThrownBy(() -> new Migrator.Scripts("x/", List.of("V001.sql")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema file 'V001.sql' at position 1 is not named V1__<lower_case_words>.sql");
    }

    @ParameterizedTest
    @MethodSource("release010Statements")
    void shippedFiles_holdTheStatementsOfRelease010(String file, int count, String sha256)
            throws IOException, NoSuchAlgorithmException {
        List<String> statements;
        try (InputStream in = Objects.requireNonNull(Migrator.class.getResourceAsStream("migration/" + file), file)) {
            statements = Migrator.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(String.join(";\n", statements).getBytes(StandardCharsets.UTF_8));

        assertThat(statements).hasSize(count);
        assertThat(HexFormat.of().formatHex(digest)).as(file).isEqualTo(sha256);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDatabaseOfRelease010_migratesOnward_keepingItsLines(String database) {
        DataSource ds = TestDatabases.of(database);
        assertThat(Migrator.migrate(ds, RELEASE_0_1_0, 9)).isEqualTo(9);
        JdbcBillingStore store = JdbcBillingStore.create(ds);
        BillLine line = BillingFixtures.expenditure("O-010", 1, "12.50");
        store.lines().append(line);
        assertThatThrownBy(store::validateSchema).isInstanceOf(SchemaVersionException.class)
                .hasMessage("Could not validate the partnerbill schema: the database's schema version 9 is behind this "
                        + "partnerbill-jdbc's schema version " + JdbcBillingStore.schemaVersion()
                        + "; migrate it first (JdbcBillingStore.migrate(), or the service's own Flyway run of the migrations)");

        assertThat(store.migrate()).isEqualTo(JdbcBillingStore.schemaVersion() - 9);

        store.validateSchema();
        assertThat(store.lines().find(OrderId.of("O-010"))).contains(line);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void validateSchema_onANeverMigratedDatabase_refusesAndCreatesNothing(String database) throws SQLException {
        DataSource ds = TestDatabases.of(database);
        JdbcBillingStore store = JdbcBillingStore.create(ds);
        List<String> before = tables(ds);

        assertThatThrownBy(store::validateSchema).isInstanceOfSatisfying(SchemaVersionException.class, e -> {
            assertThat(e.databaseVersion()).isZero();
            assertThat(e.libraryVersion()).isEqualTo(JdbcBillingStore.schemaVersion());
            assertThat(e).hasMessageContaining("schema version 0 is behind").hasMessageContaining("never migrated");
        });

        assertThat(tables(ds)).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void validateSchema_onADatabaseAheadOfTheLibrary_refusesAndChangesNothing(String database) throws SQLException {
        DataSource ds = TestDatabases.of(database);
        JdbcBillingStore store = JdbcBillingStore.create(ds);
        store.migrate();
        int ahead = JdbcBillingStore.schemaVersion() + 1;
        execute(ds, "INSERT INTO pb_schema_version (version, description) VALUES (" + ahead + ", 'from a later release')");
        List<String> before = tables(ds);

        assertThatThrownBy(store::validateSchema).isInstanceOfSatisfying(SchemaVersionException.class, e -> {
            assertThat(e.databaseVersion()).isEqualTo(ahead);
            assertThat(e).hasMessageContaining("the database's schema version " + ahead + " is newer than this "
                    + "partnerbill-jdbc's schema version " + JdbcBillingStore.schemaVersion());
        });
        assertThatThrownBy(store::migrate).isInstanceOf(SchemaVersionException.class);

        assertThat(tables(ds)).isEqualTo(before);
        assertThat(store.databaseSchemaVersion()).isEqualTo(ahead);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aServicesOwnFlyway_runsTheShippedMigrations_andTheStoreWorksOnTheResult(String database) {
        DataSource ds = TestDatabases.of(database);
        Flyway flyway = Flyway.configure().dataSource(ds).locations(FLYWAY_LOCATION).table(Migrator.FLYWAY_TABLE).load();

        assertThat(flyway.migrate().migrationsExecuted).isEqualTo(JdbcBillingStore.schemaVersion());
        flyway.validate();   // the files' checksums match what Flyway recorded

        JdbcBillingStore store = JdbcBillingStore.create(ds);
        assertThat(store.databaseSchemaVersion()).isEqualTo(JdbcBillingStore.schemaVersion());
        store.validateSchema();
        BillLine line = BillingFixtures.expenditure("O-FLYWAY", 7, "99.99");
        store.lines().append(line);
        assertThat(store.lines().find(OrderId.of("O-FLYWAY"))).contains(line);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> tables(DataSource ds) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rows = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    names.add(rows.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        names.sort(null);
        return names;
    }
}
