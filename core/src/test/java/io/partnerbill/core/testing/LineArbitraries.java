package io.partnerbill.core.testing;

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
import io.partnerbill.core.internal.Amounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid lines and months, shared by core's property tests. */
public final class LineArbitraries {

    public static final PartnerId PARTNER = PartnerId.of("P-100");
    public static final BillCycle CYCLE = BillCycle.of(2024, 1);
    public static final BillingCalendar CALENDAR = BillingCalendar.beijing();
    public static final CurrencyUnit USD = Monetary.getCurrency("USD");

    private LineArbitraries() {
    }

    /** Amounts at scale 8 from 0 to 1,000,000, with the smallest unit and large values as edge cases. */
    public static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(8)
                .edgeCases(c -> c.add(new BigDecimal("0.00000001")));
    }

    public static Arbitrary<DiscountRate> rates() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99.99")).ofScale(2)
                .map(DiscountRate::ofPercentOff);
    }

    /** An instant inside {@link #CYCLE}, with its first and last second as edge cases. */
    public static Arbitrary<Instant> instantsInCycle() {
        long start = CALENDAR.start(CYCLE).getEpochSecond();
        long end = CALENDAR.end(CYCLE).getEpochSecond() - 1;
        return Arbitraries.longs().between(start, end).map(Instant::ofEpochSecond);
    }

    /** One valid line of {@link #PARTNER} and {@link #CYCLE}, of any bill type, with a unique-ish order id. */
    public static Arbitrary<BillLine> lines() {
        Arbitrary<BillType> types = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(BillType.EXPENDITURE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(BillType.REFUND)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BillType.ADJUSTMENT)));
        return Combinators.combine(types, amounts(), rates(), instantsInCycle(),
                Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 8),
                Arbitraries.of("cn-north-4", "ap-southeast-1", "la-south-2"), Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((type, amount, rate, at, customer, product, region, id) -> line(type, amount, rate, at, customer,
                        product, region, "O-" + id, id % 2 == 0));
    }

    /** A list of lines with distinct order ids. */
    public static Arbitrary<List<BillLine>> months() {
        return lines().list().ofMaxSize(60).uniqueElements(BillLine::orderId);
    }

    /** Builds a line; refunds and negative adjustments get the negated amount. */
    public static BillLine line(BillType type, BigDecimal amount, DiscountRate rate, Instant at, int customer, int product,
            String region, String orderId, boolean negativeAdjustment) {
        BigDecimal signed = type == BillType.REFUND || (type == BillType.ADJUSTMENT && negativeAdjustment)
                ? amount.negate() : amount;
        BillLine.Builder b = BillLine.builder().cycle(CYCLE).partner(PARTNER).customer(CustomerId.of("C-" + customer))
                .billType(type).billingMode(BillingMode.YEARLY_MONTHLY).productType("Common products")
                .productName("Product " + product).product(ProductId.of("PRD-" + product)).regionCode(region)
                .orderId(OrderId.of(orderId)).transactionTime(at)
                .orderType(switch (type) {
                    case EXPENDITURE -> OrderType.NEW_PURCHASE;
                    case REFUND -> OrderType.UNSUBSCRIPTION;
                    case ADJUSTMENT -> OrderType.FEE_ADJUSTMENT;
                })
                .customerExpenditure(Amounts.money(signed, USD)).discount(rate);
        if (type == BillType.REFUND) {
            b.originalOrderId(OrderId.of(orderId + "-orig"));
        }
        b.settlementAmount(rate.settlement(Amounts.money(signed, USD), RoundingPolicy.LINE));
        return b.build();
    }

    /** A month where refunds exceed expenditures. */
    public static List<BillLine> negativeMonth() {
        List<BillLine> lines = new ArrayList<>();
        Instant at = CALENDAR.start(CYCLE).plusSeconds(3600);
        lines.add(line(BillType.EXPENDITURE, new BigDecimal("100.00"), DiscountRate.NONE, at, 1, 1, "cn-north-4", "E1", false));
        lines.add(line(BillType.REFUND, new BigDecimal("150.00"), DiscountRate.NONE, at, 1, 1, "cn-north-4", "R1", false));
        return lines;
    }
}
