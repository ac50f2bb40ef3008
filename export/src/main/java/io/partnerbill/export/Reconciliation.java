package io.partnerbill.export;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Checks an operator's bill-details file against partnerbill's own calculation, and reports
 * every difference (line, field, expected, found):
 *
 * <ol>
 * <li><b>Lines.</b> Each line's settlement amount is recomputed from its customer expenditure
 *     and its discount, {@code discount.settlement(expenditure, RoundingPolicy.LINE)}; a line
 *     whose Settlement Amount differs is reported with field "Settlement Amount".</li>
 * <li><b>The month's totals</b>, when {@link StatedTotals} are given (the operator's bill page,
 *     or one's own {@code MonthlyBill}): the settlement amounts of the file's lines of that
 *     partner and cycle are summed exactly per bill type and rounded with the bill rounding
 *     (default {@link RoundingPolicy#BILL_TOTAL}); each of "Expenditures", "Refunds",
 *     "Adjustments" and "Net Settlement" that differs from the stated figure is reported.</li>
 * </ol>
 *
 * <p>The two checks are independent: a wrong line is reported once, as a line; a bill total
 * that does not add up its own lines is reported once, as a total. Amounts compare by value
 * ({@code 5.0 == 5.00}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {

    private static final Reconciliation STANDARD = new Reconciliation(RoundingPolicy.BILL_TOTAL);

    private final RoundingPolicy billRounding;

    private Reconciliation(RoundingPolicy billRounding) {
        this.billRounding = billRounding;
    }

    /**
     * Returns the reconciliation with bill totals rounded HALF_UP to the currency.
     *
     * @return the reconciliation, not null
     */
    public static Reconciliation standard() {
        return STANDARD;
    }

    /**
     * Returns a copy that rounds the month's totals with another policy.
     *
     * @param billRounding the policy, not null
     * @return the new reconciliation, not null
     */
    public Reconciliation withBillRounding(RoundingPolicy billRounding) {
        return new Reconciliation(Objects.requireNonNull(billRounding, "billRounding"));
    }

    /**
     * Recomputes every line of a file.
     *
     * @param file the imported file, not null
     * @return the report, not null
     */
    public ReconciliationReport reconcile(ImportedBillDetails file) {
        Objects.requireNonNull(file, "file");
        return new ReconciliationReport(file.source(), file.size(), lineDifferences(file));
    }

    /**
     * Recomputes every line of a file and checks the stated totals of a month against its lines.
     *
     * @param file the imported file, not null
     * @param stated the stated totals, not null
     * @return the report, not null
     */
    public ReconciliationReport reconcile(ImportedBillDetails file, StatedTotals stated) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(stated, "stated");
        List<Difference> differences = lineDifferences(file);
        CurrencyUnit currency = stated.netSettlement().getCurrency();
        BigDecimal expenditures = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;
        BigDecimal adjustments = BigDecimal.ZERO;
        for (ImportedLine imported : file.lines()) {
            BillLine line = imported.line();
            if (!line.partner().equals(stated.partner()) || !line.cycle().equals(stated.cycle())) {
                continue;
            }
            switch (line.billType()) {
                case EXPENDITURE:
                    expenditures = expenditures.add(line.settlementDecimal());
                    break;
                case REFUND:
                    refunds = refunds.add(line.settlementDecimal());
                    break;
                default:
                    adjustments = adjustments.add(line.settlementDecimal());
                    break;
            }
        }
        total(differences, "Expenditures", expenditures, stated.expenditures(), currency);
        total(differences, "Refunds", refunds, stated.refunds(), currency);
        total(differences, "Adjustments", adjustments, stated.adjustments(), currency);
        total(differences, "Net Settlement", expenditures.add(refunds).add(adjustments), stated.netSettlement(), currency);
        return new ReconciliationReport(file.source(), file.size(), differences);
    }

    private void total(List<Difference> differences, String field, BigDecimal exact, MonetaryAmount stated,
            CurrencyUnit currency) {
        BigDecimal expected = billRounding.round(exact, currency);
        BigDecimal found = MoneyValues.atCurrencyScale(stated);
        if (expected.compareTo(found) != 0) {
            differences.add(Difference.inTotals(field, expected.toPlainString(), found.toPlainString()));
        }
    }

    private static List<Difference> lineDifferences(ImportedBillDetails file) {
        List<Difference> differences = new ArrayList<>();
        for (ImportedLine imported : file.lines()) {
            BillLine line = imported.line();
            BigDecimal expected = line.discount().settlement(line.expenditureDecimal(), line.currency(), RoundingPolicy.LINE);
            BigDecimal found = line.settlementDecimal();
            if (expected.compareTo(found) != 0) {
                differences.add(Difference.inLine(imported.lineNumber(), BillDetailsLayout.SETTLEMENT_AMOUNT,
                        expected.toPlainString(), found.toPlainString()));
            }
        }
        return differences;
    }

    @Override
    public String toString() {
        return "Reconciliation[bill totals " + billRounding + "]";
    }
}
