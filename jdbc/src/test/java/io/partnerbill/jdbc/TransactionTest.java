package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillId;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.store.AppendOutcome;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TransactionTest {

    static final PartnerId PARTNER = PartnerId.of("P-1");
    static final BillCycle CYCLE = BillCycle.of(2024, 1);

    static Stream<String> databases() {
        return TestDatabases.names().stream();
    }

    static MonetaryAmount usd(String amount) {
        return Sql.money(new BigDecimal(amount), "USD");
    }

    static BillLine line(String orderId, String amount) {
        return BillLine.builder().cycle(CYCLE).partner(PARTNER).customer(CustomerId.of("C-1"))
                .billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of(orderId))
                .product(ProductId.of("PRD-1")).productName("Elastic Cloud Server").productType("Common products")
                .regionCode("ap-southeast-1").transactionTime(Instant.parse("2024-01-10T02:00:00.123456789Z"))
                .customerExpenditure(usd(amount)).settleAtDiscount().build();
    }

    static Payment payment(String reference, String amount, Instant at) {
        return new Payment(PaymentReference.of(reference), PARTNER, usd(amount), at, PaymentMethod.CREDIT_CARD);
    }

    private static java.util.List<String> orderIds(JdbcBillingStore store) {
        return store.lines().lines(PARTNER, CYCLE).stream().map(l -> l.orderId().value()).toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anInnerFailureCaughtByTheOuterTransactionUndoesOnlyTheInnerWrites(String database) {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        store.inTransaction(outer -> {
            outer.lines().append(line("O-1", "1"));
            assertThatThrownBy(() -> outer.inTransaction(inner -> {
                inner.lines().append(line("O-2", "1"));
                inner.payments().insert(payment("REF-2", "1", Instant.parse("2024-02-01T00:00:00Z")));
                throw new IllegalStateException("inner");
            })).hasMessage("inner");
            outer.lines().append(line("O-3", "1"));
            return null;
        });
        assertThat(orderIds(store)).containsExactly("O-1", "O-3");
        assertThat(store.payments().find(PaymentReference.of("REF-2"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDuplicateInsideATransactionLeavesItUsable(String database) {
        // PostgreSQL aborts a transaction at a failed statement; the stores must not let a
        // unique-key clash of an idempotency rule do that.
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        store.lines().append(line("O-1", "1"));
        store.inTransaction(s -> {
            assertThat(s.lines().append(line("O-1", "1"))).isEqualTo(AppendOutcome.ALREADY_PRESENT);
            assertThatThrownBy(() -> s.lines().append(line("O-1", "2"))).isInstanceOf(DuplicateKeyException.class);
            s.payments().insert(payment("REF-1", "1", Instant.parse("2024-02-01T00:00:00Z")));
            assertThatThrownBy(() -> s.payments().insert(payment("REF-1", "2", Instant.parse("2024-02-01T00:00:00Z"))))
                    .isInstanceOf(DuplicateKeyException.class).hasMessage("Payment 'REF-1' already exists");
            s.lines().append(line("O-2", "1"));
            return null;
        });
        assertThat(orderIds(store)).containsExactly("O-1", "O-2");
        assertThat(store.payments().find(PaymentReference.of("REF-1"))).isPresent();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStoreFailureCaughtByTheWorkStillRollsTheTransactionBack(String database) {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.lines().append(line("O-1", "1"));
            try {
                // more decimals than NUMERIC(38, 8) keeps: refused, never rounded
                s.payments().insert(payment("REF-1", "0.000000001", Instant.parse("2024-02-01T00:00:00Z")));
            } catch (StoreException swallowed) {
                assertThat(swallowed).hasMessage("Could not store payment 'REF-1': amount 'USD 0.000000001' has more than 8 "
                        + "decimal places, which the NUMERIC(38, 8) column would round");
            }
            return null;
        })).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not run a transaction: an operation inside the transaction failed, "
                        + "so it was rolled back: Could not store payment 'REF-1'");
        assertThat(orderIds(store)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aViolatedColumnConstraintIsAStoreExceptionAndWritesNothing(String database) {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        io.partnerbill.core.discount.Discount tooLong = io.partnerbill.core.discount.Discount.builder()
                .id(io.partnerbill.core.DiscountId.of("D1")).partner(PARTNER).product(ProductId.of("PRD-1"))
                .productName("x".repeat(1001)).rate(io.partnerbill.core.discount.DiscountRate.parse("10.00% off"))
                .effective(Instant.parse("2024-01-01T00:00:00Z")).expiry(Instant.parse("2024-12-31T00:00:00Z")).build();
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.lines().append(line("O-1", "1"));
            s.discounts().insert(tooLong);
            return null;
        })).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not insert discount 'D1': ")
                .satisfies(e -> assertThat(((StoreException) e).sqlState()).contains("22001"));
        assertThat(orderIds(store)).isEmpty();
        assertThat(store.discounts().ofPartner(PARTNER)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStoreFailureInsideANestedTransactionIsUndoneWithItsSavepoint(String database) {
        // On PostgreSQL the failed statement aborts the transaction; the savepoint revives it.
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        store.inTransaction(outer -> {
            outer.lines().append(line("O-1", "1"));
            assertThatThrownBy(() -> outer.inTransaction(inner -> {
                inner.lines().append(line("O-2", "1"));
                inner.discounts().insert(io.partnerbill.core.discount.Discount.builder()
                        .id(io.partnerbill.core.DiscountId.of("D1")).partner(PARTNER).product(ProductId.of("PRD-1"))
                        .productName("x".repeat(1001)).rate(io.partnerbill.core.discount.DiscountRate.parse("10.00% off"))
                        .effective(Instant.parse("2024-01-01T00:00:00Z")).expiry(Instant.parse("2024-12-31T00:00:00Z"))
                        .build());
                return null;
            })).isInstanceOf(StoreException.class).hasMessageStartingWith("Could not insert discount 'D1': ");
            outer.lines().append(line("O-3", "1"));
            return null;
        });
        assertThat(orderIds(store)).containsExactly("O-1", "O-3");
        assertThat(store.discounts().ofPartner(PARTNER)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void instantsComeBackToTheNanosecond(String database) {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        Instant[] instants = {Instant.parse("2024-02-01T00:00:00.999999999Z"), Instant.parse("1999-12-31T23:59:59.000000001Z"),
            Instant.parse("2024-02-29T12:34:56.123456789Z"), Instant.parse("2099-12-31T23:59:59Z")};
        for (int i = 0; i < instants.length; i++) {
            Payment p = payment("REF-" + i, "1", instants[i]);
            store.payments().insert(p);
            assertThat(store.payments().find(p.reference()).orElseThrow().receivedAt()).isEqualTo(instants[i]);
        }
        CreditEntry entry = new CreditEntry(PARTNER, usd("-0.00000001"), CreditEntry.Kind.APPLIED_TO_BILL, "B1", instants[0]);
        store.payments().insert(entry);
        assertThat(store.payments().creditsOf(PARTNER)).containsExactly(entry);
        assertThat(store.lines().append(line("O-1", "123456789012345678901234567890.12345678")))
                .isEqualTo(AppendOutcome.APPENDED);
        assertThat(store.lines().find(OrderId.of("O-1"))).contains(line("O-1", "123456789012345678901234567890.12345678"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void uncommittedWritesAreInvisibleToOtherThreadsAndCallsJoinOnlyOnTheirThread(String database) throws Exception {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> store.inTransaction(s -> {
            s.payments().insert(payment("REF-1", "5", Instant.parse("2024-02-01T00:00:00Z")));
            written.countDown();
            try {
                checked.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.payments().find(PaymentReference.of("REF-1"))).isEmpty();
        checked.countDown();
        writer.get(10, TimeUnit.SECONDS);
        assertThat(store.payments().find(PaymentReference.of("REF-1"))).isPresent();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void applicationsKeepTheirOrderAndAmounts(String database) {
        JdbcBillingStore store = TestDatabases.migrated(TestDatabases.of(database));
        PaymentApplication a = new PaymentApplication(PaymentReference.of("REF-1"), BillId.of("B2"), usd("0.5"));
        PaymentApplication b = new PaymentApplication(PaymentReference.of("REF-1"), BillId.of("B1"), usd("7.12345678"));
        store.payments().insert(a);
        store.payments().insert(b);
        assertThat(store.payments().applicationsOf(PaymentReference.of("REF-1"))).containsExactly(a, b);
    }

    @Test
    void aConnectionFailureIsAStoreExceptionNamingTheOperation() {
        JdbcBillingStore store = JdbcBillingStore.create(new BrokenDataSource());
        assertThatThrownBy(() -> store.lines().append(line("O-1", "1")))
                .isInstanceOf(StoreException.class)
                .hasMessage("Could not append line 'O-1' (get connection): Connection refused: 127.0.0.1:1 [SQLState 08001]")
                .satisfies(e -> {
                    assertThat(((StoreException) e).operation()).isEqualTo("append line 'O-1' (get connection)");
                    assertThat(((StoreException) e).sqlState()).contains("08001");
                });
        assertThatThrownBy(() -> store.inTransaction(s -> s.bills().find(BillId.of("B1"))))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("Could not run a transaction (get connection): ");
    }

    @Test
    void aConnectionLostMidTransactionRollsBackEverything() throws SQLException {
        DataSource ds = TestDatabases.h2Memory();
        JdbcBillingStore store = TestDatabases.migrated(ds);
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.lines().append(line("O-1", "1"));
            try (Connection admin = ds.getConnection(); java.sql.Statement st = admin.createStatement()) {
                // another session kills ours, as a network failure or a database restart would
                java.util.List<Integer> others = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = st.executeQuery("SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS "
                        + "WHERE SESSION_ID <> SESSION_ID()")) {
                    while (rs.next()) {
                        others.add(rs.getInt(1));
                    }
                }
                assertThat(others).hasSize(1);
                for (int id : others) {
                    st.execute("CALL ABORT_SESSION(" + id + ")");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            s.lines().append(line("O-2", "1"));
            return null;
        })).isInstanceOf(StoreException.class).hasMessageStartingWith("Could not append line 'O-2': ");
        assertThat(orderIds(store)).isEmpty();
    }

    /** A data source whose server is down. */
    static final class BrokenDataSource implements PlainDataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused: 127.0.0.1:1", "08001");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
