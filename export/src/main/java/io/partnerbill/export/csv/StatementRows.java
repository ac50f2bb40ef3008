package io.partnerbill.export.csv;

import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.core.pricing.MarginRow;
import io.partnerbill.core.statement.CustomerStatement;
import io.partnerbill.core.statement.StatementLine;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.format.StatementDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The tabular layouts of customer statements and margin reports, shared by the CSV and XLSX
 * exporters: each row is a list of cells, text as {@code String}, amounts as {@code BigDecimal}
 * (exact, at least the currency's fraction digits), absent cells as "".
 */
public final class StatementRows {

    public static final List<String> STATEMENT_COLUMNS = List.of("Statement Number", "Status", "Partner ID", "Customer ID",
            "Billing Cycle", "Row", "Order ID", "Original Order ID", "Bill Type", "Product ID", "Product Name",
            "Transaction Time", "Customer Expenditure", "Customer Amount", "Price Rule", "Currency");

    public static final List<String> MARGIN_COLUMNS = List.of("Partner ID", "Billing Cycle", "View", "Key", "Revenue",
            "Settlement Cost", "Margin", "Margin %", "Lines", "Currency");

    private StatementRows() {
    }

    public static Object amount(MonetaryAmount amount) {
        return ExactMoney.atCurrencyScale(amount);
    }

    /** One row per line, then SUBTOTAL, ROUNDING RESIDUE, one TAX row per component, TOTAL and AMOUNT DUE. */
    public static List<List<Object>> statement(StatementDocument doc) {
        CustomerStatement st = doc.statement();
        String currency = st.currency().getCurrencyCode();
        List<List<Object>> rows = new ArrayList<>();
        for (StatementLine l : st.lines()) {
            rows.add(head(doc, "LINE", l.orderId().value(), l.originalOrderId().map(Object::toString).orElse(""),
                    l.billType().label(), l.product().value(), l.line().productName(), l.line().transactionTime().toString(),
                    amount(l.listAmount()), amount(l.customerAmount()), l.rule().map(Object::toString).orElse(""), currency));
        }
        rows.add(summary(doc, "SUBTOTAL", st.subtotal(), ""));
        rows.add(summary(doc, "ROUNDING RESIDUE", st.roundingResidue(), ""));
        for (TaxComponent c : st.tax().components()) {
            rows.add(summary(doc, "TAX " + c.name(), c.amount(), c.ratePercent().toPlainString() + "%"
                    + c.zeroRatingReason().map(r -> " (" + r + ")").orElse("")));
        }
        rows.add(summary(doc, "TOTAL", st.total(), ""));
        rows.add(summary(doc, "AMOUNT DUE", st.amountDue(), ""));
        return rows;
    }

    private static List<Object> summary(StatementDocument doc, String row, MonetaryAmount amount, String note) {
        return head(doc, row, "", "", "", "", "", "", "", amount(amount), note, amount.getCurrency().getCurrencyCode());
    }

    private static List<Object> head(StatementDocument doc, String row, Object... rest) {
        CustomerStatement st = doc.statement();
        List<Object> cells = new ArrayList<>(List.of(doc.number(), doc.status(), st.reseller().value(),
                st.customer().value(), st.cycle().toString(), row));
        cells.addAll(List.of(rest));
        return cells;
    }

    /** CUSTOMER rows, PRODUCT rows, then the TOTAL row and the reconciliation rows. */
    public static List<List<Object>> margin(MarginReport m) {
        List<List<Object>> rows = new ArrayList<>();
        for (MarginRow r : m.byCustomer()) {
            rows.add(row(m, "CUSTOMER", r));
        }
        for (MarginRow r : m.byProduct()) {
            rows.add(row(m, "PRODUCT", r));
        }
        rows.add(row(m, "TOTAL", new MarginRow("", m.revenue(), m.cost(), m.byCustomer().stream()
                .mapToLong(MarginRow::lineCount).sum())));
        rows.add(single(m, "STATEMENT SUBTOTALS", m.statementSubtotals(), true));
        rows.add(single(m, "REVENUE ROUNDING RESIDUE", m.revenueRoundingResidue(), true));
        rows.add(single(m, "NET SETTLEMENT", m.netSettlement(), false));
        rows.add(single(m, "COST ROUNDING RESIDUE", m.costRoundingResidue(), false));
        return rows;
    }

    private static List<Object> row(MarginReport m, String view, MarginRow r) {
        return List.of(m.reseller().value(), m.cycle().toString(), view, r.key(), amount(r.revenue()), amount(r.cost()),
                amount(r.margin()), r.marginPercent().<Object>map(p -> p).orElse(""),
                BigDecimal.valueOf(r.lineCount()), m.currency().getCurrencyCode());
    }

    private static List<Object> single(MarginReport m, String view, MonetaryAmount amount, boolean revenue) {
        return List.of(m.reseller().value(), m.cycle().toString(), view, "", revenue ? amount(amount) : "",
                revenue ? "" : amount(amount), "", "", "", m.currency().getCurrencyCode());
    }
}
