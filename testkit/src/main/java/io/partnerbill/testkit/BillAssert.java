package io.partnerbill.testkit;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductBreakdown;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions of the invariants every partner bill keeps; each failure names the
 * invariant and the numbers that broke it. Obtain one with {@link BillingAssertions#assertThatBill}.
 */
public final class BillAssert extends AbstractAssert<BillAssert, MonthlyBill> {

    BillAssert(MonthlyBill actual) {
        super(actual, BillAssert.class);
    }

    private static BigDecimal dec(MonetaryAmount amount) {
        return ExactMoney.decimal(amount);
    }

    /** Shows a value with at least the currency's decimals: 132.00, 0.00000001. */
    private String show(BigDecimal value) {
        return ExactMoney.atCurrencyScale(value, actual.currency()).toPlainString();
    }

    private String show(MonetaryAmount amount) {
        return show(dec(amount));
    }

    /** Half a minor unit of the bill's rounding, times the number of rounded rows: the most a residue can be. */
    private BigDecimal residueBound(int rows) {
        int scale = actual.rounding().scaleFor(actual.currency());
        return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2)).multiply(BigDecimal.valueOf(rows));
    }

    /**
     * Checks that the bill is the bill of these lines: the exact net settlement is their sum;
     * the line count matches; the by-product rows (expenditure lines only), the Others group and
     * the residue add up to the net settlement; the by-customer rows and residue too.
     *
     * @param lines the lines the bill was computed from, not null
     * @return this assertion
     */
    public BillAssert reconcilesWith(Iterable<BillLine> lines) {
        isNotNull();
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        Map<String, BigDecimal> products = new HashMap<>();
        Map<String, BigDecimal> customerSums = new HashMap<>();
        for (BillLine line : lines) {
            sum = sum.add(line.settlementDecimal());
            count++;
            customerSums.merge(line.customer().value(), line.settlementDecimal(), BigDecimal::add);
            if (line.billType() == io.partnerbill.core.bill.BillType.EXPENDITURE) {
                products.merge(line.product().value(), line.settlementDecimal(), BigDecimal::add);
            }
        }
        BigDecimal net = dec(actual.unroundedNetSettlement());
        if (net.compareTo(sum) != 0) {
            failWithMessage("Invariant 'net settlement = sum of line settlements' broken: bill has %s, lines sum to %s",
                    show(net), show(sum));
        }
        if (actual.lineCount() != count) {
            failWithMessage("Invariant 'line count' broken: bill counts %s lines, %s were given", actual.lineCount(), count);
        }
        ProductBreakdown byProduct = actual.byProduct();
        BigDecimal shown = dec(byProduct.othersRefunds()).add(dec(byProduct.othersAdjustments())).add(dec(byProduct.residue()));
        for (ProductSummary row : byProduct.rows()) {
            shown = shown.add(dec(row.settlement()));
            BigDecimal exact = products.getOrDefault(row.product().value(), BigDecimal.ZERO);
            BigDecimal rounded = actual.rounding().round(exact, actual.currency());
            if (dec(row.settlement()).compareTo(rounded) != 0) {
                failWithMessage("Invariant 'product row = its rounded expenditure lines' broken for %s: row %s, lines %s",
                        row.product(), show(row.settlement()), show(rounded));
            }
        }
        if (byProduct.rows().size() != products.size()) {
            failWithMessage("Invariant 'a row per product with expenditure lines' broken: %s rows, %s products",
                    byProduct.rows().size(), products.size());
        }
        if (shown.compareTo(dec(actual.netSettlement())) != 0) {
            failWithMessage("Invariant 'by product + Others + residue = net settlement' broken: %s against %s",
                    show(shown), show(actual.netSettlement()));
        }
        BigDecimal productBound = residueBound(byProduct.rows().size() + 3);
        if (dec(byProduct.residue()).abs().compareTo(productBound) > 0) {
            failWithMessage("Invariant '|by-product residue| <= half a unit per rounded row' broken: residue %s, bound %s",
                    show(byProduct.residue()), productBound.toPlainString());
        }
        BigDecimal customers = dec(actual.byCustomer().residue());
        for (CustomerSummary row : actual.byCustomer().rows()) {
            customers = customers.add(dec(row.total()));
            BigDecimal rounded = actual.rounding().round(customerSums.getOrDefault(row.customer().value(), BigDecimal.ZERO),
                    actual.currency());
            if (dec(row.total()).compareTo(rounded) != 0) {
                failWithMessage("Invariant 'customer row = its rounded lines' broken for %s: row %s, lines %s",
                        row.customer(), show(row.total()), show(rounded));
            }
        }
        if (actual.byCustomer().rows().size() != customerSums.size()) {
            failWithMessage("Invariant 'a row per customer with lines' broken: %s rows, %s customers",
                    actual.byCustomer().rows().size(), customerSums.size());
        }
        if (customers.compareTo(dec(actual.netSettlement())) != 0) {
            failWithMessage("Invariant 'by customer + residue = net settlement' broken: %s against %s",
                    show(customers), show(actual.netSettlement()));
        }
        BigDecimal customerBound = residueBound(actual.byCustomer().rows().size() + 1);
        if (dec(actual.byCustomer().residue()).abs().compareTo(customerBound) > 0) {
            failWithMessage("Invariant '|by-customer residue| <= half a unit per rounded row' broken: residue %s, bound %s",
                    show(actual.byCustomer().residue()), customerBound.toPlainString());
        }
        return this;
    }

    /**
     * Checks that the amount due is zero or more.
     *
     * @return this assertion
     */
    public BillAssert hasNonNegativeAmountDue() {
        isNotNull();
        if (dec(actual.amountDue()).signum() < 0) {
            failWithMessage("Invariant 'amount due >= 0' broken: amount due %s (net %s, coupons %s, tax %s)",
                    show(actual.amountDue()), show(actual.netSettlement()), show(actual.couponsUsed()),
                    show(actual.tax().total()));
        }
        return this;
    }

    /**
     * Checks {@code amountDue = max(0, net - coupons + tax)}, coupons within {@code [0, max(net, 0)]}
     * and no tax on a net of zero or less.
     *
     * @return this assertion
     */
    public BillAssert followsTheAmountDueFormula() {
        isNotNull();
        BigDecimal net = dec(actual.netSettlement());
        BigDecimal coupons = dec(actual.couponsUsed());
        BigDecimal tax = dec(actual.tax().total());
        if (coupons.signum() < 0 || coupons.compareTo(net.max(BigDecimal.ZERO)) > 0) {
            failWithMessage("Invariant '0 <= coupons used <= net settlement' broken: coupons %s, net %s",
                    show(coupons), show(net));
        }
        if (net.signum() <= 0 && tax.signum() != 0) {
            failWithMessage("Invariant 'no tax on a net settlement <= 0' broken: tax %s on net %s", show(tax), show(net));
        }
        BigDecimal expected = net.subtract(coupons).add(tax).max(BigDecimal.ZERO);
        if (dec(actual.amountDue()).compareTo(expected) != 0) {
            failWithMessage("Invariant 'amount due = max(0, net - coupons + tax)' broken: amount due %s, expected %s"
                    + " (net %s, coupons %s, tax %s)", show(actual.amountDue()), show(expected), show(net), show(coupons),
                    show(tax));
        }
        return this;
    }
}
