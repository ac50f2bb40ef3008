package io.partnerbill.bench;

import io.partnerbill.core.OrderId;
import io.partnerbill.core.bill.BillLine;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The operator's 27 bill-detail columns as the B3 baselines write them:
 * amounts with 8 decimals ({@code toPlainString}), cycle {@code YYYY-MM}, the transaction
 * instant in ISO-8601 UTC, labels for bill type, billing mode and order type, the discount
 * as {@code "12.00% off"}; display names that a line does not keep (customer, account,
 * partner names) are empty. Fields that contain a comma, a quote or a line break are quoted
 * (RFC 4180); the workload has none.
 */
public final class CsvRows {

    /** The header row, in the operator's order. */
    public static final List<String> HEADER = List.of("Customer ID", "Billing Cycle", "Customer Name", "Account Name",
            "Partner ID", "Partner Name", "Partner Account Name", "Bill Type", "Billing Mode", "Product Type",
            "Product Type Code", "Product Name", "Product ID", "Application", "Specifications", "Resource Type",
            "Resource Type Code", "Region", "Cloud Service Region Code", "Order ID", "Original Order ID",
            "Transaction Time", "Order Type", "Customer Expenditure", "Settlement Type", "Partner Settlement Discount",
            "Settlement Amount");

    private CsvRows() {
    }

    /** Returns a line's 27 values. */
    public static String[] values(BillLine line) {
        return new String[] {line.customer().value(), line.cycle().toString(), "", "", line.partner().value(), "", "",
            line.billType().label(), line.billingMode().label(), line.productType(), line.productTypeCode(),
            line.productName(), line.product().value(), line.application(), line.specifications(), line.resourceType(),
            line.resourceTypeCode(), line.region(), line.regionCode(), line.orderId().value(),
            line.originalOrderId().map(OrderId::value).orElse(""), line.transactionTime().toString(),
            line.orderType().label(), line.expenditureDecimal().toPlainString(), line.settlementType().name(),
            line.discount().toString(), line.settlementDecimal().toPlainString()};
    }

    /** Baseline B3(a): writes the header and one row per line, field by field, to a writer. */
    public static void write(List<BillLine> lines, Writer out) throws IOException {
        writeRow(HEADER.toArray(String[]::new), out);
        for (BillLine line : lines) {
            writeRow(values(line), out);
        }
    }

    private static void writeRow(String[] values, Writer out) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(values[i], out);
        }
        out.write('\n');
    }

    private static void writeField(String value, Writer out) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}
