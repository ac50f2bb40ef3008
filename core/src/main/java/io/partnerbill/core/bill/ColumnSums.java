package io.partnerbill.core.bill;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Adds a {@link BillLineColumns} batch to a {@link BillAccumulator}. When no sum of the batch's
 * amounts can leave the {@code long} range (the batch's largest amount times its size fits a
 * long), the rows are summed in a plain loop into arrays numbered as the batch numbers its
 * customers, products and regions, and those few sums are then added to the accumulator with
 * its overflow-checked adds; otherwise every row goes to the accumulator's checked slots.
 * Either way the accumulator ends as if the batch's lines had been added one by one.
 */
final class ColumnSums {

    private static final int TYPES = 3;
    // Per product × region: list, settlement, lines; per region for refunds and adjustments: refunds, adjustments, lines;
    // per customer: settlement by type, lines. The accumulator's layouts, so that folding is slot to slot.
    private static final int PER_REGION = BillAccumulator.PER_REGION;
    private static final int PER_CUSTOMER = BillAccumulator.CUSTOMER_SLOTS;

    private final BillAccumulator into;
    private final BillLineColumns rows;
    /** By the batch's numbers: the accumulator's region number, customer slot, product cell. */
    private final int[] regionOf;
    private final int[] customerSlotOf;
    private final BillAccumulator.@Nullable ProductCell[] cellOf;

    private ColumnSums(BillAccumulator into, BillLineColumns rows) {
        this.into = into;
        this.rows = rows;
        regionOf = new int[rows.regionCodes.size()];
        for (int r = 0; r < regionOf.length; r++) {
            regionOf[r] = into.region(rows.regionCodes.get(r));
        }
        into.others.ensure(PER_REGION * into.regionCount());
        // Insert every customer first: the table may grow, and growing moves slots.
        for (int c = 0; c < rows.customers.size(); c++) {
            into.customers.slot(rows.customers.get(c));
        }
        customerSlotOf = new int[rows.customers.size()];
        for (int c = 0; c < customerSlotOf.length; c++) {
            customerSlotOf[c] = PER_CUSTOMER * into.customers.slot(rows.customers.get(c));
        }
        cellOf = new BillAccumulator.ProductCell[rows.products.size()];
    }

    static void add(BillAccumulator into, BillLineColumns rows) {
        ColumnSums sums = new ColumnSums(into, rows);
        int n = rows.size;
        if (n == 0) {
            return;
        }
        if (rows.largestUnits <= Long.MAX_VALUE / n) {
            sums.sumUnchecked();
        } else {
            sums.sumChecked();
        }
        if (rows.hugeExpenditure != null) {
            sums.addHugeAmounts();
        }
    }

