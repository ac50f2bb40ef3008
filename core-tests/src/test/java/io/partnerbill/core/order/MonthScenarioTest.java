package io.partnerbill.core.order;

import io.partnerbill.core.billing.OrderBook;
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
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.testing.OrdersFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * March 2024 of reseller P1: three customers with monthly budgets, ten orders, one refused
 * order, a refund and an adjustment, ending in the monthly bill. Every figure is worked out by
 * hand below.
 */
class MonthScenarioTest {

    private static final ProductId ECS = ProductId.of("ecs");
    private static final ProductId RDS = ProductId.of("rds");
    private static final ProductId OBS = ProductId.of("obs");

    @Test
    void marchOfOneReseller_endsInTheHandComputedBill() {
        OrdersFixture fx = OrdersFixture.create();
        PartnerId p1 = fx.approvedReseller("P1");
        Instant expiry = Instant.parse("2099-12-31T15:59:59Z");
        // ECS at 12.00% off (pays 88 %), RDS at 25.00% off (pays 75 %), OBS without discount.
        fx.billing.discounts().authorize(Discount.builder().id(DiscountId.of("D-ECS")).partner(p1).product(ECS)
                .productName("Elastic Cloud Server").rate(DiscountRate.ofPercentOff("12.00"))
                .effective(beijing(2024, 1, 1, 0, 0)).expiry(expiry).build());
        fx.billing.discounts().authorize(Discount.builder().id(DiscountId.of("D-RDS")).partner(p1).product(RDS)
                .productName("Relational Database").rate(DiscountRate.ofPayablePercent(new java.math.BigDecimal("75")))
                .effective(beijing(2024, 3, 1, 0, 0)).expiry(expiry).build());
        CustomerId c1 = fx.customerWithBudget(p1, "C1", "1000");
        CustomerId c2 = fx.customerWithBudget(p1, "C2", "500");
        CustomerId c3 = fx.customerWithBudget(p1, "C3", "300");
        OrderBook orders = fx.billing.orders();

        //                                   list      settlement
        place(orders, "O1", c1, ECS, "200.00", 2); //  200.00 x 0.88 = 176.00
        place(orders, "O2", c1, RDS, "400.00", 3); //  400.00 x 0.75 = 300.00
        place(orders, "O3", c2, ECS, "150.00", 4); //  150.00 x 0.88 = 132.00
        place(orders, "O4", c2, OBS, "80.00", 5); //    80.00 x 1    =  80.00
        place(orders, "O5", c3, ECS, "99.99", 6); //    99.99 x 0.88 =  87.9912
        place(orders, "O6", c3, RDS, "120.00", 8); //  120.00 x 0.75 =  90.00
        place(orders, "O7", c1, OBS, "250.00", 11); // 250.00 x 1    = 250.00
        place(orders, "O8", c2, RDS, "200.00", 14); // 200.00 x 0.75 = 150.00
        place(orders, "O9", c3, OBS, "60.00", 17); //   60.00 x 1    =  60.00
        place(orders, "O10", c1, ECS, "150.00", 20); // 150.00 x 0.88 = 132.00
        // Used: C1 200 + 400 + 250 + 150 = 1000.00 (all of it); C2 150 + 80 + 200 = 430.00;
        //       C3 99.99 + 120 + 60 = 279.99, so 20.01 is left and 20.02 is refused.
        assertThatThrownBy(() -> place(orders, "O11", c3, ECS, "20.02", 21))
                .isInstanceOf(BudgetExceededException.class)
                .hasMessage("Order 'O11' of customer 'C3' exceeds its budget: USD 20.01 remaining, USD 20.02 requested");
        assertThat(dec(fx.billing.budgets().remaining(c1))).isZero();

        // Downgrade of O2 refunds 100.00 of list: settlement -(100.00 x 0.75) = -75.00; C1 gets 100.00 back.
        orders.refund(Refund.downgrade(OrderId.of("R1"), OrderId.of("O2"), usd("100.00"), beijing(2024, 3, 22, 9, 0)));
        // Fee adjustment of O5 by +10.00 of list: settlement 10.00 x 0.88 = +8.80; no budget effect.
        orders.adjust(Adjustment.of(OrderId.of("A1"), OrderId.of("O5"), usd("10.00"), beijing(2024, 3, 25, 9, 0)));

        fx.clock.set(beijing(2024, 3, 31, 23, 0));
        assertThat(dec(fx.billing.budgets().remaining(c1))).isEqualByComparingTo("100.00"); // 1000 - (1000 - 100)
        assertThat(dec(fx.billing.budgets().remaining(c2))).isEqualByComparingTo("70.00"); //   500 - 430
        assertThat(dec(fx.billing.budgets().remaining(c3))).isEqualByComparingTo("20.01"); //   300 - 279.99

        MonthlyBill bill = fx.billing.bills().calculate(p1, BillCycle.of(2024, 3));

        // Expenditures: 176 + 300 + 132 + 80 + 87.9912 + 90 + 250 + 150 + 60 + 132 = 1457.9912 -> 1457.99
        assertThat(dec(bill.expenditures())).isEqualByComparingTo("1457.99");
        assertThat(dec(bill.refunds())).isEqualByComparingTo("-75.00");
        assertThat(dec(bill.adjustments())).isEqualByComparingTo("8.80");
        // Net: 1457.9912 - 75.00 + 8.80 = 1391.7912, rounded HALF_UP once: 1391.79, residue -0.0012.
        assertThat(dec(bill.unroundedNetSettlement())).isEqualByComparingTo("1391.7912");
        assertThat(dec(bill.netSettlement())).isEqualByComparingTo("1391.79");
        assertThat(dec(bill.roundingResidue())).isEqualByComparingTo("-0.0012");
        // No tax, no coupons: amount due = net settlement.
        assertThat(dec(bill.amountDue())).isEqualByComparingTo("1391.79");
        // List: 200 + 400 + 150 + 80 + 99.99 + 120 + 250 + 200 + 60 + 150 = 1709.99; - 100 + 10 = 1619.99.
        assertThat(dec(bill.customerExpenditure())).isEqualByComparingTo("1619.99");
        assertThat(bill.lineCount()).isEqualTo(12); // ten orders, one refund, one adjustment
        // By customer: C1 176 + 300 + 250 + 132 - 75 = 783.00; C2 132 + 80 + 150 = 362.00;
        //              C3 87.9912 + 90 + 60 + 8.80 = 246.7912 -> 246.79. 783 + 362 + 246.79 = 1391.79.
        assertThat(dec(bill.byCustomer().row(c1).orElseThrow().total())).isEqualByComparingTo("783.00");
        assertThat(dec(bill.byCustomer().row(c1).orElseThrow().refunds())).isEqualByComparingTo("-75.00");
        assertThat(dec(bill.byCustomer().row(c2).orElseThrow().total())).isEqualByComparingTo("362.00");
        assertThat(dec(bill.byCustomer().row(c3).orElseThrow().total())).isEqualByComparingTo("246.79");
        assertThat(dec(bill.byCustomer().row(c3).orElseThrow().adjustments())).isEqualByComparingTo("8.80");

        // April: every MONTHLY budget renews in full.
        fx.clock.set(beijing(2024, 4, 1, 0, 0));
        assertThat(dec(fx.billing.budgets().remaining(c1))).isEqualByComparingTo("1000");
        assertThat(dec(fx.billing.budgets().remaining(c3))).isEqualByComparingTo("300");
        assertThat(fx.billing.bills().calculate(p1, BillCycle.of(2024, 4)).lineCount()).isZero();
    }

    private static void place(OrderBook orders, String id, CustomerId customer, ProductId product, String fee, int day) {
        orders.place(order(id, customer, fee, beijing(2024, 3, day, 10, 0)).product(product, product.value()).build());
    }
}
