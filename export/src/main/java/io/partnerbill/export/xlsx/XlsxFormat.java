package io.partnerbill.export.xlsx;

import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.export.csv.BillRows;
import io.partnerbill.export.csv.LineCells;
import io.partnerbill.export.csv.StatementRows;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.internal.ExportFormat;
import io.partnerbill.core.money.ExactMoney;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * The XLSX format through fastexcel. Text goes to inline string cells (never evaluated as
 * formulas, and not collected in a shared-strings table, so memory stays flat); amounts are
 * numeric cells formatted with 8 decimals. Rows are flushed to the stream every 1,000 rows;
 * a sheet that reaches Excel's row limit continues on a new sheet.
 */
public final class XlsxFormat implements ExportFormat {

    private static final BillDetailsColumn[] COLUMNS = BillDetailsColumn.values();
    private static final String AMOUNT_FORMAT = "0.00000000";
    private static final int FLUSH_EVERY = 1_000;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public long writeBill(BillDocument bill, ExportContext context, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "partnerbill", "1.0");
        BillRows rows = new BillRows(bill, context.names());
        long count = sheet(wb, "Summary", rows.summary(), bill)
                + sheet(wb, "By product", rows.byProduct(), bill)
                + sheet(wb, "By customer", rows.byCustomer(), bill);
        wb.finish();
        context.reportRows(count);
        return count;
    }

    private static long sheet(Workbook wb, String name, List<BillRows.Row> rows, BillDocument bill) {
        Worksheet ws = wb.newWorksheet(name);
        List<String> header = List.of("Partner ID", "Billing Cycle", "Item", "Name", "Customer Expenditure", "Amount",
                "Lines", "Currency");
        for (int c = 0; c < header.size(); c++) {
            ws.inlineString(0, c, header.get(c));
        }
        int r = 1;
        for (BillRows.Row row : rows) {
            ws.inlineString(r, 0, bill.partner().value());
            ws.inlineString(r, 1, bill.cycle().toString());
            ws.inlineString(r, 2, row.item());
            ws.inlineString(r, 3, row.name());
            amount(ws, r, 4, row.customerExpenditure());
            amount(ws, r, 5, row.amount());
            if (row.lines() >= 0) {
                ws.value(r, 6, row.lines());
            }
            ws.inlineString(r, 7, bill.currency().getCurrencyCode());
            r++;
        }
        return rows.size();
    }

    private static void amount(Worksheet ws, int r, int c, @Nullable MonetaryAmount amount) {
        if (amount != null) {
            BigDecimal value = ExactMoney.atCurrencyScale(amount);
            ws.value(r, c, value);
            ws.style(r, c).format(value.scale() == 0 ? "0" : "0." + "0".repeat(value.scale())).set();
        }
    }

    @Override
    public boolean supports(ExportKind kind) {
        return kind != ExportKind.STATEMENTS;
    }

    /** The margin report on one sheet "Margin": customer rows, product rows, totals and reconciliation. */
    @Override
    public long writeMargin(MarginReport report, ExportContext context, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "partnerbill", "1.0");
        Worksheet ws = wb.newWorksheet("Margin");
        List<String> header = StatementRows.MARGIN_COLUMNS;
        for (int c = 0; c < header.size(); c++) {
            ws.inlineString(0, c, header.get(c));
        }
        List<List<Object>> rows = StatementRows.margin(report);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof BigDecimal value) {
                    ws.value(r + 1, c, value);
                    ws.style(r + 1, c).format(value.scale() == 0 ? "0" : "0." + "0".repeat(value.scale())).set();
                } else if (!cell.toString().isEmpty()) {
                    ws.inlineString(r + 1, c, cell.toString());
                }
            }
        }
        wb.finish();
        context.reportRows(rows.size());
        return rows.size();
    }

    @Override
    public LineWriter openLines(ExportContext context, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "partnerbill", "1.0");
        return new LineWriter() {
            private long rows;
            private int sheets;
            private @Nullable Worksheet ws;
            private int row;

            private Worksheet sheet() throws IOException {
                if (ws == null || row >= Worksheet.MAX_ROWS) {
                    if (ws != null) {
                        ws.finish();
                    }
                    sheets++;
                    ws = wb.newWorksheet(sheets == 1 ? "Bill details" : "Bill details (" + sheets + ")");
                    for (int c = 0; c < COLUMNS.length; c++) {
                        ws.inlineString(0, c, COLUMNS[c].header());
                    }
                    row = 1;
                }
                return ws;
            }

            @Override
            public void write(BillLine line) throws IOException {
                Worksheet sheet = sheet();
                String[] cells = LineCells.row(line, context.names());
                for (int c = 0; c < cells.length; c++) {
                    if (COLUMNS[c].kind() == BillDetailsColumn.Kind.AMOUNT) {
                        sheet.value(row, c, new BigDecimal(cells[c]));
                        sheet.style(row, c).format(AMOUNT_FORMAT).set();
                    } else if (!cells[c].isEmpty()) {
                        sheet.inlineString(row, c, cells[c]);
                    }
                }
                row++;
                rows++;
                if (rows % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
                context.rowWritten(rows);
            }

            @Override
            public void finish() throws IOException {
                sheet();
                wb.finish();
                context.reportRows(rows);
            }

            @Override
            public long rowsWritten() {
                return rows;
            }
        };
    }

    @Override
    public String toString() {
        return "Exporter[xlsx]";
    }
}
