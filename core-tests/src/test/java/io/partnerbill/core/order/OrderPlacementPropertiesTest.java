package io.partnerbill.core.order;

import static io.partnerbill.core.testing.OrdersFixture.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.budget.BudgetCharge;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.testing.OrdersFixture;
import io.partnerbill.testkit.BillingArbitraries;
import java.math.BigDecimal;
import java.time.Instant;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

/**
 * The order path hands the fee to the line as the order's decimal (no Moneta amount); the line
 * it places must be the one built the plain way, from {@code order.fee()} through the public
 * builder, and {@code order.fee()} (built when first asked) the fee at scale 8.
 */
class OrderPlacementPropertiesTest {

    private static final Instant AT = beijing(2024, 3, 10, 14, 0);

    @Provide
    Arbitrary<BigDecimal> fees() {
        // Scale 0 to 8, from nothing to the budget's whole amount, with the edges.
        return Arbitraries.integers().between(0, 8).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("2000000000")).ofScale(scale)
                .edgeCases(e -> e.add(new BigDecimal("0.00000001"))));
    }

    @Provide
    Arbitrary<DiscountRate> rates() {
        return Arbitraries.oneOf(BillingArbitraries.discountRates(), Arbitraries.just(DiscountRate.NONE));
    }

    @Property(tries = 300)
    void placedLine_isTheLineBuiltFromTheMonetaryFee(@ForAll("fees") BigDecimal fee, @ForAll("rates") DiscountRate rate) {
        OrdersFixture fx = OrdersFixture.create();
        PartnerId p1 = fx.approvedReseller("P1");
        CustomerId c1 = fx.customerWithBudget(p1, "C1", "2000000000");
        if (!rate.equals(DiscountRate.NONE)) {
            fx.billing.discounts().authorize(Discount.builder().id(DiscountId.of("D1")).partner(p1)
                    .product(ProductId.of("ecs")).productName("Elastic Cloud Server").rate(rate)
                    .effective(beijing(2024, 1, 1, 0, 0)).expiry(Instant.parse("2099-12-31T15:59:59Z")).build());
        }
        MonetaryAmount given = Money.of(fee, Monetary.getCurrency("USD"));
        Order order = OrdersFixture.order("O1", c1, "0", AT).fee(given).build();

        BillLine line = fx.billing.orders().place(order);

        // The plain way: the order's Moneta fee through the public builder, settled by the rate's public rule.
        MonetaryAmount expectedFee = Money.of(fee.setScale(8), Monetary.getCurrency("USD"));
        assertThat(order.fee()).isEqualTo(expectedFee);
        assertThat(order.fee()).isSameAs(order.fee());
        BillLine plain = line.toBuilder().customerExpenditure(order.fee()).settleAtDiscount().build();
        assertThat(line).isEqualTo(plain);
        assertThat(line.customerExpenditure()).isEqualTo(expectedFee);
        assertThat(line.settlementAmount()).isEqualTo(rate.settlement(expectedFee, RoundingPolicy.LINE));
        assertThat(order.matches(line)).isTrue();
        BudgetCharge charge = fx.billing.orders().charge(OrderId.of("O1")).orElseThrow();
        assertThat(charge.fee()).isEqualTo(line.customerExpenditure());
        assertThat(charge.settlement()).isEqualTo(line.settlementAmount());
    }
}
