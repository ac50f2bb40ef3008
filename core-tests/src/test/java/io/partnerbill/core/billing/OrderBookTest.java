package io.partnerbill.core.billing;

import io.partnerbill.core.order.Adjustment;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.order.Refund;
import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static io.partnerbill.core.testing.OrdersFixture.dec;
import static io.partnerbill.core.testing.OrdersFixture.order;
import static io.partnerbill.core.testing.OrdersFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BudgetExceededException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.budget.BudgetAuditEntry;
import io.partnerbill.core.budget.FreezeReason;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.core.testing.OrdersFixture;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderBookTest {

    private final OrdersFixture fx = OrdersFixture.create();
    private final OrderBook orders = fx.billing.orders();
    private final Instant at = beijing(2024, 3, 10, 14, 0);
    private PartnerId p1;
    private CustomerId c1;

    @BeforeEach
    void setUp() {
        p1 = fx.approvedReseller("P1");
        c1 = fx.customerWithBudget(p1, "C1", "1000");
        fx.billing.discounts().authorize(Discount.builder().id(DiscountId.of("D1")).partner(p1)
                .product(ProductId.of("ecs")).productName("Elastic Cloud Server")
                .rate(DiscountRate.ofPercentOff("12.00")).effective(beijing(2024, 1, 1, 0, 0))
                .expiry(Instant.parse("2099-12-31T15:59:59Z")).build());
    }

    @Test
    void place_deductsFee_andAppendsExpenditureAtSettlementPrice() {
        BillLine line = orders.place(order("O1", c1, "200", at).region("Singapore").build());

        // 200 x (1 - 12.00 / 100) = 176
        assertThat(line.billType()).isEqualTo(BillType.EXPENDITURE);
        assertThat(line.discount()).isEqualTo(DiscountRate.ofPercentOff("12.00"));
        assertThat(line.settlementType()).isEqualTo(SettlementType.NORMAL_PRODUCT);
        assertThat(line.settlementDecimal()).isEqualByComparingTo("176");
        assertThat(line.cycle()).isEqualTo(BillCycle.of(2024, 3));
        assertThat(line.partner()).isEqualTo(p1);
        assertThat(line.region()).isEqualTo("Singapore");
        assertThat(dec(fx.billing.budgets().remaining(c1))).isEqualByComparingTo("800");
        assertThat(fx.billing.lines().find(OrderId.of("O1"))).contains(line);
        assertThat(orders.charge(OrderId.of("O1")).orElseThrow().settlement()).isEqualTo(line.settlementAmount());
    }

    @Test
    void place_withoutDiscount_settlesAtListPrice() {
        BillLine line = orders.place(order("O1", c1, "50", at).product(ProductId.of("rds"), "Database").build());

        assertThat(line.discount()).isEqualTo(DiscountRate.NONE);
        assertThat(line.settlementType()).isEqualTo(SettlementType.NO_DISCOUNT);
        assertThat(line.settlementDecimal()).isEqualByComparingTo("50");
    }

    @Test
    void place_sameOrderAgain_returnsFirstLine_andDeductsNothingMore() {
        BillLine first = orders.place(order("O1", c1, "200", at).build());

        BillLine again = orders.place(order("O1", c1, "200", at).build());

        assertThat(again).isEqualTo(first);
        assertThat(dec(fx.billing.budgets().used(c1))).isEqualByComparingTo("200");
        assertThat(fx.billing.lines().count(p1, BillCycle.of(2024, 3))).isEqualTo(1);
    }

    @Test
    void place_overBudgetWithAutoFreeze_keepsFreeze_butNoDeductionNorLine() {
        fx.billing.budgets().autoFreeze(c1, true);

        assertThatThrownBy(() -> orders.place(order("O1", c1, "1000.01", at).build()))
                .isInstanceOf(BudgetExceededException.class)
                .hasMessage("Order 'O1' of customer 'C1' exceeds its budget: USD 1000.00 remaining,"
                        + " USD 1000.01 requested");

        assertThat(fx.billing.budgets().account(c1).freezeReasons()).containsExactly(FreezeReason.OVER_BUDGET);
        assertThat(fx.billing.budgets().auditTrail(c1)).last().extracting(BudgetAuditEntry::operator)
                .isEqualTo("system");
        assertThat(dec(fx.billing.budgets().used(c1))).isZero();
        assertThat(orders.find(OrderId.of("O1"))).isEmpty();
        assertThat(orders.charge(OrderId.of("O1"))).isEmpty();
    }

    @Test
    void refund_appendsNegativeSettlement_andGivesFeeBack() {
        orders.place(order("O1", c1, "200", at).build());

        BillLine refund = orders.refund(Refund.downgrade(OrderId.of("R1"), OrderId.of("O1"), usd("50"),
                at.plusSeconds(3600)));

        // 50 x 0.88 = 44
        assertThat(refund.billType()).isEqualTo(BillType.REFUND);
        assertThat(refund.orderType()).isEqualTo(OrderType.CHANGE);
        assertThat(refund.originalOrderId()).contains(OrderId.of("O1"));
        assertThat(refund.expenditureDecimal()).isEqualByComparingTo("-50");
        assertThat(refund.settlementDecimal()).isEqualByComparingTo("-44");
        assertThat(refund.customer()).isEqualTo(c1);
        assertThat(dec(fx.billing.budgets().used(c1))).isEqualByComparingTo("150");
        assertThat(dec(orders.charge(OrderId.of("O1")).orElseThrow().refundableFee())).isEqualByComparingTo("150");
    }

    @Test
    void refund_ofTheRest_settlesExactlyWhatIsLeft_soNetIsZero() {
        // 0.03 x 0.5 = 0.015 is not the sum of three refunds of 0.01 x 0.5 = 0.005 at 8 decimals,
        // but the last refund takes exactly what is left.
        fx.billing.discounts().authorize(Discount.builder().id(DiscountId.of("D2")).partner(p1)
                .product(ProductId.of("obs")).productName("Object Storage").rate(DiscountRate.ofPercentOff("33.33"))
                .effective(beijing(2024, 1, 1, 0, 0)).expiry(Instant.parse("2099-12-31T15:59:59Z")).build());
        BillLine original = orders.place(order("O1", c1, "0.00000007", at).product(ProductId.of("obs"), "Object Storage")
                .build());
        BillLine r1 = orders.refund(Refund.unsubscription(OrderId.of("R1"), OrderId.of("O1"), usd("0.00000003"), at));
        BillLine r2 = orders.refund(Refund.unsubscription(OrderId.of("R2"), OrderId.of("O1"), usd("0.00000004"), at));

        assertThat(original.settlementDecimal().add(r1.settlementDecimal()).add(r2.settlementDecimal())).isZero();
        assertThat(dec(fx.billing.budgets().used(c1))).isZero();
    }

    @Test
    void refund_ofFrozenCustomer_isAllowed() {
        orders.place(order("O1", c1, "200", at).build());
        fx.billing.budgets().freeze(c1, "ops");

        BillLine refund = orders.refund(Refund.unsubscription(OrderId.of("R1"), OrderId.of("O1"), usd("200"), at));

        assertThat(refund.settlementDecimal()).isEqualByComparingTo("-176");
        assertThat(dec(fx.billing.budgets().used(c1))).isZero();
    }

    @Test
    void refund_sameAgain_returnsFirstLine_givingNothingMoreBack() {
        orders.place(order("O1", c1, "200", at).build());
        orders.place(order("O2", c1, "100", at).build());
        Refund r = Refund.unsubscription(OrderId.of("R1"), OrderId.of("O1"), usd("60"), at);
        BillLine first = orders.refund(r);

        assertThat(orders.refund(r)).isEqualTo(first);
        assertThat(dec(fx.billing.budgets().used(c1))).isEqualByComparingTo("240");
    }

    @Test
    void refund_andAdjust_refuseRefundAsOriginal() {
        orders.place(order("O1", c1, "200", at).build());
        orders.refund(Refund.unsubscription(OrderId.of("R1"), OrderId.of("O1"), usd("60"), at));

        assertThatThrownBy(() -> orders.refund(Refund.unsubscription(OrderId.of("R2"), OrderId.of("R1"), usd("1"), at)))
                .isInstanceOf(InvalidValueException.class).hasMessage("Order 'R2' names 'R1', which is a refund, not an order");
        assertThatThrownBy(() -> orders.adjust(Adjustment.of(OrderId.of("A1"), OrderId.of("R1"), usd("1"), at)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Order 'A1' names 'R1', which is a refund, not an order");
    }

    @Test
    void adjust_appendsAdjustmentOfEitherSign_withoutBudgetEffect() {
        orders.place(order("O1", c1, "200", at).build());

        BillLine up = orders.adjust(Adjustment.of(OrderId.of("A1"), OrderId.of("O1"), usd("10"), at));
        BillLine down = orders.adjust(Adjustment.of(OrderId.of("A2"), OrderId.of("O1"), usd("-25"), at));

        assertThat(up.billType()).isEqualTo(BillType.ADJUSTMENT);
        assertThat(up.orderType()).isEqualTo(OrderType.FEE_ADJUSTMENT);
        assertThat(up.settlementDecimal()).isEqualByComparingTo("8.8");
        assertThat(down.settlementDecimal()).isEqualByComparingTo("-22");
        assertThat(dec(fx.billing.budgets().used(c1))).isEqualByComparingTo("200");
        assertThat(orders.adjust(Adjustment.of(OrderId.of("A1"), OrderId.of("O1"), usd("10"), at))).isEqualTo(up);
    }

    @Test
    void order_refusesRefundTypes_andNegativeFee() {
        assertThatThrownBy(() -> order("O1", c1, "1", at).orderType(OrderType.UNSUBSCRIPTION).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Order 'O1' must be a new purchase, renewal or change, was 'UNSUBSCRIPTION'");
        assertThatThrownBy(() -> order("O1", c1, "-1", at).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Fee of order 'O1' must be zero or positive, was 'USD -1.00'");
        assertThatThrownBy(() -> Refund.unsubscription(OrderId.of("R1"), OrderId.of("O1"), usd("0"), at))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Refund 'R1' must refund more than zero, was 'USD 0.00'");
        assertThatThrownBy(() -> Adjustment.of(OrderId.of("A1"), OrderId.of("O1"), usd("0"), at))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Adjustment 'A1' must not be zero, was 'USD 0.00'");
    }
}
