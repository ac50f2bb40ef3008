package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.reseller.Enrollment;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * 8 threads, each through its own connection and its own facade (as 8 services would), place
 * 20,000 orders against the budgets of 20 customers, more than the budgets hold. Afterwards,
 * for every customer, used = the sum of the fees of its accepted orders <= its budget, every
 * refused fee is more than what is left, and the bill lines are exactly the accepted orders,
 * each with its budget charge.
 */
class PostgresOrderConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ORDERS = 20_000;
    private static final int CUSTOMERS = 20;
    /** Each customer gets 1,000 orders of 10.75 on average: 10,750 asked of a budget of 8,000. */
    private static final BigDecimal BUDGET = new BigDecimal("8000.00");
    private static final PartnerId RESELLER = PartnerId.of("R-1");
    private static final Instant NOW = Instant.parse("2024-01-20T00:00:00Z");

    private static BigDecimal fee(int order) {
        return BigDecimal.valueOf(1 + ((order / CUSTOMERS) * 7L) % 20).add(new BigDecimal("0.25")).setScale(2);
    }

    private static CustomerId customer(int order) {
        return CustomerId.of("C-" + (order % CUSTOMERS));
    }

    private static PartnerBilling facade(JdbcBillingStore store) {
        return PartnerBilling.builder().store(store).currency("USD").clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    @Test
    void concurrentOrdersNeverOverspendABudget_andEveryAcceptedOrderHasItsLine() throws Exception {
        TestPool pool = (TestPool) TestDatabases.postgres();
        JdbcBillingStore store = TestDatabases.migrated(pool);
        PartnerBilling setup = facade(store);
        setup.resellers().enroll(Enrollment.of(RESELLER, "Acme Cloud").cspMember(true).acceptAgreement("2024.1", NOW));
        setup.resellers().approve(RESELLER);
        for (int c = 0; c < CUSTOMERS; c++) {
            CustomerId id = CustomerId.of("C-" + c);
            setup.customers().add(RESELLER, id, "Customer " + c, "acct-" + c);
            setup.budgets().set(id, Budget.monthly(TransactionTest.usd(BUDGET.toPlainString())), "ops");
        }

        Map<String, BigDecimal> acceptedFees = new ConcurrentHashMap<>();
        Map<String, Integer> acceptedCounts = new ConcurrentHashMap<>();
        Map<String, BigDecimal> smallestRefused = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<PartnerBilling> services = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            services.add(facade(store));   // one service per thread
        }
        Race.run(THREADS, Duration.ofMinutes(15), thread -> {
            PartnerBilling billing = services.get(thread);
            for (int i = thread; i < ORDERS; i += THREADS) {
                String c = customer(i).value();
                Order order = Order.builder().id(OrderId.of("O-" + i)).customer(customer(i))
                        .product(ProductId.of("PRD-1"), "Elastic Cloud Server").regionCode("cn-north-4")
                        .fee(TransactionTest.usd(fee(i).toPlainString()))
                        .at(Instant.parse("2024-01-15T00:00:00Z").plusSeconds(i)).build();
                try {
                    billing.orders().place(order);
                    acceptedFees.merge(c, fee(i), BigDecimal::add);
                    acceptedCounts.merge(c, 1, Integer::sum);
                } catch (BudgetExceededException e) {
                    smallestRefused.merge(c, fee(i), BigDecimal::min);
                } catch (RuntimeException e) {
                    errors.add(e);
                }
            }
            return null;
        });

        assertThat(errors).isEmpty();
        assertThat(pool.opened()).as("separate connections").isGreaterThanOrEqualTo(THREADS);
        int accepted = acceptedCounts.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(accepted).as("some orders refused, most accepted").isBetween(ORDERS / 2, ORDERS - CUSTOMERS);
        PartnerBilling billing = facade(store);
        for (int c = 0; c < CUSTOMERS; c++) {
            CustomerId id = CustomerId.of("C-" + c);
            BigDecimal used = billing.budgets().used(id).getNumber().numberValue(BigDecimal.class);
            BigDecimal remaining = billing.budgets().remaining(id).getNumber().numberValue(BigDecimal.class);
            assertThat(used).as("used of " + id).isEqualByComparingTo(acceptedFees.get(id.value()));
            assertThat(used).as("used of " + id).isLessThanOrEqualTo(BUDGET);
            assertThat(smallestRefused.get(id.value())).as("every refused fee of " + id + " exceeded what was left")
                    .isGreaterThan(remaining);
        }
        assertThat(store.lines().count(RESELLER, BillCycle.of(2024, 1))).isEqualTo(accepted);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*), COUNT(ch.order_id), COALESCE(SUM(ch.fee), 0) "
                    + "FROM pb_line l LEFT JOIN pb_budget_charge ch ON ch.order_id = l.order_id")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).as("lines").isEqualTo(accepted);
                assertThat(rows.getLong(2)).as("lines with their charge").isEqualTo(accepted);
                assertThat(rows.getBigDecimal(3)).isEqualByComparingTo(
                        acceptedFees.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM pb_budget_charge ch "
                    + "WHERE NOT EXISTS (SELECT 1 FROM pb_line l WHERE l.order_id = ch.order_id)")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).as("charges without a line").isZero();
            }
            Map<String, BigDecimal> usedInDatabase = new HashMap<>();
            try (ResultSet rows = s.executeQuery("SELECT a.customer_id, a.used, (SELECT SUM(fee) FROM pb_budget_charge ch "
                    + "WHERE ch.customer_id = a.customer_id) FROM pb_budget_account a")) {
                while (rows.next()) {
                    assertThat(rows.getBigDecimal(2)).as("used = sum of charges of " + rows.getString(1))
                            .isEqualByComparingTo(rows.getBigDecimal(3));
                    usedInDatabase.put(rows.getString(1), rows.getBigDecimal(2));
                }
            }
            assertThat(usedInDatabase).hasSize(CUSTOMERS);
        }
    }
}
