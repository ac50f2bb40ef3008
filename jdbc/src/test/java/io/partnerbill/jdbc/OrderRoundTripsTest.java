package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.billing.OrderOutcome;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.reseller.Enrollment;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.javamoney.moneta.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an order costs the database in round trips: the customer and its reseller are read once
 * per order, the budget deduction runs in the order's own transaction, not in a savepoint of it
 * (each savepoint is two more round trips: set and release), and the reads before that
 * transaction commit nothing (one commit per order, or per batch). Counted by executing
 * statements, savepoints and commits through a recording data source, after the setup.
 */
class OrderRoundTripsTest {

    private static final PartnerId RESELLER = PartnerId.of("R-RT");
    private static final CustomerId CUSTOMER = CustomerId.of("C-RT");
    private static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");

    static Stream<String> databases() {
        return TestDatabases.names().stream();
    }

    /** Executions per statement kind (the SQL's text up to its first parenthesis or WHERE), and savepoints set. */
    static final class Counting {
        final Map<String, AtomicInteger> executed = new ConcurrentHashMap<>();
        final AtomicInteger savepoints = new AtomicInteger();
        final AtomicInteger commits = new AtomicInteger();
        final DataSource dataSource;

        Counting(DataSource target) {
            dataSource = proxy(DataSource.class, target, (method, result, args) ->
                    method.getName().equals("getConnection") ? connection((Connection) result) : result);
        }

        private Connection connection(Connection real) {
            return proxy(Connection.class, real, (method, result, args) -> {
                if (method.getName().equals("setSavepoint")) {
                    savepoints.incrementAndGet();
                }
                if (method.getName().equals("commit")) {
                    commits.incrementAndGet();
                }
                if (method.getName().equals("prepareStatement")) {
                    String sql = (String) args[0];
                    return proxy(PreparedStatement.class, (PreparedStatement) result, (m, r, a) -> {
                        if (m.getName().startsWith("execute")) {
                            executed.computeIfAbsent(sql, k -> new AtomicInteger()).incrementAndGet();
                        }
                        return r;
                    });
                }
                return result;
            });
        }

        int executionsOf(String sqlPart) {
            return executed.entrySet().stream().filter(e -> e.getKey().contains(sqlPart))
                    .mapToInt(e -> e.getValue().get()).sum();
        }

        void reset() {
            executed.clear();
            savepoints.set(0);
            commits.set(0);
        }

        interface After {
            Object apply(Method method, Object result, Object[] args) throws Throwable;
        }

        private static <T> T proxy(Class<T> type, T target, After after) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
                Object result;
                try {
                    result = method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                return after.apply(method, result, args);
            }));
        }
    }

    private static PartnerBilling billing(DataSource dataSource) {
        JdbcBillingStore store = TestDatabases.migrated(dataSource);
        PartnerBilling billing = PartnerBilling.builder().store(store).currency("USD")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        billing.resellers().enroll(Enrollment.of(RESELLER, "Round Trips").cspMember(true).acceptAgreement("2024.1", NOW));
        billing.resellers().approve(RESELLER);
        billing.customers().add(RESELLER, CUSTOMER, "Customer", "acct-rt");
        billing.budgets().set(CUSTOMER, Budget.monthly(Money.of(1000, "USD")), "ops");
        return billing;
    }

    private static Order order(String id) {
        return Order.builder().id(OrderId.of(id)).customer(CUSTOMER).product(ProductId.of("PRD-RT"), "Round trip").regionCode("cn-north-4")
                .fee(Money.of(new java.math.BigDecimal("12.50"), "USD")).at(NOW.minusSeconds(60)).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOrder_readsItsCustomerAndResellerOnce_andOnlyABatchSetsSavepoints(String database) {
        Counting counting = new Counting(TestDatabases.of(database));
        PartnerBilling billing = billing(counting.dataSource);

        counting.reset();
        billing.orders().place(order("RT-1"));
        assertThat(counting.executionsOf("FROM pb_customer WHERE")).as("customer reads, one order").isEqualTo(1);
        assertThat(counting.executionsOf("FROM pb_reseller")).as("reseller reads, one order").isEqualTo(1);
        assertThat(counting.savepoints.get()).as("savepoints, one order").isZero();
        // The customer and discount reads before the order's transaction run alone, in auto-commit mode.
        assertThat(counting.commits.get()).as("commits, one order").isEqualTo(1);

        counting.reset();
        List<OrderOutcome> outcomes = billing.orders().placeAll(List.of(order("RT-2"), order("RT-3"), order("RT-4")));
        assertThat(outcomes).allMatch(OrderOutcome::isPlaced);
        assertThat(counting.executionsOf("FROM pb_customer WHERE")).as("customer reads, batch of 3").isEqualTo(3);
        assertThat(counting.executionsOf("FROM pb_reseller")).as("reseller reads, batch of 3").isEqualTo(3);
        assertThat(counting.savepoints.get()).as("savepoints, batch of 3").isEqualTo(3);
        assertThat(counting.commits.get()).as("commits, batch of 3").isEqualTo(1);
        // 1,000.00 less four orders of 12.50.
        assertThat(billing.budgets().remaining(CUSTOMER)).isEqualTo(Money.of(new java.math.BigDecimal("950.00"), "USD"));
    }
}
