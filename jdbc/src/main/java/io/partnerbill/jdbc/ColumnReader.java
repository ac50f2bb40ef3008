package io.partnerbill.jdbc;

import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLineColumns;
import io.partnerbill.core.bill.BillType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads rows of (customer, product, product name, product type, region code, bill type, currency,
 * customer expenditure, settlement amount) into reused {@link BillLineColumns} batches for an
 * accumulator. Ids are made once per distinct value, so a month of millions of rows builds
 * thousands of ids, not millions.
 */
final class ColumnReader {

    /** Lines per batch: large enough that adding a batch's sums to the bill is cheap. */
    static final int BATCH = 1 << 16;

    private final int batchSize;
    private final BillAccumulator into;
    private final BillLineColumns batch;
    private final String currency;
    private final Map<String, CustomerId> customers = new HashMap<>();
    private final Map<String, ProductId> products = new HashMap<>();

    ColumnReader(BillAccumulator into) {
        this(into, BATCH);
    }

    ColumnReader(BillAccumulator into, int batchSize) {
        this.into = into;
        this.batchSize = batchSize;
        this.batch = BillLineColumns.create(into.partner(), into.cycle(), into.currency());
        this.currency = into.currency().getCurrencyCode();
    }

    void readAll(ResultSet rows) throws SQLException {
        while (rows.next()) {
            String rowCurrency = rows.getString(7);
            if (!currency.equals(rowCurrency)) {
                throw new CurrencyMismatchException("Line of customer '" + rows.getString(1) + "' is in " + rowCurrency
                        + " but " + currency + " was expected");
            }
            batch.add(customers.computeIfAbsent(rows.getString(1), CustomerId::of),
                    products.computeIfAbsent(rows.getString(2), ProductId::of), rows.getString(3), rows.getString(4),
                    rows.getString(5), BillType.valueOf(rows.getString(6)), rows.getBigDecimal(8), rows.getBigDecimal(9));
            if (batch.size() == batchSize) {
                into.addAll(batch);
                batch.clear();
            }
        }
        into.addAll(batch);
        batch.clear();
    }
}
