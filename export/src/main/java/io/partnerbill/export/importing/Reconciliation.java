package io.partnerbill.export.importing;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.format.BillDetailsLayout;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.nio.file.Path;
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
 * <p>{@link #reconcile(BillDetailsImporter, Path)} reads a file row by row, for files that do
 * not fit in memory; there a row whose Billing Cycle is not the cycle of its Transaction Time
 * (in Asia/Shanghai) is a difference of that line (field "Billing Cycle", expected the time's
 * cycle, found the row's), where the importer would refuse the file. A report keeps the first
 * {@link #withDifferenceLimit differences up to a limit} (1,000 unless changed) and counts the
 * rest, so its memory is bounded too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {

    /** The differences a report keeps unless {@link #withDifferenceLimit} says otherwise. */
    public static final int DEFAULT_DIFFERENCE_LIMIT = 1_000;

    private static final Reconciliation STANDARD = new Reconciliation(RoundingPolicy.BILL_TOTAL, DEFAULT_DIFFERENCE_LIMIT);

    private final RoundingPolicy billRounding;
    private final int differenceLimit;

    private Reconciliation(RoundingPolicy billRounding, int differenceLimit) {
        this.billRounding = billRounding;
        this.differenceLimit = differenceLimit;
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
        return new Reconciliation(Objects.requireNonNull(billRounding, "billRounding"), differenceLimit);
    }

    /**
     * Returns a copy whose reports keep at most this many differences (the first ones found);
     * they still count all of them.
     *
     * @param limit the most differences kept, 0 or more
     * @return the new reconciliation, not null
     * @throws io.partnerbill.core.InvalidValueException if the limit is negative
     */
    public Reconciliation withDifferenceLimit(int limit) {
        if (limit < 0) {
            throw new io.partnerbill.core.InvalidValueException("Difference limit must be 0 or more, was '" + limit + "'");
        }
        return new Reconciliation(billRounding, limit);
    }

    /**
     * Reads a file row by row and recomputes every line, in memory independent of the file's
     * size (see {@link BillDetailsImporter#scan}). A row whose Billing Cycle is not its
     * Transaction Time's is reported as a difference; every other defect refuses the file.
     *
     * @param importer the importer (currency and zone of the file), not null
     * @param file the file, not null
     * @return the report, not null
     * @throws MalformedImportException if the file is malformed
     * @throws java.io.UncheckedIOException if it cannot be read
     */
    public ReconciliationReport reconcile(BillDetailsImporter importer, Path file) {
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(file, "file");
        Differences found = new Differences(differenceLimit);
        long lines = importer.scan(file, imported -> lineDifference(imported, found),
                (lineNumber, line, cycleOfTime, row) -> found.add(Difference.inLine(lineNumber,
                        BillDetailsLayout.BILLING_CYCLE, cycleOfTime.toString(), line.cycle().toString())));
        return found.report(String.valueOf(file.getFileName()), lines);
    }

    /**
     * Recomputes every line of a file.
     *
     * @param file the imported file, not null
     * @return the report, not null
     */
    public ReconciliationReport reconcile(ImportedBillDetails file) {
        Objects.requireNonNull(file, "file");
        return lineDifferences(file).report(file.source(), file.size());
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
        Differences differences = lineDifferences(file);
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
        return differences.report(file.source(), file.size());
    }

    private void total(Differences differences, String field, BigDecimal exact, MonetaryAmount stated,
            CurrencyUnit currency) {
        BigDecimal expected = billRounding.round(exact, currency);
        BigDecimal found = ExactMoney.atCurrencyScale(stated);
        if (expected.compareTo(found) != 0) {
            differences.add(Difference.inTotals(field, expected.toPlainString(), found.toPlainString()));
        }
    }

    private Differences lineDifferences(ImportedBillDetails file) {
        Differences differences = new Differences(differenceLimit);
        file.lines().forEach(imported -> lineDifference(imported, differences));
        return differences;
    }

    private static void lineDifference(ImportedLine imported, Differences differences) {
        BillLine line = imported.line();
        BigDecimal expected = line.discount().settlement(line.expenditureDecimal(), line.currency(), RoundingPolicy.LINE);
        BigDecimal found = line.settlementDecimal();
        if (expected.compareTo(found) != 0) {
            differences.add(Difference.inLine(imported.lineNumber(), BillDetailsLayout.SETTLEMENT_AMOUNT,
                    expected.toPlainString(), found.toPlainString()));
        }
    }

    /** The differences kept, up to a limit, and the count of all. */
    private static final class Differences {
        private final int limit;
        private final List<Difference> kept = new ArrayList<>();
        private long count;

        Differences(int limit) {
            this.limit = limit;
        }

        void add(Difference difference) {
            count++;
            if (kept.size() < limit) {
                kept.add(difference);
            }
        }

        ReconciliationReport report(String source, long lines) {
            return new ReconciliationReport(source, lines, kept, count);
        }
    }

    @Override
    public String toString() {
        return "Reconciliation[bill totals " + billRounding + ", keeps " + differenceLimit + " differences]";
    }
}
