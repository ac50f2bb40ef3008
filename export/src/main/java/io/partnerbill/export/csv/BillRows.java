package io.partnerbill.export.csv;

import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.NameDirectory;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a bill as a table, shared by the CSV and XLSX formats: section "Summary"
 * (customer expenditure, expenditures, refunds, adjustments, net settlement with the line
 * count, rounding residue, coupons used, one row per tax component, tax, amount due, credit),
 * section "By product" (a row per product, the "Others" refunds and adjustments, total,
 * residue) and section "By customer" (a row per customer, total, residue).
 */
public final class BillRows {
    private final BillDocument bill;
    private final NameDirectory names;

    public BillRows(BillDocument bill, NameDirectory names) {
        this.bill = bill;
        this.names = names;
    }

    /** One row: -1 lines means the Lines cell is empty; null amounts are empty cells. */
    public record Row(String section, String item, String name, @Nullable MonetaryAmount customerExpenditure,
            @Nullable MonetaryAmount amount, long lines) {
    }

    public List<Row> summary() {
        ArrayList<Row> rows = new ArrayList<>();
        String s = "Summary";
        rows.add(new Row(s, "Customer Expenditure", "", bill.customerExpenditure(), null, -1));
        rows.add(new Row(s, "Expenditures", "", null, bill.expenditures(), -1));
        rows.add(new Row(s, "Refunds", "", null, bill.refunds(), -1));
        rows.add(new Row(s, "Adjustments", "", null, bill.adjustments(), -1));
        rows.add(new Row(s, "Net Settlement", "", null, bill.netSettlement(), bill.lineCount()));
        rows.add(new Row(s, "Rounding Residue", "", null, bill.roundingResidue(), -1));
        rows.add(new Row(s, "Coupons Used", "", null, bill.couponsUsed(), -1));
        for (TaxComponent c : bill.tax().components()) {
            rows.add(new Row(s, "Tax " + c.name(), c.ratePercent().toPlainString() + "%"
                    + c.zeroRatingReason().map(r -> " (" + r + ")").orElse(""), c.base(), c.amount(), -1));
        }
        rows.add(new Row(s, "Tax", "", null, bill.tax().total(), -1));
        rows.add(new Row(s, "Amount Due", "", null, bill.amountDue(), -1));
        rows.add(new Row(s, "Credit", "", null, bill.credit(), -1));
        return rows;
    }

    public List<Row> byProduct() {
        ArrayList<Row> rows = new ArrayList<>();
        String s = "By product";
        for (ProductSummary p : bill.products()) {
            rows.add(new Row(s, p.product().value(), p.productName(), p.customerExpenditure(), p.settlement(), -1));
        }
        rows.add(new Row(s, "Others: Refunds", "", null, bill.othersRefunds(), -1));
        rows.add(new Row(s, "Others: Adjustments", "", null, bill.othersAdjustments(), -1));
        rows.add(new Row(s, "Total", "", null, bill.productTotal(), -1));
        rows.add(new Row(s, "Residue", "", null, bill.productResidue(), -1));
        return rows;
    }

    public List<Row> byCustomer() {
        ArrayList<Row> rows = new ArrayList<>();
        String s = "By customer";
        for (CustomerSummary c : bill.customers()) {
            rows.add(new Row(s, c.customer().value(), names.customerName(c.customer()).orElse(""), null, c.total(),
                    c.lineCount()));
        }
        rows.add(new Row(s, "Total", "", null, bill.customerTotal(), -1));
        rows.add(new Row(s, "Residue", "", null, bill.customerResidue(), -1));
        return rows;
    }

    public List<Row> rows() {
        ArrayList<Row> rows = new ArrayList<>(summary());
        rows.addAll(byProduct());
        rows.addAll(byCustomer());
        return rows;
    }
}
