package io.partnerbill.testkit;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates whole months of one partner's bill lines: customers × products × regions, with
 * refunds (that name an earlier order of the month, never exceed it and never precede it) and
 * adjustments of either sign. Every line obeys the sign rules and lies in its cycle.
 *
 * <p>Defaults: partner {@code P-TEST}, cycle 2024-01 in Beijing time, USD, 5 customers,
 * 8 products, 3 regions, 0 to 60 lines, about 15 % refunds and 5 % adjustments, amounts up to
 * 10,000 with 8 decimals. Edge cases generated on purpose: the empty month, a month whose
 * refunds exceed its expenditures (refunds of the previous cycle's orders), amounts of
 * 0.00000001 and the first and last second of the cycle.
 *
 * <p>Months are derived from a seed, so jqwik shrinks them by size and seed rather than line
 * by line. This class is immutable: each knob returns a new arbitrary.
 */
public final class MonthArbitrary {

    private final PartnerId partner;
    private final BillCycle cycle;
    private final BillingCalendar calendar;
    private final CurrencyUnit currency;
    private final int customers;
    private final int products;
    private final List<String> regionCodes;
    private final int maxLines;
    private final double refundShare;
    private final double adjustmentShare;
    private final BigDecimal maxAmount;
    private final boolean hostileText;

    private MonthArbitrary(PartnerId partner, BillCycle cycle, BillingCalendar calendar, CurrencyUnit currency,
            int customers, int products, List<String> regionCodes, int maxLines, double refundShare,
            double adjustmentShare, BigDecimal maxAmount, boolean hostileText) {
        this.partner = partner;
        this.cycle = cycle;
        this.calendar = calendar;
        this.currency = currency;
        this.customers = customers;
        this.products = products;
        this.regionCodes = List.copyOf(regionCodes);
        this.maxLines = maxLines;
        this.refundShare = refundShare;
        this.adjustmentShare = adjustmentShare;
        this.maxAmount = maxAmount;
        this.hostileText = hostileText;
    }

    static MonthArbitrary defaults() {
        return new MonthArbitrary(PartnerId.of("P-TEST"), BillCycle.of(2024, 1), BillingCalendar.beijing(),
                Monetary.getCurrency("USD"), 5, 8, List.of("cn-north-4", "ap-southeast-1", "la-south-2"), 60, 0.15, 0.05,
                new BigDecimal("10000"), false);
    }

    /**
     * Returns the jqwik arbitrary of months.
     *
     * @return lists of lines with distinct order ids, not null
     */
    public Arbitrary<List<BillLine>> arbitrary() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(0, maxLines);
        Arbitrary<Long> seeds = Arbitraries.longs();
        Arbitrary<Boolean> exceed = Arbitraries.integers().between(0, 9).map(i -> i == 0);
        // Edge cases: the empty month, and a small month whose refunds exceed its expenditures.
        Arbitrary<List<BillLine>> edges = Arbitraries.of(0, Math.min(4, maxLines))
                .map(size -> new MonthGenerator(this, 1L).generate(size, true));
        Arbitrary<List<BillLine>> random = Combinators.combine(sizes, seeds, exceed)
                .as((size, seed, refundsExceed) -> new MonthGenerator(this, seed).generate(size, refundsExceed));
        return Arbitraries.frequencyOf(Tuple.of(1, edges), Tuple.of(19, random));
    }

    /** @param partner the partner billed @return a new arbitrary */
    public MonthArbitrary partner(PartnerId partner) {
        return new MonthArbitrary(Objects.requireNonNull(partner, "partner"), cycle, calendar, currency, customers,
                products, regionCodes, maxLines, refundShare, adjustmentShare, maxAmount, hostileText);
    }

    /** @param cycle the cycle @return a new arbitrary */
    public MonthArbitrary cycle(BillCycle cycle) {
        return new MonthArbitrary(partner, Objects.requireNonNull(cycle, "cycle"), calendar, currency, customers, products,
                regionCodes, maxLines, refundShare, adjustmentShare, maxAmount, hostileText);
    }

    /** @param calendar the billing calendar whose zone bounds the cycle @return a new arbitrary */
    public MonthArbitrary calendar(BillingCalendar calendar) {
        return new MonthArbitrary(partner, cycle, Objects.requireNonNull(calendar, "calendar"), currency, customers,
                products, regionCodes, maxLines, refundShare, adjustmentShare, maxAmount, hostileText);
    }

    /** @param currency the currency of every line @return a new arbitrary */
    public MonthArbitrary currency(CurrencyUnit currency) {
        return new MonthArbitrary(partner, cycle, calendar, Objects.requireNonNull(currency, "currency"), customers,
                products, regionCodes, maxLines, refundShare, adjustmentShare, maxAmount, hostileText);
    }

    /**
     * Sets the shape of the month.
     *
     * @param customers how many customers, 1 or more
     * @param products how many products, 1 or more
     * @param regionCodes the region codes, not empty
     * @return a new arbitrary
     */
    public MonthArbitrary shape(int customers, int products, List<String> regionCodes) {
        if (customers < 1 || products < 1 || regionCodes.isEmpty()) {
            throw new InvalidValueException("A month needs at least one customer, product and region, was "
                    + customers + ", " + products + ", " + regionCodes);
        }
        return new MonthArbitrary(partner, cycle, calendar, currency, customers, products, regionCodes, maxLines,
                refundShare, adjustmentShare, maxAmount, hostileText);
    }

    /**
     * Sets how many lines a month has at most, and the shares of refunds and adjustments.
     *
     * @param maxLines the most lines, 0 or more
     * @param refundShare the share of refunds, 0 to 1
     * @param adjustmentShare the share of adjustments, 0 to 1 less the refund share
     * @return a new arbitrary
     */
    public MonthArbitrary mix(int maxLines, double refundShare, double adjustmentShare) {
        if (maxLines < 0 || refundShare < 0 || adjustmentShare < 0 || refundShare + adjustmentShare > 1) {
            throw new InvalidValueException("Month mix must have 0 or more lines and shares adding to at most 1, was "
                    + maxLines + ", " + refundShare + ", " + adjustmentShare);
        }
        return new MonthArbitrary(partner, cycle, calendar, currency, customers, products, regionCodes, maxLines,
                refundShare, adjustmentShare, maxAmount, hostileText);
    }

    /** @param maxAmount the largest line amount, positive @return a new arbitrary */
    public MonthArbitrary maxAmount(BigDecimal maxAmount) {
        if (maxAmount.signum() <= 0) {
            throw new InvalidValueException("Month max amount must be positive, was '" + maxAmount.toPlainString() + "'");
        }
        return new MonthArbitrary(partner, cycle, calendar, currency, customers, products, regionCodes, maxLines,
                refundShare, adjustmentShare, maxAmount, hostileText);
    }

    /**
     * Makes every text column and every customer, product and order id hostile to exporters and
     * spreadsheets: commas, quotes, line breaks, tabs, non-Latin text, and leading {@code =},
     * {@code +}, {@code -}, {@code @} (formula injection). For export and import round-trips.
     *
     * @return a new arbitrary
     */
    public MonthArbitrary hostileText() {
        return new MonthArbitrary(partner, cycle, calendar, currency, customers, products, regionCodes, maxLines,
                refundShare, adjustmentShare, maxAmount, true);
    }

    boolean isHostileText() {
        return hostileText;
    }

    PartnerId partner() {
        return partner;
    }

    BillCycle cycle() {
        return cycle;
    }

    BillingCalendar calendar() {
        return calendar;
    }

    CurrencyUnit currency() {
        return currency;
    }

    int customers() {
        return customers;
    }

    int products() {
        return products;
    }

    List<String> regionCodes() {
        return regionCodes;
    }

    double refundShare() {
        return refundShare;
    }

    double adjustmentShare() {
        return adjustmentShare;
    }

    BigDecimal maxAmount() {
        return maxAmount;
    }
}
