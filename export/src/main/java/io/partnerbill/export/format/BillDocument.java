package io.partnerbill.export.format;

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
        Builder b = builder();
        b.partner(bill.partner());
        b.cycle(bill.cycle());
        b.currency(bill.currency());
        b.rounding(bill.rounding());
        b.lineCount(bill.lineCount());
        b.expenditures(bill.expenditures());
        b.refunds(bill.refunds());
        b.adjustments(bill.adjustments());
        b.customerExpenditure(bill.customerExpenditure());
        b.netSettlement(bill.netSettlement());
        b.roundingResidue(bill.roundingResidue());
        b.couponsUsed(bill.couponsUsed());
        b.tax(bill.tax());
        b.amountDue(bill.amountDue());
        b.credit(bill.credit());
        b.products(byProduct.rows());
        b.othersRefunds(byProduct.othersRefunds());
        b.othersAdjustments(byProduct.othersAdjustments());
        b.productTotal(byProduct.total());
        b.productResidue(byProduct.residue());
        b.customers(byCustomer.rows());
        b.customerTotal(byCustomer.total());
        b.customerResidue(byCustomer.residue());
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

    /**
     * Starts a document from figures kept elsewhere (the JSON module reads one back this way);
     * {@link #of(MonthlyBill)} takes them from a computed bill.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the figures of a document; every one is required. Not thread-safe. */
    public static final class Builder {
        private @Nullable PartnerId partner;
        private @Nullable BillCycle cycle;
        private @Nullable CurrencyUnit currency;
        private @Nullable RoundingPolicy rounding;
        private long lineCount;
        private @Nullable MonetaryAmount expenditures;
        private @Nullable MonetaryAmount refunds;
        private @Nullable MonetaryAmount adjustments;
        private @Nullable MonetaryAmount customerExpenditure;
        private @Nullable MonetaryAmount netSettlement;
        private @Nullable MonetaryAmount roundingResidue;
        private @Nullable MonetaryAmount couponsUsed;
        private @Nullable TaxBreakdown tax;
        private @Nullable MonetaryAmount amountDue;
        private @Nullable MonetaryAmount credit;
        private @Nullable List<ProductSummary> products;
        private @Nullable MonetaryAmount othersRefunds;
        private @Nullable MonetaryAmount othersAdjustments;
        private @Nullable MonetaryAmount productTotal;
        private @Nullable MonetaryAmount productResidue;
        private @Nullable List<CustomerSummary> customers;
        private @Nullable MonetaryAmount customerTotal;
        private @Nullable MonetaryAmount customerResidue;

        private Builder() {
        }

        /** @param partner the partner, not null @return this builder */
        public Builder partner(PartnerId partner) {
            this.partner = Objects.requireNonNull(partner, "partner");
            return this;
        }

        /** @param cycle the cycle, not null @return this builder */
        public Builder cycle(BillCycle cycle) {
            this.cycle = Objects.requireNonNull(cycle, "cycle");
            return this;
        }

        /** @param currency the currency, not null @return this builder */
        public Builder currency(CurrencyUnit currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /** @param rounding the bill rounding, not null @return this builder */
        public Builder rounding(RoundingPolicy rounding) {
            this.rounding = Objects.requireNonNull(rounding, "rounding");
            return this;
        }

        /** @param lineCount the number of lines @return this builder */
        public Builder lineCount(long lineCount) {
            this.lineCount = lineCount;
            return this;
        }

        /** @param expenditures the expenditures, not null @return this builder */
        public Builder expenditures(MonetaryAmount expenditures) {
            this.expenditures = Objects.requireNonNull(expenditures, "expenditures");
            return this;
        }

        /** @param refunds the refunds, not null @return this builder */
        public Builder refunds(MonetaryAmount refunds) {
            this.refunds = Objects.requireNonNull(refunds, "refunds");
            return this;
        }

        /** @param adjustments the adjustments, not null @return this builder */
        public Builder adjustments(MonetaryAmount adjustments) {
            this.adjustments = Objects.requireNonNull(adjustments, "adjustments");
            return this;
        }

        /** @param customerExpenditure the customer expenditure, not null @return this builder */
        public Builder customerExpenditure(MonetaryAmount customerExpenditure) {
            this.customerExpenditure = Objects.requireNonNull(customerExpenditure, "customerExpenditure");
            return this;
        }

        /** @param netSettlement the net settlement, not null @return this builder */
        public Builder netSettlement(MonetaryAmount netSettlement) {
            this.netSettlement = Objects.requireNonNull(netSettlement, "netSettlement");
            return this;
        }

        /** @param roundingResidue the rounding residue, not null @return this builder */
        public Builder roundingResidue(MonetaryAmount roundingResidue) {
            this.roundingResidue = Objects.requireNonNull(roundingResidue, "roundingResidue");
            return this;
        }

        /** @param couponsUsed the coupons used, not null @return this builder */
        public Builder couponsUsed(MonetaryAmount couponsUsed) {
            this.couponsUsed = Objects.requireNonNull(couponsUsed, "couponsUsed");
            return this;
        }

        /** @param tax the tax breakdown, not null @return this builder */
        public Builder tax(TaxBreakdown tax) {
            this.tax = Objects.requireNonNull(tax, "tax");
            return this;
        }

        /** @param amountDue the amount due, not null @return this builder */
        public Builder amountDue(MonetaryAmount amountDue) {
            this.amountDue = Objects.requireNonNull(amountDue, "amountDue");
            return this;
        }

        /** @param credit the credit, not null @return this builder */
        public Builder credit(MonetaryAmount credit) {
            this.credit = Objects.requireNonNull(credit, "credit");
            return this;
        }

        /** @param products the rows by product, not null @return this builder */
        public Builder products(List<ProductSummary> products) {
            this.products = Objects.requireNonNull(products, "products");
            return this;
        }

        /** @param othersRefunds the others refunds, not null @return this builder */
        public Builder othersRefunds(MonetaryAmount othersRefunds) {
            this.othersRefunds = Objects.requireNonNull(othersRefunds, "othersRefunds");
            return this;
        }

        /** @param othersAdjustments the others adjustments, not null @return this builder */
        public Builder othersAdjustments(MonetaryAmount othersAdjustments) {
            this.othersAdjustments = Objects.requireNonNull(othersAdjustments, "othersAdjustments");
            return this;
        }

        /** @param productTotal the product total, not null @return this builder */
        public Builder productTotal(MonetaryAmount productTotal) {
            this.productTotal = Objects.requireNonNull(productTotal, "productTotal");
            return this;
        }

        /** @param productResidue the product residue, not null @return this builder */
        public Builder productResidue(MonetaryAmount productResidue) {
            this.productResidue = Objects.requireNonNull(productResidue, "productResidue");
            return this;
        }

        /** @param customers the rows by customer, not null @return this builder */
        public Builder customers(List<CustomerSummary> customers) {
            this.customers = Objects.requireNonNull(customers, "customers");
            return this;
        }

        /** @param customerTotal the customer total, not null @return this builder */
        public Builder customerTotal(MonetaryAmount customerTotal) {
            this.customerTotal = Objects.requireNonNull(customerTotal, "customerTotal");
            return this;
        }

        /** @param customerResidue the customer residue, not null @return this builder */
        public Builder customerResidue(MonetaryAmount customerResidue) {
            this.customerResidue = Objects.requireNonNull(customerResidue, "customerResidue");
            return this;
        }

        /**
         * Builds the document.
         *
         * @return the document, not null
         * @throws NullPointerException naming the first figure not given
         */
        public BillDocument build() {
            return new BillDocument(this);
        }
    }
}
