package io.partnerbill.export;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.CustomerBreakdown;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductBreakdown;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a {@link MonthlyBill} as an export shows them: the summary (expenditures,
 * refunds, adjustments, net settlement, rounding residue, coupons, tax, amount due, credit),
 * the bill by product over all regions (with its "Others" group and residue) and the bill by
 * customer (with its residue).
 *
 * <p>A {@code MonthlyBill} can only be computed from lines, so this is the value that an
 * exported bill reads back into: {@code BillDocument.of(bill)} equals the document read from
 * that bill's JSON export. Amounts are compared with their scale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillDocument {

    private final PartnerId partner;
    private final BillCycle cycle;
    private final CurrencyUnit currency;
    private final RoundingPolicy rounding;
    private final long lineCount;
    private final MonetaryAmount expenditures;
    private final MonetaryAmount refunds;
    private final MonetaryAmount adjustments;
    private final MonetaryAmount customerExpenditure;
    private final MonetaryAmount netSettlement;
    private final MonetaryAmount roundingResidue;
    private final MonetaryAmount couponsUsed;
    private final TaxBreakdown tax;
    private final MonetaryAmount amountDue;
    private final MonetaryAmount credit;
    private final List<ProductSummary> products;
    private final MonetaryAmount othersRefunds;
    private final MonetaryAmount othersAdjustments;
    private final MonetaryAmount productTotal;
    private final MonetaryAmount productResidue;
    private final List<CustomerSummary> customers;
    private final MonetaryAmount customerTotal;
    private final MonetaryAmount customerResidue;

    private BillDocument(Builder b) {
        partner = Objects.requireNonNull(b.partner, "partner");
        cycle = Objects.requireNonNull(b.cycle, "cycle");
        currency = Objects.requireNonNull(b.currency, "currency");
        rounding = Objects.requireNonNull(b.rounding, "rounding");
        lineCount = b.lineCount;
        expenditures = Objects.requireNonNull(b.expenditures, "expenditures");
        refunds = Objects.requireNonNull(b.refunds, "refunds");
        adjustments = Objects.requireNonNull(b.adjustments, "adjustments");
        customerExpenditure = Objects.requireNonNull(b.customerExpenditure, "customerExpenditure");
        netSettlement = Objects.requireNonNull(b.netSettlement, "netSettlement");
        roundingResidue = Objects.requireNonNull(b.roundingResidue, "roundingResidue");
        couponsUsed = Objects.requireNonNull(b.couponsUsed, "couponsUsed");
        tax = Objects.requireNonNull(b.tax, "tax");
        amountDue = Objects.requireNonNull(b.amountDue, "amountDue");
        credit = Objects.requireNonNull(b.credit, "credit");
        products = List.copyOf(Objects.requireNonNull(b.products, "products"));
        othersRefunds = Objects.requireNonNull(b.othersRefunds, "othersRefunds");
        othersAdjustments = Objects.requireNonNull(b.othersAdjustments, "othersAdjustments");
        productTotal = Objects.requireNonNull(b.productTotal, "productTotal");
        productResidue = Objects.requireNonNull(b.productResidue, "productResidue");
        customers = List.copyOf(Objects.requireNonNull(b.customers, "customers"));
        customerTotal = Objects.requireNonNull(b.customerTotal, "customerTotal");
        customerResidue = Objects.requireNonNull(b.customerResidue, "customerResidue");
    }

    /**
     * Takes the figures of a bill.
     *
     * @param bill the bill, not null
     * @return the document, not null
     */
    public static BillDocument of(MonthlyBill bill) {
        Objects.requireNonNull(bill, "bill");
        ProductBreakdown byProduct = bill.byProduct();
        CustomerBreakdown byCustomer = bill.byCustomer();
        Builder b = new Builder();
        b.partner = bill.partner();
        b.cycle = bill.cycle();
        b.currency = bill.currency();
        b.rounding = bill.rounding();
        b.lineCount = bill.lineCount();
        b.expenditures = bill.expenditures();
        b.refunds = bill.refunds();
        b.adjustments = bill.adjustments();
        b.customerExpenditure = bill.customerExpenditure();
        b.netSettlement = bill.netSettlement();
        b.roundingResidue = bill.roundingResidue();
        b.couponsUsed = bill.couponsUsed();
        b.tax = bill.tax();
        b.amountDue = bill.amountDue();
        b.credit = bill.credit();
        b.products = byProduct.rows();
        b.othersRefunds = byProduct.othersRefunds();
        b.othersAdjustments = byProduct.othersAdjustments();
        b.productTotal = byProduct.total();
        b.productResidue = byProduct.residue();
        b.customers = byCustomer.rows();
        b.customerTotal = byCustomer.total();
        b.customerResidue = byCustomer.residue();
        return b.build();
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the bill's currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return how the bill's totals were rounded, not null */
    public RoundingPolicy rounding() {
        return rounding;
    }

    /** @return how many lines the bill sums */
    public long lineCount() {
        return lineCount;
    }

    /** @return the settlement of the expenditure lines, rounded, not null */
    public MonetaryAmount expenditures() {
        return expenditures;
    }

    /** @return the settlement of the refund lines, rounded, not null */
    public MonetaryAmount refunds() {
        return refunds;
    }

    /** @return the settlement of the adjustment lines, rounded, not null */
    public MonetaryAmount adjustments() {
        return adjustments;
    }

    /** @return the customers' list expenditure over all lines, rounded, not null */
    public MonetaryAmount customerExpenditure() {
        return customerExpenditure;
    }

    /** @return the net settlement, rounded, not null */
    public MonetaryAmount netSettlement() {
        return netSettlement;
    }

    /** @return what rounding the net settlement added, not null */
    public MonetaryAmount roundingResidue() {
        return roundingResidue;
    }

    /** @return the cash coupons used, not null */
    public MonetaryAmount couponsUsed() {
        return couponsUsed;
    }

    /** @return the tax components, not null */
    public TaxBreakdown tax() {
        return tax;
    }

    /** @return the amount due, not null */
    public MonetaryAmount amountDue() {
        return amountDue;
    }

    /** @return the credit of a negative bill, or zero, not null */
    public MonetaryAmount credit() {
        return credit;
    }

    /** @return the by-product rows over all regions, in product id order, not null */
    public List<ProductSummary> products() {
        return products;
    }

    /** @return the refunds of the by-product view's "Others" group, not null */
    public MonetaryAmount othersRefunds() {
        return othersRefunds;
    }

    /** @return the adjustments of the by-product view's "Others" group, not null */
    public MonetaryAmount othersAdjustments() {
        return othersAdjustments;
    }

    /** @return the by-product view's total, not null */
    public MonetaryAmount productTotal() {
        return productTotal;
    }

    /** @return the by-product view's residue (total minus what the rows show), not null */
    public MonetaryAmount productResidue() {
        return productResidue;
    }

    /** @return the by-customer rows, in customer id order, not null */
    public List<CustomerSummary> customers() {
        return customers;
    }

    /** @return the by-customer view's total, not null */
    public MonetaryAmount customerTotal() {
        return customerTotal;
    }

    /** @return the by-customer view's residue, not null */
    public MonetaryAmount customerResidue() {
        return customerResidue;
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof BillDocument)) {
            return false;
        }
        BillDocument o = (BillDocument) obj;
        return o.partner.equals(partner) && o.cycle.equals(cycle)
                && o.currency.getCurrencyCode().equals(currency.getCurrencyCode()) && o.rounding.equals(rounding)
                && o.lineCount == lineCount && ExactMoney.same(o.expenditures, expenditures)
                && ExactMoney.same(o.refunds, refunds) && ExactMoney.same(o.adjustments, adjustments)
                && ExactMoney.same(o.customerExpenditure, customerExpenditure)
                && ExactMoney.same(o.netSettlement, netSettlement)
                && ExactMoney.same(o.roundingResidue, roundingResidue)
                && ExactMoney.same(o.couponsUsed, couponsUsed) && o.tax.equals(tax)
                && ExactMoney.same(o.amountDue, amountDue) && ExactMoney.same(o.credit, credit)
                && o.products.equals(products) && ExactMoney.same(o.othersRefunds, othersRefunds)
                && ExactMoney.same(o.othersAdjustments, othersAdjustments)
                && ExactMoney.same(o.productTotal, productTotal) && ExactMoney.same(o.productResidue, productResidue)
                && o.customers.equals(customers) && ExactMoney.same(o.customerTotal, customerTotal)
                && ExactMoney.same(o.customerResidue, customerResidue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partner, cycle, lineCount, ExactMoney.hash(netSettlement));
    }

    @Override
    public String toString() {
        return "BillDocument[" + partner + " " + cycle + ", " + lineCount + " lines, net "
                + ExactMoney.plainText(netSettlement) + ", due " + ExactMoney.plainText(amountDue) + ", "
                + products.size() + " products, " + customers.size() + " customers]";
    }

    /** Collects the fields of a document read back from an export. */
    static final class Builder {
        @Nullable PartnerId partner;
        @Nullable BillCycle cycle;
        @Nullable CurrencyUnit currency;
        @Nullable RoundingPolicy rounding;
        long lineCount;
        @Nullable MonetaryAmount expenditures;
        @Nullable MonetaryAmount refunds;
        @Nullable MonetaryAmount adjustments;
        @Nullable MonetaryAmount customerExpenditure;
        @Nullable MonetaryAmount netSettlement;
        @Nullable MonetaryAmount roundingResidue;
        @Nullable MonetaryAmount couponsUsed;
        @Nullable TaxBreakdown tax;
        @Nullable MonetaryAmount amountDue;
        @Nullable MonetaryAmount credit;
        @Nullable List<ProductSummary> products;
        @Nullable MonetaryAmount othersRefunds;
        @Nullable MonetaryAmount othersAdjustments;
        @Nullable MonetaryAmount productTotal;
        @Nullable MonetaryAmount productResidue;
        @Nullable List<CustomerSummary> customers;
        @Nullable MonetaryAmount customerTotal;
        @Nullable MonetaryAmount customerResidue;

        BillDocument build() {
            return new BillDocument(this);
        }
    }
}
