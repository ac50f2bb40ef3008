package io.partnerbill.cli;

import io.partnerbill.core.AmountFormat;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductBreakdown;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.format.DisplayText;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.money.MonetaryAmount;

/**
 * Prints a monthly bill as a readable summary. Every text from outside (ids, product and customer
 * names) goes through {@link DisplayText}: control and bidi characters show as U+FFFD, and the
 * label column is padded by display width (CJK takes two columns), cut with an ellipsis when wider.
 */
final class BillReport {

    private BillReport() {
    }

    static String money(MonetaryAmount amount) {
        return AmountFormat.grouped().format(amount);
    }

    private static final int LABEL_COLUMNS = 34;

    private static void row(PrintWriter out, String label, MonetaryAmount amount) {
        row(out, label, money(amount));
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "  %s %22s%n", DisplayText.padRight(label, LABEL_COLUMNS), value);
    }

    static void print(PrintWriter out, MonthlyBill bill, Function<String, String> customerNames, int topProducts) {
        out.printf(Locale.ROOT, "Bill of partner %s for %s (%,d lines)%n", DisplayText.fit(bill.partner().value(), 80),
                bill.cycle(), bill.lineCount());
        row(out, "Expenditures", bill.expenditures());
        row(out, "Refunds", bill.refunds());
        row(out, "Adjustments", bill.adjustments());
        row(out, "Settlement amount", bill.netSettlement());
        row(out, "Cash coupons used", bill.couponsUsed().negate());
        for (TaxComponent c : bill.tax().components()) {
            row(out, c.name() + " " + c.ratePercent().stripTrailingZeros().toPlainString() + "%"
                    + c.zeroRatingReason().map(r -> " (" + r + ")").orElse(""), c.amount());
        }
        row(out, "Amount due", bill.amountDue());
        if (bill.isNegative()) {
            row(out, "Credit (refunds exceed expenditures)", bill.credit());
        }
        row(out, "Rounding residue", bill.roundingResidue().getNumber().numberValue(BigDecimal.class).toPlainString());
        out.println();
        ProductBreakdown products = bill.byProduct();
        List<ProductSummary> top = products.rows().stream()
                .sorted(Comparator.comparing((ProductSummary p) -> p.settlement().getNumber().numberValue(BigDecimal.class))
                        .reversed())
                .limit(topProducts).toList();
        out.println("Top products by settlement:");
        for (ProductSummary p : top) {
            row(out, p.productName(), p.settlement());
        }
        row(out, "Others (refunds and adjustments)", products.othersTotal());
        out.println();
        out.println("By customer:");
        for (CustomerSummary c : bill.byCustomer().rows()) {
            row(out, customerNames.apply(c.customer().value()) + " (" + c.lineCount() + ")", c.total());
        }
        row(out, "Rounding residue of the rows", bill.byCustomer().residue());
    }
}
