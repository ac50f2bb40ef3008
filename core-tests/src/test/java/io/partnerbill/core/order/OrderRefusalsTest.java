package io.partnerbill.core.order;

import io.partnerbill.core.billing.OrderBook;
import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.order;
import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BeforeOriginalOrderException;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerFrozenException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.DuplicateOrderException;
import io.partnerbill.core.DuplicateOrderException.Difference;
import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RefundExceedsOrderException;
import io.partnerbill.core.ResellerNotApprovedException;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.reseller.Customer;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.testing.OrdersFixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way an order, refund or adjustment is refused: the exception's type and message, and
 * that the refusal left every line, budget, audit trail and charge as it was.
 */
class OrderRefusalsTest {

    private static final Instant AT = beijing(2024, 3, 10, 14, 0);
    private static final CustomerId C1 = CustomerId.of("C1");
    private static final CustomerId NO_BUDGET = CustomerId.of("C2");
    private static final CustomerId MANUALLY_FROZEN = CustomerId.of("C3");
    private static final CustomerId OF_SUBMITTED_RESELLER = CustomerId.of("C4");

    /**
     * P1 (approved) owns C1 (budget 100, O1 placed for 30), C2 (no budget) and C3 (budget 100,
     * frozen by hand). P2 (submitted, never approved) owns C4, written straight to the store.
     */
    private static OrdersFixture world() {
        OrdersFixture fx = OrdersFixture.create();
        PartnerId p1 = fx.approvedReseller("P1");
        fx.customerWithBudget(p1, "C1", "100");
        fx.customer(p1, "C2");
        fx.customerWithBudget(p1, "C3", "100");
        fx.billing.budgets().freeze(MANUALLY_FROZEN, "ops");
        fx.billing.resellers().enroll(Enrollment.of(PartnerId.of("P2"), "Pending Ltd").cspMember(true)
                .acceptAgreement("2024.1", AT));
        fx.billing.store().customers().insert(Customer.of(OF_SUBMITTED_RESELLER, PartnerId.of("P2"), "Zhang San",
                "zhangsan", AT));
        fx.billing.orders().place(order("O1", C1, "30", AT).build());
        return fx;
    }

