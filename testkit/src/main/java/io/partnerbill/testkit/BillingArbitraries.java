package io.partnerbill.testkit;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of partnerbill's values, for property-based tests of billing code.
 *
 * <p>Every generated value is valid by partnerbill's own factories. Edge cases are generated on
 * purpose: the smallest amount (0.00000001), 0- and 3-decimal currencies, the first and last
 * second of a cycle in the billing zone, empty months and months whose refunds exceed their
 * expenditures. See {@link #months()} and {@link GstinArbitraries} for the richer generators.
 */
public final class BillingArbitraries {

    private static final BigDecimal SMALLEST = new BigDecimal("0.00000001");

    private BillingArbitraries() {
    }

    /**
     * Currencies, including JPY (0 decimals) and BHD (3 decimals) as edge cases.
     *
     * @return USD, EUR, CNY, SGD, INR, JPY, BHD, not null
     */
    public static Arbitrary<CurrencyUnit> currencies() {
        return Arbitraries.of("USD", "EUR", "CNY", "SGD", "INR", "JPY", "BHD").map(Monetary::getCurrency)
                .edgeCases(c -> c.includeOnly(Monetary.getCurrency("JPY"), Monetary.getCurrency("BHD")));
    }

    /**
     * Decimals at scale 8 in a range, with 0.00000001 as an edge case when it lies in range.
     *
     * @param min the least value, not null
     * @param max the greatest value, not null
     * @return the amounts, not null
     */
    public static Arbitrary<BigDecimal> amounts(BigDecimal min, BigDecimal max) {
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(min, max).ofScale(8);
        boolean smallestInRange = min.compareTo(SMALLEST) <= 0 && max.compareTo(SMALLEST) >= 0;
        return smallestInRange ? values.edgeCases(c -> c.add(SMALLEST)) : values;
    }

    /**
     * Amounts of a currency at scale 8 in a range.
     *
     * @param currency the currency, not null
     * @param min the least value, not null
     * @param max the greatest value, not null
     * @return the amounts, not null
     */
    public static Arbitrary<MonetaryAmount> money(CurrencyUnit currency, BigDecimal min, BigDecimal max) {
        return amounts(min, max).map(v -> money(v, currency));
    }

    static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        return ExactMoney.monetary(value, currency);
    }

    /**
     * Discount rates from 0.00% to 99.99% off, two decimals, with both ends as edge cases.
     *
     * @return the rates, not null
     */
    public static Arbitrary<DiscountRate> discountRates() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99.99")).ofScale(2)
                .map(DiscountRate::ofPercentOff);
    }

    /**
     * Instants in a cycle, with its first and last second as edge cases.
     *
     * @param cycle the cycle, not null
     * @param calendar the calendar whose zone bounds it, not null
     * @return the instants, not null
     */
    public static Arbitrary<Instant> instantsIn(BillCycle cycle, BillingCalendar calendar) {
        long start = calendar.start(cycle).getEpochSecond();
        long last = calendar.end(cycle).getEpochSecond() - 1;
        return Arbitraries.longs().between(start, last).map(Instant::ofEpochSecond)
                .edgeCases(c -> c.includeOnly(Instant.ofEpochSecond(start), Instant.ofEpochSecond(last)));
    }

    /**
     * Months of one partner's lines with the defaults of {@link MonthArbitrary}; call its knobs
     * to change them, then {@link MonthArbitrary#arbitrary()}.
     *
     * @return the month generator, not null
     */
    public static MonthArbitrary months() {
        return MonthArbitrary.defaults();
    }

    /**
     * Discount schedules of one partner: for each of {@code products} products, one to three
     * consecutive discounts that never overlap (each starts a second after the previous
     * one's inclusive expiry), starting at or after {@code from}.
     *
     * @param partner the reseller, not null
     * @param products how many products, 1 or more
     * @param from the earliest effective instant, a whole second, not null
     * @return the schedules, not null
     */
    public static Arbitrary<List<Discount>> discountSchedules(PartnerId partner, int products, Instant from) {
        Arbitrary<List<Integer>> daysPerPeriod = Arbitraries.integers().between(1, 400).list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(daysPerPeriod.list().ofSize(products), discountRates().list().ofSize(products * 3))
                .as((periods, rates) -> {
                    List<Discount> discounts = new ArrayList<>();
                    for (int p = 0; p < products; p++) {
                        Instant effective = from;
                        for (int k = 0; k < periods.get(p).size(); k++) {
                            Instant expiry = effective.plusSeconds(86400L * periods.get(p).get(k) - 1);
                            discounts.add(Discount.builder().id(DiscountId.of("D-" + p + "-" + k)).partner(partner)
                                    .product(ProductId.of("PRD-" + p)).productName("Product " + p)
                                    .rate(rates.get(p * 3 + k)).effective(effective).expiry(expiry).build());
                            effective = expiry.plusSeconds(1);
                        }
                    }
                    return discounts;
                });
    }

    /**
     * Sequences of a partner's payments with distinct references, each 0.01 to {@code max}
     * with cents, received on or after {@code from}.
     *
     * @param partner the partner, not null
     * @param currency the currency, not null
     * @param max the largest payment, not null
     * @param from the earliest receipt instant, not null
     * @return the sequences, up to 10 payments, not null
     */
    public static Arbitrary<List<Payment>> payments(PartnerId partner, CurrencyUnit currency, BigDecimal max, Instant from) {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), max).ofScale(2);
        Arbitrary<PaymentMethod> methods = Arbitraries.of(PaymentMethod.class);
        return Combinators.combine(amounts, methods, Arbitraries.integers().between(0, 86400 * 60)).as(Tuple::of)
                .list().ofMaxSize(10).map(raw -> {
                    List<Payment> payments = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        Tuple.Tuple3<BigDecimal, PaymentMethod, Integer> r = raw.get(i);
                        payments.add(new Payment(PaymentReference.of("PAY-" + i), partner, money(r.get1(), currency),
                                from.plusSeconds(r.get3()), r.get2()));
                    }
                    return payments;
                });
    }
}
