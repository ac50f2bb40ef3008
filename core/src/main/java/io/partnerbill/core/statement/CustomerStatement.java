package io.partnerbill.core.statement;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A customer's cycle at the customer's price: the reseller's statement to its customer.
 *
 * <p>{@code subtotal} is the exact sum of the lines' customer amounts, rounded once by the
 * statement's {@link RoundingPolicy} ({@link #roundingResidue()} shows that step). The reseller's
 * tax is charged on the subtotal, and is zero when the subtotal is zero or negative.
 * {@code total = subtotal + tax}; {@code amountDue = max(0, total)}; a negative month reports
 * its surplus as {@link #credit()} (as a partner bill does under ZERO_DUE).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CustomerStatement {

    private final PartnerId reseller;
    private final CustomerId customer;
    private final BillCycle cycle;
    private final CurrencyUnit currency;
    private final RoundingPolicy rounding;
    private final List<StatementLine> lines;
    private final TaxBreakdown tax;
    private final BigDecimal exact;

    private CustomerStatement(PartnerId reseller, CustomerId customer, BillCycle cycle, CurrencyUnit currency,
            RoundingPolicy rounding, List<StatementLine> lines, TaxBreakdown tax) {
        this.reseller = Objects.requireNonNull(reseller, "reseller");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.lines = List.copyOf(lines);
        this.tax = Objects.requireNonNull(tax, "tax");
        ExactMoney.requireCurrency(currency, tax.currency(), "Tax of the statement of customer '" + customer + "'");
        BigDecimal sum = BigDecimal.ZERO.setScale(ExactMoney.LINE_SCALE);
        for (StatementLine l : this.lines) {
            if (!l.line().customer().equals(customer) || !l.line().partner().equals(reseller) || !l.line().cycle().equals(cycle)) {
                throw new io.partnerbill.core.CycleMismatchException("Line '" + l.orderId() + "' of customer '"
                        + l.line().customer() + "' cannot be on the " + cycle + " statement of customer '" + customer + "'");
            }
            ExactMoney.requireCurrency(currency, l.customerAmount().getCurrency(), "Line '" + l.orderId() + "'");
            sum = sum.add(l.customerDecimal());
        }
        this.exact = sum;
    }

    /**
     * Obtains a statement.
     *
     * @param reseller the reseller who bills, not null
     * @param customer the customer billed, not null
     * @param cycle the cycle, not null
     * @param currency the currency, not null
     * @param rounding how the subtotal rounds, not null
     * @param lines the customer's lines of the cycle at its price, not null
     * @param tax the reseller's tax on the subtotal, not null
     * @return the statement, not null
     * @throws io.partnerbill.core.CycleMismatchException if a line is of another customer, reseller or cycle
     */
    public static CustomerStatement of(PartnerId reseller, CustomerId customer, BillCycle cycle, CurrencyUnit currency,
            RoundingPolicy rounding, List<StatementLine> lines, TaxBreakdown tax) {
        return new CustomerStatement(reseller, customer, cycle, currency, rounding, lines, tax);
    }

    /**
     * Returns the same statement with another tax breakdown.
     *
     * @param tax the tax, not null
     * @return the new statement, not null
     */
    public CustomerStatement withTax(TaxBreakdown tax) {
        return new CustomerStatement(reseller, customer, cycle, currency, rounding, lines, tax);
    }

    private MonetaryAmount money(BigDecimal value) {
        return ExactMoney.monetary(value, currency);
    }

    private BigDecimal sumOf(BillType type) {
        BigDecimal sum = BigDecimal.ZERO.setScale(ExactMoney.LINE_SCALE);
        for (StatementLine l : lines) {
            if (l.billType() == type) {
                sum = sum.add(l.customerDecimal());
            }
        }
        return sum;
    }

    /** @return the reseller, not null */
    public PartnerId reseller() {
        return reseller;
    }

    /** @return the customer, not null */
    public CustomerId customer() {
        return customer;
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return how the subtotal rounds, not null */
    public RoundingPolicy rounding() {
        return rounding;
    }

    /** @return the lines at the customer's price, in the order they were appended, not null */
    public List<StatementLine> lines() {
        return lines;
    }

    /** @return the expenditures at the customer's price, exact, not null */
    public MonetaryAmount expenditures() {
        return money(sumOf(BillType.EXPENDITURE));
    }

    /** @return the refunds at the price they were sold at, exact (zero or negative), not null */
    public MonetaryAmount refunds() {
        return money(sumOf(BillType.REFUND));
    }

    /** @return the adjustments at the customer's price, exact, not null */
    public MonetaryAmount adjustments() {
        return money(sumOf(BillType.ADJUSTMENT));
    }

    /** @return the exact sum of the lines' customer amounts, at scale 8, not null */
    public MonetaryAmount unroundedSubtotal() {
        return money(exact);
    }

    /** @return the subtotal: the exact sum rounded once, not null */
    public MonetaryAmount subtotal() {
        return money(rounding.round(exact, currency));
    }

    /** @return the rounded subtotal minus the exact one, not null */
    public MonetaryAmount roundingResidue() {
        return money(rounding.round(exact, currency).subtract(exact));
    }

    /** @return the reseller's tax on the subtotal, not null */
    public TaxBreakdown tax() {
        return tax;
    }

    /** @return subtotal + tax (negative in a negative month), not null */
    public MonetaryAmount total() {
        return money(rounding.round(exact, currency).add(ExactMoney.decimal(tax.total())));
    }

    /** @return {@code max(0, total)}, not null */
    public MonetaryAmount amountDue() {
        BigDecimal total = ExactMoney.decimal(total());
        return money(total.max(BigDecimal.ZERO.setScale(total.scale())));
    }

    /** @return the surplus of a negative month (minus its subtotal), or zero, not null */
    public MonetaryAmount credit() {
        BigDecimal sub = rounding.round(exact, currency);
        return money(sub.signum() < 0 ? sub.negate() : BigDecimal.ZERO.setScale(sub.scale()));
    }

    /** @return the settlement the reseller pays the operator for these lines, exact, not null */
    public MonetaryAmount settlementCost() {
        BigDecimal sum = BigDecimal.ZERO.setScale(ExactMoney.LINE_SCALE);
        for (StatementLine l : lines) {
            sum = sum.add(l.line().settlementDecimal());
        }
        return money(sum);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CustomerStatement o && o.reseller.equals(reseller) && o.customer.equals(customer)
                && o.cycle.equals(cycle) && o.currency.equals(currency) && o.rounding.equals(rounding)
                && o.lines.equals(lines) && o.tax.equals(tax);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reseller, customer, cycle, lines.size());
    }

    @Override
    public String toString() {
        return "CustomerStatement[" + reseller + " -> " + customer + " " + cycle + ", " + lines.size() + " lines, subtotal "
                + ExactMoney.format(subtotal()) + ", tax " + ExactMoney.format(tax.total()) + ", total " + ExactMoney.format(total()) + "]";
    }
}
