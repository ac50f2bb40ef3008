package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.testkit.LogCapture;
import io.partnerbill.testkit.LogCapture.Entry;
import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the JDBC store logs through System.Logger "io.partnerbill.jdbc", captured: each schema version
 * applied at INFO (and nothing when there is nothing to apply), a failed migration and a failed
 * rollback at WARNING with the cause, a slow lock wait at DEBUG, and nothing on an append that did
 * not wait.
 */
class JdbcLoggingTest {

    @Test
    void migrate_logsEachVersionAppliedAtInfo_andNothingOnceCurrent() {
        DataSource ds = TestDatabases.h2Memory();
        try (LogCapture log = LogCapture.start(JdbcLog.NAME)) {
            Migrator.migrate(ds, "testschema/", 2);
            Migrator.migrate(ds, "testschema/", 2);

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
            assertThatThrownBy(() -> Migrator.migrate(ds, "testschema/", 2)).isInstanceOf(StoreException.class);

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
        DataSource real = TestDatabases.h2Memory();
        JdbcBillingStore.create(real).migrate();
        JdbcBillingStore store = JdbcBillingStore.create(new RollbackFails(real));
        try (LogCapture log = LogCapture.start(JdbcLog.NAME)) {
            assertThatThrownBy(() -> store.inTransaction(s -> {
                throw new IllegalStateException("work failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("work failed");

            assertThat(log.entries()).singleElement().satisfies(e -> {
                assertThat(e.level()).isEqualTo(Level.WARNING);
                assertThat(e.message()).isEqualTo("Could not roll back a failed transaction (work failed); the connection"
                        + " is closed, and the database discards what it had not committed");
                assertThat(e.thrown()).get().extracting(Throwable::getMessage).isEqualTo("connection lost");
            });
        }
    }

    static Stream<String> databases() {
        return TestDatabases.names().stream();
    }

    /**
     * An issue behind an append's open transaction waits for it (CycleLockTest shows the wait); here
     * the wait, held 500 ms, is logged at DEBUG with its length, and the append that did not wait logs nothing.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aSlowLockWait_isLoggedAtDebug(String database) throws Exception {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        PartnerBilling billing = PartnerBilling.builder().store(store).currency("USD")
                .clock(Clock.fixed(Instant.parse("2024-02-05T04:00:00Z"), ZoneOffset.UTC)).build();
        CountDownLatch appended = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (LogCapture log = LogCapture.start(JdbcLog.NAME)) {
            Future<?> open = threads.submit(() -> store.inTransaction(s -> {
                billing.lines().append(TransactionTest.line("O-1", "10"));
                appended.countDown();
                sleep(500); // inside H2's default 1 s lock timeout
                return null;
            }));
            assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(log.entries()).as("the append did not wait").isEmpty();

            threads.submit(() -> billing.bills().issue(TransactionTest.PARTNER, TransactionTest.CYCLE))
                    .get(10, TimeUnit.SECONDS);
            open.get(10, TimeUnit.SECONDS);

            assertThat(log.entries()).singleElement().satisfies(e -> {
                assertThat(e.level()).isEqualTo(Level.DEBUG);
                Matcher m = Pattern.compile("Waited (\\d+) ms for the issue lock of partner 'P-1' on 2024-01")
                        .matcher(e.message());
                assertThat(m.matches()).as(e.message()).isTrue();
                assertThat(Long.parseLong(m.group(1))).isBetween(JdbcLog.SLOW_LOCK_MILLIS, 10_000L);
            });
        } finally {
            threads.shutdownNow();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Connections whose rollback fails, as one whose database went away mid-transaction. */
    private record RollbackFails(DataSource target) implements PlainDataSource {
        @Override
        public Connection getConnection() throws SQLException {
            Connection c = target.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("rollback")) {
                            throw new SQLException("connection lost");
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