    /** Sums into plain long arrays (no sum can overflow), then folds them into the accumulator. */
    private void sumUnchecked() {
        int n = rows.size;
        int regions = regionOf.length;
        long[] totals = new long[2 * TYPES];
        long[] cells = new long[rows.products.size() * regions * PER_REGION];
        long[] others = new long[regions * PER_REGION];
        long[] customers = new long[customerSlotOf.length * PER_CUSTOMER];
        long[] list = rows.expenditure;
        long[] settlement = rows.settlement;
        byte[] type = rows.type;
        int[] customer = rows.customer;
        int[] product = rows.product;
        int[] region = rows.region;
        for (int i = 0; i < n; i++) {
            int t = type[i];
            long l = list[i];
            long s = settlement[i];
            totals[2 * t] += l;
            totals[2 * t + 1] += s;
            if (t == 0) {
                int k = (product[i] * regions + region[i]) * PER_REGION;
                cells[k] += l;
                cells[k + 1] += s;
                cells[k + 2]++;
            } else {
                int k = region[i] * PER_REGION;
                others[k + t - 1] += s;
                others[k + 2]++;
            }
            int c = customer[i] * PER_CUSTOMER;
            customers[c + t] += s;
            customers[c + 3]++;
        }
        for (int k = 0; k < totals.length; k++) {
            into.totals.add(k, totals[k], null);
        }
        for (int p = 0; p < cellOf.length; p++) {
            for (int r = 0; r < regions; r++) {
                int k = (p * regions + r) * PER_REGION;
                if (cells[k + 2] > 0) {
                    BillAccumulator.ProductCell cell = cell(p);
                    int slot = PER_REGION * regionOf[r];
                    cell.add(slot, cells[k], null);
                    cell.add(slot + 1, cells[k + 1], null);
                    cell.units[slot + 2] += cells[k + 2];
                }
            }
        }
        for (int r = 0; r < regions; r++) {
            int k = r * PER_REGION;
            int slot = PER_REGION * regionOf[r];
            into.others.add(slot, others[k], null);
            into.others.add(slot + 1, others[k + 1], null);
            into.others.units[slot + 2] += others[k + 2];
        }
        Sums table = into.customers.sums;
        for (int c = 0; c < customerSlotOf.length; c++) {
            int k = c * PER_CUSTOMER;
            int slot = customerSlotOf[c];
            for (int t = 0; t < TYPES; t++) {
                table.add(slot + t, customers[k + t], null);
            }
            table.units[slot + 3] += customers[k + 3];
        }
        into.countLines(n);
    }

    /** Adds row by row into the accumulator's overflow-checked slots. */
    private void sumChecked() {
        Sums table = into.customers.sums;
        for (int i = 0; i < rows.size; i++) {
            int t = rows.type[i];
            long l = rows.expenditure[i];
            long s = rows.settlement[i];
            into.totals.add(2 * t, l, null);
            into.totals.add(2 * t + 1, s, null);
            int slot = PER_REGION * regionOf[rows.region[i]];
            if (t == 0) {
                BillAccumulator.ProductCell cell = cell(rows.product[i]);
                cell.add(slot, l, null);
                cell.add(slot + 1, s, null);
                cell.count(slot + 2);
            } else {
                into.others.add(slot + t - 1, s, null);
                into.others.count(slot + 2);
            }
            int c = customerSlotOf[rows.customer[i]];
            table.add(c + t, s, null);
            table.count(c + 3);
        }
        into.countLines(rows.size);
    }

    /** Adds the amounts that did not fit a long (their rows' units are 0, their counts already made). */
    private void addHugeAmounts() {
        BigDecimal[] hugeList = Objects.requireNonNull(rows.hugeExpenditure);
        BigDecimal[] hugeSettlement = Objects.requireNonNull(rows.hugeSettlement);
        Sums table = into.customers.sums;
        for (int i = 0; i < rows.size; i++) {
            BigDecimal l = hugeList[i];
            BigDecimal s = hugeSettlement[i];
            if (l == null && s == null) {
                continue;
            }
            int t = rows.type[i];
            int slot = PER_REGION * regionOf[rows.region[i]];
            int c = customerSlotOf[rows.customer[i]];
            if (l != null) {
                into.totals.add(2 * t, 0, l);
                if (t == 0) {
                    cell(rows.product[i]).add(slot, 0, l);
                }
            }
            if (s != null) {
                into.totals.add(2 * t + 1, 0, s);
                if (t == 0) {
                    cell(rows.product[i]).add(slot + 1, 0, s);
                } else {
                    into.others.add(slot + t - 1, 0, s);
                }
                table.add(c + t, 0, s);
            }
        }
    }

    /** The accumulator's cell of a batch product, made when the product's first expenditure arrives. */
    private BillAccumulator.ProductCell cell(int p) {
        BillAccumulator.ProductCell cell = cellOf[p];
        if (cell == null) {
            String name = Objects.requireNonNull(rows.productNames[p]);
            String type = Objects.requireNonNull(rows.productTypes[p]);
            cell = into.productCell(rows.products.get(p), name, type);
            cell.ensure(PER_REGION * into.regionCount());
            cellOf[p] = cell;
        }
        return cell;
    }
}
