package io.partnerbill.export.csv;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.export.format.BillDetailsLayout;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.export.internal.Cells;

/** The texts of a line's cells in the operator's layout, as CSV writes them; XLSX and HTML show the same. */
public final class LineCells {

    private LineCells() {
    }

    /**
     * The 27 cells of a line in the operator's order, text cells not yet escaped; the two
     * amount cells are plain numbers with 8 decimals.
     */
    public static String[] row(BillLine line, NameDirectory names) {
        String[] r = new String[BillDetailsLayout.COLUMNS.size()];
        int i = 0;
        r[i++] = line.customer().value();
        r[i++] = cycle(line.cycle());
        r[i++] = names.customerName(line.customer()).orElse("");
        r[i++] = names.accountName(line.customer()).orElse("");
        r[i++] = line.partner().value();
        r[i++] = names.partnerName(line.partner()).orElse("");
        r[i++] = names.partnerAccountName(line.partner()).orElse("");
        r[i++] = line.billType().label();
        r[i++] = line.billingMode().label();
        r[i++] = line.productType();
        r[i++] = line.productTypeCode();
        r[i++] = line.productName();
        r[i++] = line.product().value();
        r[i++] = line.application();
        r[i++] = line.specifications();
        r[i++] = line.resourceType();
        r[i++] = line.resourceTypeCode();
        r[i++] = line.region();
        r[i++] = line.regionCode();
        r[i++] = line.orderId().value();
        r[i++] = line.originalOrderId().map(Object::toString).orElse("");
        r[i++] = line.transactionTime().toString();
        r[i++] = line.orderType().label();
        r[i++] = line.expenditureDecimal().toPlainString();
        r[i++] = Cells.label(line.settlementType());
        r[i++] = line.discount().toString();
        r[i++] = line.settlementDecimal().toPlainString();
        return r;
    }

    private static String cycle(BillCycle cycle) {
        return cycle.toString();
    }
}
