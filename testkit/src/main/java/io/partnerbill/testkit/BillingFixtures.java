package io.partnerbill.testkit;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Small, fixed building blocks for example-based tests (the arbitraries are in
 * {@link BillingArbitraries}): a partner, a cycle, USD, and a one-call line builder.
 */
public final class BillingFixtures {

    /** The partner of every fixture line: {@code P-100}. */
    public static final PartnerId PARTNER = PartnerId.of("P-100");
    /** The cycle of every fixture line: 2024-01. */
    public static final BillCycle CYCLE = BillCycle.of(2024, 1);
    /** The operator's calendar, Beijing time. */
    public static final BillingCalendar CALENDAR = BillingCalendar.beijing();
    /** US dollars. */
    public static final CurrencyUnit USD = Monetary.getCurrency("USD");

    private BillingFixtures() {
    }

    /**
     * Returns an amount of a currency.
     *
     * @param value the decimal text, such as "12.50", not null
     * @param currency the currency, not null
     * @return the amount, not null
     */
    public static MonetaryAmount money(String value, CurrencyUnit currency) {
        return BillingArbitraries.money(new BigDecimal(value), currency);
    }

    /**
     * Returns an amount of US dollars.
     *
     * @param value the decimal text, not null
     * @return the amount, not null
     */
    public static MonetaryAmount usd(String value) {
        return money(value, USD);
    }

    /**
     * Returns the exact decimal of an amount.
     *
     * @param amount the amount, not null
     * @return its value, not null
     */
    public static BigDecimal decimal(MonetaryAmount amount) {
        return ExactMoney.decimal(amount);
    }

    /**
     * Builds a line of {@link #PARTNER} and {@link #CYCLE} in USD, settled at the rate. Refunds
     * (and adjustments when {@code negative}) get the negated amount; a refund names
     * {@code orderId + "-orig"} as its original order.
     *
     * @param type the bill type, not null
     * @param amount the magnitude of the customer expenditure, at most 8 decimals, not null
     * @param rate the discount, not null
     * @param at the transaction instant, inside the cycle, not null
     * @param customer the customer number, giving {@code C-<n>}
     * @param product the product number, giving {@code PRD-<n>} named {@code Product <n>}
     * @param region the region code, not null
     * @param orderId the order id, not null
     * @param negative whether an adjustment is negative
     * @return the line, not null
     */
    public static BillLine line(BillType type, BigDecimal amount, DiscountRate rate, Instant at, int customer, int product,
            String region, String orderId, boolean negative) {
        BigDecimal signed = type == BillType.REFUND || (type == BillType.ADJUSTMENT && negative) ? amount.negate() : amount;
        BillLine.Builder b = BillLine.builder().cycle(CYCLE).partner(PARTNER).customer(CustomerId.of("C-" + customer))
                .billType(type).billingMode(BillingMode.YEARLY_MONTHLY).productType("Common products")
                .productName("Product " + product).product(ProductId.of("PRD-" + product)).regionCode(region)
                .orderId(OrderId.of(orderId)).transactionTime(at)
                .orderType(switch (type) {
                    case EXPENDITURE -> OrderType.NEW_PURCHASE;
                    case REFUND -> OrderType.UNSUBSCRIPTION;
                    case ADJUSTMENT -> OrderType.FEE_ADJUSTMENT;
                })
                .customerExpenditure(BillingArbitraries.money(signed, USD)).discount(rate);
        if (type == BillType.REFUND) {
            b.originalOrderId(OrderId.of(orderId + "-orig"));
        }
        return b.settlementAmount(rate.settlement(BillingArbitraries.money(signed, USD), RoundingPolicy.LINE)).build();
    }

    /**
     * Builds an expenditure line of {@link #PARTNER}'s {@link #CYCLE} at 12.00% off, ten seconds
     * into the cycle, of product 1 in region cn-north-4.
     *
     * @param orderId the order id, not null
     * @param customer the customer number
     * @param amount the customer expenditure, not null
     * @return the line, not null
     */
    public static BillLine expenditure(String orderId, int customer, String amount) {
        return line(BillType.EXPENDITURE, new BigDecimal(amount), DiscountRate.parse("12.00% off"),
                CALENDAR.start(CYCLE).plusSeconds(10), customer, 1, "cn-north-4", orderId, false);
    }

    /**
     * A month whose refunds exceed its expenditures: 100.00 spent, 150.00 refunded, no discount.
     *
     * @return the two lines, not null
     */
    public static List<BillLine> negativeMonth() {
        Instant at = CALENDAR.start(CYCLE).plusSeconds(3600);
        return List.of(
                line(BillType.EXPENDITURE, new BigDecimal("100.00"), DiscountRate.NONE, at, 1, 1, "cn-north-4", "E1", false),
                line(BillType.REFUND, new BigDecimal("150.00"), DiscountRate.NONE, at, 1, 1, "cn-north-4", "R1", false));
    }
}
