package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.store.AppendOutcome;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 8 threads, each on its own connection, append 20,000 lines to PostgreSQL; every order id is
 * offered by two threads at about the same time, and for every 100th the second offer is a
 * different line. Afterwards each order id has exactly one line, and the only errors are the
 * idempotency refusals.
 */
class PostgresConcurrencyTest {

    private static final int THREADS = 8;
    private static final int APPENDS = 20_000;
    /** Threads t and t + 4 walk the same order ids in the same order, so the two offers race. */
    private static final int ORDERS = APPENDS / 2;

    @Test
    void concurrentPaymentsOfOnePartnerNeverLoseAnUpdate() throws Exception {
        // Paying a bill reads it, then writes paid + amount: two JVMs doing that at once would
        // lose one payment unless the read locks the bill (SELECT ... FOR UPDATE in a transaction).
        TestPool pool = (TestPool) TestDatabases.postgres();
        JdbcBillingStore store = TestDatabases.migrated(pool);
        List<PartnerBilling> jvms = new ArrayList<>();
        for (int j = 0; j < 2; j++) {   // two facades on the store: two services sharing a database
            jvms.add(PartnerBilling.builder().store(store).currency("USD")
                    .clock(Clock.fixed(Instant.parse("2024-02-05T04:00:00Z"), ZoneOffset.UTC)).build());
        }
        jvms.get(0).lines().append(TransactionTest.line("O-1", "100"));
        IssuedBill bill = jvms.get(0).bills().issue(TransactionTest.PARTNER, BillCycle.of(2024, 1));
        Race.run(THREADS, Duration.ofMinutes(5), thread -> {
            for (int i = 0; i < 5; i++) {
                jvms.get(thread % 2).payments().apply(TransactionTest.payment("REF-" + thread + "-" + i, "2",
                        Instant.parse("2024-02-06T00:00:00Z")));
            }
            return null;
        });
        IssuedBill paid = store.bills().find(bill.id()).orElseThrow();
        // 8 threads x 5 payments x 2.00 = 80.00 of the 100.00 due
        assertThat(paid.paid()).isEqualTo(TransactionTest.usd("80"));
        assertThat(store.payments().applicationsTo(bill.id())).hasSize(THREADS * 5);
    }

    @Test
    void racingDuplicatesLeaveOneLinePerOrderId() throws Exception {
        TestPool pool = (TestPool) TestDatabases.postgres();
        JdbcBillingStore store = TestDatabases.migrated(pool);
        PartnerBilling billing = PartnerBilling.builder().store(store).currency("USD")
                .clock(Clock.fixed(Instant.parse("2024-01-20T00:00:00Z"), ZoneOffset.UTC)).build();
        AtomicInteger appended = new AtomicInteger();
        AtomicInteger repeated = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Map<String, String> refusedOrders = new ConcurrentHashMap<>();
        Map<String, String> outcomes = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        Race.run(THREADS, Duration.ofMinutes(10), thread -> {
            for (int i = thread % 4; i < ORDERS; i += 4) {
                boolean different = i % 100 == 0 && thread >= 4;
                BillLine line = TransactionTest.line("O-" + i, different ? "2" : "1");
                try {
                    AppendOutcome outcome = billing.lines().append(line);
                    (outcome == AppendOutcome.APPENDED ? appended : repeated).incrementAndGet();
                    if (i % 100 == 0) {
                        outcomes.merge(line.orderId().value(), thread + ":" + outcome, (x, y) -> x + "," + y);
                    }
                } catch (DuplicateKeyException e) {
                    refused.incrementAndGet();
                    refusedOrders.put(line.orderId().value(), e.getMessage());
                } catch (RuntimeException e) {
                    errors.add(e);
                }
            }
            return null;
        });

        assertThat(errors).isEmpty();
        assertThat(appended.get() + repeated.get() + refused.get()).isEqualTo(APPENDS);
        assertThat(appended.get()).isEqualTo(ORDERS);
        assertThat(outcomes.values()).as("each raced pair: one appended, one refused").allMatch(o -> !o.contains(","));
        assertThat(refused.get()).isEqualTo(ORDERS / 100);
        assertThat(refusedOrders.values()).allSatisfy(m -> assertThat(m).matches("Order 'O-\\d+' already has a different line: .*"));
        assertThat(pool.opened()).as("separate connections").isGreaterThanOrEqualTo(THREADS);
        assertThat(store.lines().count(TransactionTest.PARTNER, BillCycle.of(2024, 1))).isEqualTo(ORDERS);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT order_id) FROM pb_line")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isEqualTo(ORDERS);
            assertThat(rows.getLong(2)).isEqualTo(ORDERS);
        }
    }
}
