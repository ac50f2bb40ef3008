package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.core.tax.TaxRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Computes a {@link MonthlyBill} from a cycle's lines, the cash coupons available and a
 * {@link TaxPolicy}; and a {@link BillEstimate} for a running cycle.
 *
 * <p>Tax rates are those in force on the cycle's issue date in the billing calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthlyBillCalculator {

    private final TaxPolicy taxPolicy;
    private final BillingCalendar calendar;
    private final RoundingPolicy rounding;

    private MonthlyBillCalculator(TaxPolicy taxPolicy, BillingCalendar calendar, RoundingPolicy rounding) {
        this.taxPolicy = taxPolicy;
        this.calendar = calendar;
        this.rounding = rounding;
    }

    /**
     * Obtains a calculator.
     *
     * @param taxPolicy the tax policy, not null
     * @param calendar the billing calendar, whose issue date is the tax date, not null
     * @param rounding how bill totals round, usually {@link RoundingPolicy#BILL_TOTAL}, not null
     * @return the calculator, not null
     */
    public static MonthlyBillCalculator of(TaxPolicy taxPolicy, BillingCalendar calendar, RoundingPolicy rounding) {
        return new MonthlyBillCalculator(Objects.requireNonNull(taxPolicy, "taxPolicy"),
                Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(rounding, "rounding"));
    }

    /**
     * Computes the bill of some lines.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param currency the bill currency, not null
     * @param lines the cycle's lines, all of that partner, cycle and currency, not null
     * @param couponsAvailable the cash coupons the partner can use, zero or more, not null
     * @return the bill, not null
     */
    public MonthlyBill calculate(PartnerId partner, BillCycle cycle, CurrencyUnit currency, Iterable<BillLine> lines,
            MonetaryAmount couponsAvailable) {
        return calculate(BillAccumulator.create(partner, cycle, currency).addAll(lines), couponsAvailable);
    }

    /**
     * Computes the bill of an accumulator's lines.
     *
     * @param lines the summed lines, not null
     * @param couponsAvailable the cash coupons the partner can use, zero or more, in the bill currency, not null
     * @return the bill, not null
     * @throws InvalidValueException if the coupons are negative
     * @throws io.partnerbill.core.CurrencyMismatchException if the coupons are in another currency
     */
    public MonthlyBill calculate(BillAccumulator lines, MonetaryAmount couponsAvailable) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(couponsAvailable, "couponsAvailable");
        CurrencyUnit currency = lines.currency();
        ExactMoney.requireCurrency(currency, couponsAvailable.getCurrency(), "Coupons available");
        BigDecimal available = ExactMoney.decimal(couponsAvailable);
        if (available.signum() < 0) {
            throw new InvalidValueException("Coupons available must not be negative, was '" + ExactMoney.format(couponsAvailable) + "'");
        }
        Totals totals = Totals.of(lines);
        BigDecimal net = rounding.round(totals.netSettlement(), currency);
        BigDecimal coupons = available.min(net.max(BigDecimal.ZERO));
        MonetaryAmount couponsUsed = ExactMoney.monetary(rounding.round(coupons, currency), currency);
        TaxBreakdown tax = net.signum() > 0
                ? tax(new TaxRequest(totals.partner(), totals.cycle(), ExactMoney.monetary(net, currency),
                        taxDate(totals.cycle())))
                : TaxBreakdown.none(currency);
        return new MonthlyBill(totals, rounding, couponsUsed, tax);
    }

    /**
     * Rebuilds an issued bill from its (immutable) lines and the coupons and tax recorded when
     * it was issued, so that a store can keep only those two and the lines. Unlike
     * {@link #calculate}, this never calls the tax policy: rates may have changed since.
     *
     * @param lines the summed lines of the issued cycle, not null
     * @param couponsUsed the coupons the bill used, not null
     * @param tax the tax breakdown the bill was issued with, not null
     * @return the bill, equal to the one issued, not null
     */
    public MonthlyBill restore(BillAccumulator lines, MonetaryAmount couponsUsed, TaxBreakdown tax) {
        Objects.requireNonNull(lines, "lines");
        ExactMoney.requireCurrency(lines.currency(), couponsUsed.getCurrency(), "Coupons used");
        return new MonthlyBill(Totals.of(lines), rounding, couponsUsed, checked(tax, lines.currency()));
    }

    /**
     * Computes the estimate of a running cycle from the lines up to the end of a day; the
     * caller passes only those lines. No tax is charged and no coupon is used.
     *
     * @param lines the summed lines up to the end of {@code asOf}, not null
     * @param asOf the day, not null
     * @return the estimate, not null
     */
    public BillEstimate estimate(BillAccumulator lines, LocalDate asOf) {
        Totals totals = Totals.of(Objects.requireNonNull(lines, "lines"));
        MonetaryAmount zero = ExactMoney.monetary(BigDecimal.ZERO, lines.currency());
        return new BillEstimate(asOf, new MonthlyBill(totals, rounding, zero, TaxBreakdown.none(lines.currency())));
    }

    /**
     * Returns the date whose tax rates apply to a cycle: its issue date in the billing zone.
     *
     * @param cycle the cycle, not null
     * @return the tax date, not null
     */
    public LocalDate taxDate(BillCycle cycle) {
        return LocalDate.ofInstant(calendar.issueInstant(cycle), calendar.zone());
    }

    /**
     * Asks the tax policy for a request's tax and checks its answer: in the base's currency and
     * without a negative component. Bills and customer statements are taxed through here.
     *
     * @param request the request, not null
     * @return the policy's breakdown, not null
     * @throws NullPointerException if the policy returned null
     * @throws io.partnerbill.core.CurrencyMismatchException if the policy answered in another currency
     * @throws PartnerBillingException if the policy returned a negative component
     */
    public TaxBreakdown tax(TaxRequest request) {
        Objects.requireNonNull(request, "request");
        return checked(taxPolicy.tax(request), request.base().getCurrency());
    }

    private static TaxBreakdown checked(TaxBreakdown tax, CurrencyUnit currency) {
        Objects.requireNonNull(tax, "tax policy returned null");
        ExactMoney.requireCurrency(currency, tax.currency(), "Tax breakdown");
        for (TaxComponent c : tax.components()) {
            if (ExactMoney.decimal(c.amount()).signum() < 0) {
                throw new PartnerBillingException("Tax policy returned a negative component '" + c + "'");
            }
        }
        return tax;
    }

    @Override
    public String toString() {
        return "MonthlyBillCalculator[" + taxPolicy + ", " + calendar + ", " + rounding + "]";
    }
}
