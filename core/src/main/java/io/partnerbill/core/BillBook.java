package io.partnerbill.core;

import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillEstimate;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.internal.Amounts;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The bills of a {@link PartnerBilling}: a partner's monthly bill computed from the stored
 * lines of a cycle, and the estimate of a running cycle.
 *
 * <p>This class is thread-safe.
 */
public final class BillBook {

    private final BillingStore store;
    private final BillingCalendar calendar;
    private final CurrencyUnit currency;
    private final MonthlyBillCalculator calculator;

    BillBook(BillingStore store, BillingCalendar calendar, CurrencyUnit currency, MonthlyBillCalculator calculator) {
        this.store = store;
        this.calendar = calendar;
        this.currency = currency;
        this.calculator = calculator;
    }

    /**
     * Computes a partner's bill of a cycle, with no cash coupons.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the bill, not null
     */
    public MonthlyBill calculate(PartnerId partner, BillCycle cycle) {
        return calculate(partner, cycle, Amounts.money(BigDecimal.ZERO, currency));
    }

    /**
     * Computes a partner's bill of a cycle, using cash coupons up to its net settlement.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param couponsAvailable the coupons the partner can use, zero or more, not null
     * @return the bill, not null
     */
    public MonthlyBill calculate(PartnerId partner, BillCycle cycle, MonetaryAmount couponsAvailable) {
        BillAccumulator acc = BillAccumulator.create(partner, cycle, currency);
        store.lines().scan(partner, cycle, acc::add);
        return calculator.calculate(acc, couponsAvailable);
    }

    /**
     * Computes the estimate of a partner's cycle as of the end of a day in the billing zone:
     * the cycle is the day's month, the lines those before the day's end; no tax, no coupons.
     *
     * @param partner the partner, not null
     * @param asOf the day, not null
     * @return the estimate, not null
     */
    public BillEstimate estimate(PartnerId partner, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        BillCycle cycle = BillCycle.of(java.time.YearMonth.from(asOf));
        Instant end = calendar.endOfDay(asOf);
        BillAccumulator acc = BillAccumulator.create(partner, cycle, currency);
        store.lines().scan(partner, cycle, line -> {
            if (line.transactionTime().isBefore(end)) {
                acc.add(line);
            }
        });
        return calculator.estimate(acc, asOf);
    }

    /** @return the calculator this book uses, not null */
    public MonthlyBillCalculator calculator() {
        return calculator;
    }
}