    /** Everything a refusal could have touched, as text. */
    private static String snapshot(OrdersFixture fx) {
        StringBuilder sb = new StringBuilder();
        for (String p : List.of("P1", "P2")) {
            sb.append(fx.billing.lines().ofCycle(PartnerId.of(p), BillCycle.of(2024, 3))).append('\n');
        }
        for (CustomerId c : List.of(C1, NO_BUDGET, MANUALLY_FROZEN, OF_SUBMITTED_RESELLER)) {
            sb.append(fx.billing.store().budgets().find(c)).append(' ')
                    .append(fx.billing.budgets().auditTrail(c)).append('\n');
        }
        for (String o : List.of("O1", "O2", "R1")) {
            sb.append(fx.billing.orders().charge(OrderId.of(o))).append('\n');
        }
        return sb.toString();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // frozen customers
                Arguments.of("customer without budget",
                        (Consumer<OrderBook>) o -> o.place(order("O2", NO_BUDGET, "1", AT).build()),
                        CustomerFrozenException.class, "Customer 'C2' is frozen [NO_BUDGET]: order 'O2' refused"),
                Arguments.of("customer frozen by hand",
                        (Consumer<OrderBook>) o -> o.place(order("O2", MANUALLY_FROZEN, "1", AT).build()),
                        CustomerFrozenException.class, "Customer 'C3' is frozen [MANUAL]: order 'O2' refused"),
                // budget exceeded
                Arguments.of("fee above what is left",
                        (Consumer<OrderBook>) o -> o.place(order("O2", C1, "70.01", AT).build()),
                        BudgetExceededException.class,
                        "Order 'O2' of customer 'C1' exceeds its budget: USD 70.00 remaining, USD 70.01 requested"),
                // reseller not approved
                Arguments.of("reseller not approved",
                        (Consumer<OrderBook>) o -> o.place(order("O2", OF_SUBMITTED_RESELLER, "1", AT).build()),
                        ResellerNotApprovedException.class,
                        "Reseller 'P2' is SUBMITTED, not APPROVED, and cannot have orders billed"),
                // unknown entities
                Arguments.of("unknown customer",
                        (Consumer<OrderBook>) o -> o.place(order("O2", CustomerId.of("C9"), "1", AT).build()),
                        UnknownEntityException.class, "Unknown customer 'C9' in order 'O2'"),
                Arguments.of("refund of unknown order",
                        (Consumer<OrderBook>) o -> o.refund(Refund.unsubscription(OrderId.of("R1"), OrderId.of("O9"),
                                usd("1"), AT)),
                        UnknownEntityException.class, "Unknown original order 'O9' named by 'R1'"),
                // idempotency: same id, other content
                Arguments.of("order id reused with another fee",
                        (Consumer<OrderBook>) o -> o.place(order("O1", C1, "31", AT).build()),
                        DuplicateKeyException.class,
                        "Order id 'O1' is taken by a different line: customerExpenditure '30.00000000' stored,"
                                + " '31.00000000' offered"),
                Arguments.of("order id reused with another product",
                        (Consumer<OrderBook>) o -> o.place(order("O1", C1, "30", AT).product(ProductId.of("rds"), "DB")
                                .build()),
                        DuplicateKeyException.class, null),
                Arguments.of("order id reused by a refund",
                        (Consumer<OrderBook>) o -> o.refund(Refund.unsubscription(OrderId.of("O1"), OrderId.of("O9"),
                                usd("1"), AT)),
                        DuplicateKeyException.class, null),
                // refund larger than the order
                Arguments.of("refund larger than the order",
                        (Consumer<OrderBook>) o -> o.refund(Refund.unsubscription(OrderId.of("R1"), OrderId.of("O1"),
                                usd("30.01"), AT)),
                        RefundExceedsOrderException.class,
                        "Refund of USD 30.01 exceeds what is left un-refunded of order 'O1': USD 30 of 30"),
                // currency
                Arguments.of("fee in another currency",
                        (Consumer<OrderBook>) o -> o.place(order("O2", C1, "1", AT)
                                .fee(ExactMoney.monetary(BigDecimal.ONE, Monetary.getCurrency("EUR"))).build()),
                        CurrencyMismatchException.class, "Fee of order 'O2' is in EUR but USD was expected"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusal_hasTypeAndMessage_andChangesNothing(String name, Consumer<OrderBook> attempt,
            Class<? extends Throwable> type, String message) {
        OrdersFixture fx = world();
        String before = snapshot(fx);

        var thrown = assertThatThrownBy(() -> attempt.accept(fx.billing.orders())).isInstanceOf(type);
        if (message != null) {
            thrown.hasMessage(message);
        } else {
            thrown.hasMessageContaining("'O1' is taken by");
        }

        assertThat(snapshot(fx)).isEqualTo(before);
    }

    /** The code and the values a service acts on, per refusal; amounts as currency and plain number. */
    static Stream<Arguments> codesAndFields() {
        return Stream.of(
                Arguments.of("customer without budget",
                        (Consumer<OrderBook>) o -> o.place(order("O2", NO_BUDGET, "1", AT).build()),
                        ErrorCode.CUSTOMER_FROZEN, IDS,
                        List.of(Optional.of(NO_BUDGET), Optional.of(OrderId.of("O2")))),
                Arguments.of("fee above what is left",
                        (Consumer<OrderBook>) o -> o.place(order("O2", C1, "70.01", AT).build()),
                        ErrorCode.BUDGET_EXCEEDED, (Function<PartnerBillingException, List<?>>) e -> {
                            BudgetExceededException b = (BudgetExceededException) e;
                            return List.of(b.customer(), b.order(), plain(b.remaining()), plain(b.requested()));
                        },
                        List.of(Optional.of(C1), Optional.of(OrderId.of("O2")), "USD 70", "USD 70.01")),
                Arguments.of("reseller not approved",
                        (Consumer<OrderBook>) o -> o.place(order("O2", OF_SUBMITTED_RESELLER, "1", AT).build()),
                        ErrorCode.RESELLER_NOT_APPROVED, NO_FIELDS, List.of()),
                Arguments.of("unknown customer",
                        (Consumer<OrderBook>) o -> o.place(order("O2", CustomerId.of("C9"), "1", AT).build()),
                        ErrorCode.NOT_FOUND, NO_FIELDS, List.of()),
                // a taken order id names the columns that differ, in column order
                Arguments.of("order id reused with another fee",
                        (Consumer<OrderBook>) o -> o.place(order("O1", C1, "31", AT).build()),
                        ErrorCode.DUPLICATE_ORDER, DIFFERENCES,
                        List.of(Optional.of(OrderId.of("O1")), List.of(new Difference("customerExpenditure", "30.00000000",
                                "31.00000000")))),
                Arguments.of("order id reused with another product",
                        (Consumer<OrderBook>) o -> o.place(order("O1", C1, "30", AT).product(ProductId.of("rds"), "DB")
                                .build()),
                        ErrorCode.DUPLICATE_ORDER, DIFFERENCES,
                        List.of(Optional.of(OrderId.of("O1")), List.of(new Difference("productName", "Elastic Cloud Server", "DB"),
                                new Difference("product", "ecs", "rds")))),
                Arguments.of("order id reused by a refund",
                        (Consumer<OrderBook>) o -> o.refund(Refund.unsubscription(OrderId.of("O1"), OrderId.of("O9"),
                                usd("1"), AT)),
                        ErrorCode.DUPLICATE_ORDER, DIFFERENCES,
                        List.of(Optional.of(OrderId.of("O1")), List.of(new Difference("billType", "Expenditure", "Refund"),
                                new Difference("originalOrderId", "", "O9"),
                                new Difference("orderType", "New purchase", "Unsubscription"),
                                new Difference("customerExpenditure", "30.00000000", "-1.00000000")))),
                Arguments.of("order id reused by an adjustment",
                        (Consumer<OrderBook>) o -> o.adjust(Adjustment.of(OrderId.of("O1"), OrderId.of("O9"),
                                usd("-2.5"), AT.plusSeconds(60))),
                        ErrorCode.DUPLICATE_ORDER, DIFFERENCES,
                        List.of(Optional.of(OrderId.of("O1")), List.of(new Difference("billType", "Expenditure", "Adjustment"),
                                new Difference("originalOrderId", "", "O9"),
                                new Difference("transactionTime", "2024-03-10T06:00:00Z", "2024-03-10T06:01:00Z"),
                                new Difference("orderType", "New purchase", "Fee adjustment"),
                                new Difference("customerExpenditure", "30.00000000", "-2.50000000")))),
                Arguments.of("refund larger than the order",
                        (Consumer<OrderBook>) o -> o.refund(Refund.unsubscription(OrderId.of("R1"), OrderId.of("O1"),
                                usd("30.01"), AT)),
                        ErrorCode.REFUND_EXCEEDS_ORDER, (Function<PartnerBillingException, List<?>>) e -> {
                            RefundExceedsOrderException r = (RefundExceedsOrderException) e;
                            return List.of(r.order(), r.requested().map(OrderRefusalsTest::plain),
                                    r.refundable().map(OrderRefusalsTest::plain));
                        },
                        List.of(Optional.of(OrderId.of("O1")), Optional.of("USD 30.01"), Optional.of("USD 30"))),
                Arguments.of("refund dated before its order",
                        (Consumer<OrderBook>) o -> o.refund(Refund.unsubscription(OrderId.of("R1"), OrderId.of("O1"),
                                usd("1"), AT.minusSeconds(1))),
                        ErrorCode.BEFORE_ORIGINAL_ORDER, (Function<PartnerBillingException, List<?>>) e -> List.of(
                                e.order(), ((BeforeOriginalOrderException) e).original()),
                        List.of(Optional.of(OrderId.of("R1")), Optional.of(OrderId.of("O1")))),
                Arguments.of("fee in another currency",
                        (Consumer<OrderBook>) o -> o.place(order("O2", C1, "1", AT)
                                .fee(ExactMoney.monetary(BigDecimal.ONE, Monetary.getCurrency("EUR"))).build()),
                        ErrorCode.CURRENCY_MISMATCH, (Function<PartnerBillingException, List<?>>) e -> List.of(
                                ((CurrencyMismatchException) e).expected(), ((CurrencyMismatchException) e).actual()),
                        List.of(Optional.of(Monetary.getCurrency("USD")), Optional.of(Monetary.getCurrency("EUR")))));
    }

    private static final Function<PartnerBillingException, List<?>> NO_FIELDS = e -> List.of();
    private static final Function<PartnerBillingException, List<?>> IDS = e -> List.of(e.customer(), e.order());
    private static final Function<PartnerBillingException, List<?>> DIFFERENCES = e -> List.of(
            ((DuplicateOrderException) e).order(), ((DuplicateOrderException) e).differences());

    private static String plain(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " "
                + amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros().toPlainString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesAndFields")
    void refusal_hasCodeAndFields(String name, Consumer<OrderBook> attempt, ErrorCode code,
            Function<PartnerBillingException, List<?>> fields, List<?> expected) {
        OrdersFixture fx = world();

        PartnerBillingException e = catchThrowableOfType(PartnerBillingException.class,
                () -> attempt.accept(fx.billing.orders()));

        assertThat(e.code()).isEqualTo(code);
        assertThat(fields.apply(e)).isEqualTo(expected);
    }
}
