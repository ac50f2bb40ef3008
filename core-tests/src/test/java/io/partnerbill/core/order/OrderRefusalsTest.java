package io.partnerbill.core.order;

import io.partnerbill.core.billing.OrderBook;
import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.order;
import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerFrozenException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
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
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.money.Monetary;
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
                        "Order id 'O1' is taken by BillLine[O1 EXPENDITURE 2024-03 P1/C1 ecs @ap-southeast-1"
                                + " 2024-03-10T06:00:00Z USD 30.00000000 - 0.00% off = 30.00000000]; offered Order[O1"
                                + " NEW_PURCHASE C1 ecs 'Elastic Cloud Server' @ap-southeast-1 2024-03-10T06:00:00Z USD 31.00]"),
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
}
