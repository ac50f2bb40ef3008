package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.testkit.LogCapture;
import io.partnerbill.testkit.LogCapture.Entry;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC store logs through System.Logger "io.partnerbill.jdbc", captured: each schema version
 * applied at INFO (and nothing when there is nothing to apply), a failed migration and a failed
 * rollback at WARNING with the cause. A slow lock wait at DEBUG is checked in CycleLockTest, where an
 * issue waits behind an open append.
 */
class JdbcLoggingTest {

    @Test
    void migrate_logsEachVersionAppliedAtInfo_andNothingOnceCurrent() {
        DataSource ds = TestDatabases.h2Memory();
        try (LogCapture log = LogCapture.start(JdbcLog.NAME)) {
            Migrator.migrate(ds, MigrationTest.TEST_SCRIPTS, 2);
            Migrator.migrate(ds, MigrationTest.TEST_SCRIPTS, 2);

            assertThat(log.entries()).containsExactly(
                    new Entry(Level.INFO, "Applied partnerbill schema version 1: things: a table every database gets"),
                    new Entry(Level.INFO, "Applied partnerbill schema version 2: more things: a later version"));
        }
    }

    @Test
    void migrate_logsAFailedVersionAtWarning_withTheCause() throws SQLException {
        DataSource ds = TestDatabases.h2Memory();
        // Version 2 adds the column "name", which this table has already: its ALTER fails.
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE tst_thing (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(10))");
        }
        try (LogCapture log = LogCapture.start(JdbcLog.NAME)) {
            assertThatThrownBy(() -> Migrator.migrate(ds, MigrationTest.TEST_SCRIPTS, 2)).isInstanceOf(StoreException.class);

            List<Entry> entries = log.entries();
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0)).isEqualTo(
                    new Entry(Level.INFO, "Applied partnerbill schema version 1: things: a table every database gets"));
            assertThat(entries.get(1).level()).isEqualTo(Level.WARNING);
            assertThat(entries.get(1).message())
                    .isEqualTo("Could not migrate the partnerbill schema to version 2; the database stays at version 1");
            assertThat(entries.get(1).thrown()).containsInstanceOf(SQLException.class);
        }
    }

    @Test
    void aRollbackThatFails_isLoggedAtWarning_withTheRollbacksFailure() {
        DataSource database = TestDatabases.h2Memory();
        JdbcBillingStore.create(database).migrate();
        TestPool pool = new TestPool(database);
        JdbcBillingStore store = JdbcBillingStore.create(pool);
        try (LogCapture log = LogCapture.start(JdbcLog.NAME)) {
            assertThatThrownBy(() -> store.inTransaction(s -> {
                pool.close(); // the connection goes away mid-transaction, so its rollback fails
                throw new IllegalStateException("work failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("work failed");

            assertThat(log.entries()).singleElement().satisfies(e -> {
                assertThat(e.level()).isEqualTo(Level.WARNING);
                assertThat(e.message()).isEqualTo("Could not roll back a failed transaction (work failed); the connection"
                        + " is closed, and the database discards what it had not committed");
                assertThat(e.thrown()).containsInstanceOf(SQLException.class);
            });
        }
    }
}
