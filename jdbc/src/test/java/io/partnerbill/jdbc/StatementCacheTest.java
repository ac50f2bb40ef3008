package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.store.AppendOutcome;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A transaction prepares each statement once, reuses it, and closes it when it ends, however it ends. */
class StatementCacheTest {

    static Stream<String> databases() {
        return TestDatabases.names().stream();
    }

    /** A data source that records every statement its connections prepare. */
    static final class Recording {
        final List<PreparedStatement> prepared = Collections.synchronizedList(new ArrayList<>());
        final List<String> sql = Collections.synchronizedList(new ArrayList<>());
        final DataSource dataSource;

        Recording(DataSource target) {
            dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        Object result = invoke(target, method, args);
                        return method.getName().equals("getConnection") ? recording((Connection) result) : result;
                    });
        }

        private Connection recording(Connection real) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        Object result = invoke(real, method, args);
                        if (method.getName().equals("prepareStatement")) {
                            prepared.add((PreparedStatement) result);
                            sql.add((String) args[0]);
                        }
                        return result;
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        long preparedOf(String sqlStart) {
            synchronized (sql) {
                return sql.stream().filter(s -> s.startsWith(sqlStart)).count();
            }
        }

        List<PreparedStatement> open() throws SQLException {
            List<PreparedStatement> open = new ArrayList<>();
            synchronized (prepared) {
                for (PreparedStatement s : prepared) {
                    if (!s.isClosed()) {
                        open.add(s);
                    }
                }
            }
            return open;
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStatementRunAgainInOneTransactionIsPreparedOnceAndClosedAtCommit(String database) throws SQLException {
        Recording recording = new Recording(TestDatabases.of(database));
        JdbcBillingStore store = TestDatabases.migrated(recording.dataSource);
        recording.sql.clear();
        recording.prepared.clear();

        store.inTransaction(s -> {
            for (int i = 0; i < 5; i++) {
                s.lines().append(TransactionTest.line("O-" + i, "1.00"));
                assertThat(s.lines().find(OrderId.of("O-" + i))).isPresent();
            }
            return null;
        });

        assertThat(recording.preparedOf("INSERT INTO pb_line")).isEqualTo(1);
        assertThat(recording.preparedOf("SELECT")).isEqualTo(1);
        assertThat(recording.prepared).isNotEmpty();
        assertThat(recording.open()).isEmpty();
        assertThat(store.lines().count(TransactionTest.PARTNER, TransactionTest.CYCLE)).isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRolledBackTransactionUndoesEveryWriteOfItsReusedStatementsAndClosesThem(String database) throws SQLException {
        Recording recording = new Recording(TestDatabases.of(database));
        JdbcBillingStore store = TestDatabases.migrated(recording.dataSource);
        store.lines().append(TransactionTest.line("KEPT", "1.00"));

        assertThatThrownBy(() -> store.inTransaction(s -> {
            for (int i = 0; i < 5; i++) {
                s.lines().append(TransactionTest.line("GONE-" + i, "1.00"));
            }
            throw new IllegalStateException("refused after five appends");
        })).isInstanceOf(IllegalStateException.class).hasMessage("refused after five appends");

        assertThat(recording.open()).isEmpty();
        assertThat(store.lines().count(TransactionTest.PARTNER, TransactionTest.CYCLE)).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            assertThat(store.lines().find(OrderId.of("GONE-" + i))).as("GONE-" + i).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNestedFailureUndoesOnlyItsWritesAndTheReusedStatementsGoOnWorking(String database) throws SQLException {
        Recording recording = new Recording(TestDatabases.of(database));
        JdbcBillingStore store = TestDatabases.migrated(recording.dataSource);

        store.inTransaction(s -> {
            s.lines().append(TransactionTest.line("A", "1.00"));
            assertThatThrownBy(() -> s.inTransaction(inner -> {
                inner.lines().append(TransactionTest.line("B", "2.00"));
                throw new IllegalStateException("inner refused");
            })).hasMessage("inner refused");
            // the same INSERT again, after the savepoint's rollback, and a duplicate that H2 refuses alone
            s.lines().append(TransactionTest.line("C", "3.00"));
            assertThat(s.lines().append(TransactionTest.line("C", "3.00"))).isEqualTo(AppendOutcome.ALREADY_PRESENT);
            return null;
        });

        assertThat(store.lines().find(OrderId.of("A"))).isPresent();
        assertThat(store.lines().find(OrderId.of("B"))).isEmpty();
        assertThat(store.lines().find(OrderId.of("C"))).isPresent();
        assertThat(store.lines().count(TransactionTest.PARTNER, TransactionTest.CYCLE)).isEqualTo(2);
        assertThat(recording.open()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void callsOutsideATransactionCloseTheirStatements(String database) throws SQLException {
        Recording recording = new Recording(TestDatabases.of(database));
        JdbcBillingStore store = TestDatabases.migrated(recording.dataSource);

        store.lines().append(TransactionTest.line("A", "1.00"));
        assertThat(store.lines().find(OrderId.of("A"))).isPresent();
        assertThat(store.resellers().find(PartnerId.of("P-none"))).isEmpty();

        assertThat(recording.prepared).isNotEmpty();
        assertThat(recording.open()).isEmpty();
    }

    @Test
    void aTransactionOfAnotherStoreOnTheSameThreadPreparesItsOwnStatements() throws SQLException {
        Recording first = new Recording(TestDatabases.h2Memory());
        Recording second = new Recording(TestDatabases.h2Memory());
        JdbcBillingStore one = TestDatabases.migrated(first.dataSource);
        JdbcBillingStore two = TestDatabases.migrated(second.dataSource);

        one.inTransaction(s -> {
            s.lines().append(TransactionTest.line("ONE-1", "1.00"));
            two.inTransaction(t -> t.lines().append(TransactionTest.line("TWO", "1.00")));
            s.lines().append(TransactionTest.line("ONE-2", "1.00"));
            return null;
        });

        assertThat(first.preparedOf("INSERT INTO pb_line")).isEqualTo(1);
        assertThat(second.preparedOf("INSERT INTO pb_line")).isEqualTo(1);
        assertThat(one.lines().find(OrderId.of("TWO"))).isEmpty();
        assertThat(two.lines().find(OrderId.of("TWO"))).isPresent();
        assertThat(one.lines().find(OrderId.of("ONE-2"))).isPresent();
        assertThat(first.open()).isEmpty();
        assertThat(second.open()).isEmpty();
    }
}
