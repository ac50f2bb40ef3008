package io.partnerbill.export.csv;

import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.export.internal.BackgroundWriteStream;
import io.partnerbill.export.internal.ExportFormat;
import io.partnerbill.core.money.ExactMoney;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/** The CSV format: bill details in the operator's layout, a bill as one sectioned table. */
public final class CsvFormat implements ExportFormat {

    /** The columns of a bill export. */
    static final List<String> BILL_COLUMNS = List.of("Partner ID", "Billing Cycle", "Section", "Item", "Name",
            "Customer Expenditure", "Amount", "Lines", "Currency");

    private final boolean byteOrderMark;

    public CsvFormat(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public long writeBill(BillDocument bill, ExportContext context, OutputStream out) throws IOException {
        CsvRowWriter csv = new CsvRowWriter(out, byteOrderMark);
        csv.row(BILL_COLUMNS.toArray());
        BillRows rows = new BillRows(bill, context.names());
        long count = 0;
        for (BillRows.Row r : rows.rows()) {
            csv.row(bill.partner().value(), bill.cycle().toString(), r.section(), r.item(), r.name(),
                    cell(r.customerExpenditure()), cell(r.amount()), r.lines() < 0 ? "" : BigDecimal.valueOf(r.lines()),
                    bill.currency().getCurrencyCode());
            count++;
        }
        csv.finish();
        context.reportRows(count);
        return count;
    }

    private static Object cell(@Nullable MonetaryAmount amount) {
        return amount == null ? "" : ExactMoney.atCurrencyScale(amount);
    }

    @Override
    public boolean supports(ExportKind kind) {
        return true;
    }

    @Override
    public long writeStatements(List<StatementDocument> statements, ExportContext context, OutputStream out)
            throws IOException {
        CsvRowWriter csv = new CsvRowWriter(out, byteOrderMark);
        csv.row(StatementRows.STATEMENT_COLUMNS.toArray());
        long count = 0;
        for (StatementDocument doc : statements) {
            for (List<Object> row : StatementRows.statement(doc)) {
                csv.row(row.toArray());
                context.rowWritten(++count);
            }
        }
        csv.finish();
        context.reportRows(count);
        return count;
    }

    @Override
    public long writeMargin(MarginReport report, ExportContext context, OutputStream out) throws IOException {
        CsvRowWriter csv = new CsvRowWriter(out, byteOrderMark);
        csv.row(StatementRows.MARGIN_COLUMNS.toArray());
        List<List<Object>> rows = StatementRows.margin(report);
        for (List<Object> row : rows) {
            csv.row(row.toArray());
        }
        csv.finish();
        context.reportRows(rows.size());
        return rows.size();
    }

    @Override
    public LineWriter openLines(ExportContext context, OutputStream out) throws IOException {
        OutputStream target = context.backgroundWriting() ? new BackgroundWriteStream(out, BackgroundWriteStream.BUFFER) : out;
        return new CsvDetailWriter(target, byteOrderMark, context, CsvCellOutput.DEFAULT_CAPACITY);
    }

    @Override
    public String toString() {
        return "Exporter[csv" + (byteOrderMark ? ", BOM" : "") + "]";
    }
}
