package io.partnerbill.export.csv;

import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.format.NameDirectory;

/**
 * The texts of a line's cells in the operator's layout, as CSV writes them (not yet escaped), in
 * the order of {@link BillDetailsColumn}; XLSX and HTML show the same texts.
 */
public final class LineCells {

    private static final BillDetailsColumn[] COLUMNS = BillDetailsColumn.values();

    private LineCells() {
    }

    /** Returns the cells of a line: {@link BillDetailsColumn#text} of each column, the name columns from the directory. */
    public static String[] row(BillLine line, NameDirectory names) {
        String[] r = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            BillDetailsColumn column = COLUMNS[i];
            r[i] = column.isOnLine() ? column.text(line) : name(column, line, names);
        }
        return r;
    }

    /** Returns the display name of a name column for a line, empty when the directory has none. */
    public static String name(BillDetailsColumn column, BillLine line, NameDirectory names) {
        switch (column) {
            case CUSTOMER_NAME:
                return names.customerName(line.customer()).orElse("");
            case ACCOUNT_NAME:
                return names.accountName(line.customer()).orElse("");
            case PARTNER_NAME:
                return names.partnerName(line.partner()).orElse("");
            case PARTNER_ACCOUNT_NAME:
                return names.partnerAccountName(line.partner()).orElse("");
            default:
                throw new IllegalArgumentException("Column '" + column.header() + "' is not a name column");
        }
    }
}
