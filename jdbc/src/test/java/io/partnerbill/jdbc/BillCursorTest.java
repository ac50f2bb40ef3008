package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.testkit.BillingFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bill's query, on every database, runs as a forward-only, read-only result with a fetch size, in a
 * transaction (autocommit off): what makes pgjdbc read it through a cursor, a fetch at a time, instead of
 * loading the month. The statements are seen through a recording proxy of the connections.
 */
class BillCursorTest {

    /** What the proxy saw of one statement of the bill's query when it was executed. */
    record Executed(int resultSetType, int concurrency, int fetchSize, boolean autoCommit) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2-memory", "hsqldb-file", "postgresql"})
    void billAndEstimate_readTheMonthThroughAForwardOnlyFetchInATransaction(String database) {
        DataSource ds = TestDatabases.of(database);
        List<BillLine> lines = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            lines.add(BillingFixtures.expenditure("O-" + i, i % 7, "1." + i));
        }
        TestDatabases.migrated(ds).lines().appendAll(lines);
        List<Executed> executed = new CopyOnWriteArrayList<>();
        JdbcBillingStore recorded = JdbcBillingStore.create(recording(ds, executed));
        BillAccumulator month = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD);
        BillAccumulator estimate = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD);

        recorded.lines().sumInto(month);
        recorded.lines().sumInto(estimate, BillingFixtures.CALENDAR.end(BillingFixtures.CYCLE));

        Executed cursor = new Executed(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, 1_000, false);
        assertThat(executed).containsExactly(cursor, cursor);
        assertThat(month.lineCount()).isEqualTo(2_500);
        assertThat(estimate.lineCount()).isEqualTo(2_500);
    }

    /** Connections whose statements of the bill's query (the one selecting a line's nine summed columns) report to {@code executed}. */
    private static DataSource recording(DataSource target, List<Executed> executed) {
        return proxy(DataSource.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection real ? recording(real, executed) : result;
        });
    }

    private static Connection recording(Connection real, List<Executed> executed) {
        return proxy(Connection.class, real, (method, args) -> {
            Object result = invoke(real, method, args);
            if (method.getName().equals("prepareStatement") && args.length == 3
                    && ((String) args[0]).startsWith("SELECT customer_id, product_id, product_name")) {
                PreparedStatement statement = (PreparedStatement) result;
                return proxy(PreparedStatement.class, statement, (m, a) -> {
                    if (m.getName().equals("executeQuery")) {
                        executed.add(new Executed((Integer) args[1], (Integer) args[2], statement.getFetchSize(),
                                real.getAutoCommit()));
                    }
                    return invoke(statement, m, a);
                });
            }
            return result;
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return type.cast(Proxy.newProxyInstance(BillCursorTest.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> handler.handle(method, args == null ? new Object[0] : args)));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
