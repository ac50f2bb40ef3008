package io.partnerbill.export.csv;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.NameDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The CSV exporter's bill-details writer: the header, then one row per line with the cells of
 * {@link LineCells#row} in the order of {@link BillDetailsColumn}, encoded straight into bytes
 * ({@link CsvCellOutput}) instead of through strings, Jackson and a charset encoder. The bytes
 * are exactly those of writing {@code LineCells.row} through Jackson's generator as {@link CsvRowWriter} does (a property test
 * checks it against that implementation, kept as the test's reference): amounts are
 * formatted from their 10^-8 units like {@code BigDecimal.toPlainString()}, the instant like
 * {@code Instant.toString()} with the date part kept per day; labels, the cycle and discount
 * rates are encoded once.
 *
 * <p>Memory stays bounded: one buffer and caches of at most 64 dates and 64 rates. Not thread-safe.
 */
final class CsvDetailWriter implements LineWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int LINE_SCALE = 8;
    private static final long LINE_UNIT = 100_000_000L;
    // toPlainString of a BigDecimal whose unscaled value has at most 18 digits fits the long path.
    private static final int LONG_DIGITS = 18;
    private static final long SECONDS_PER_DAY = 86_400;
    /** 9999-12-31T23:59:59Z: up to here a year has four digits and no sign. */
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;
    private static final int CACHE_SLOTS = 64;

    private static final BillDetailsColumn[] COLUMNS = BillDetailsColumn.values();
    private static final byte[][] BILL_TYPES = cells(BillType.values(), BillType::label);
    private static final byte[][] BILLING_MODES = cells(BillingMode.values(), BillingMode::label);
    private static final byte[][] ORDER_TYPES = cells(OrderType.values(), OrderType::label);
    private static final byte[][] SETTLEMENT_TYPES = cells(SettlementType.values(), BillDetailsColumn::label);

    private final CsvCellOutput out;
    private final ExportContext context;
    private final NameDirectory names;
    private long rows;
    private int rowsUntilProgress;
    private boolean finished;

    private @Nullable BillCycle cycle;
    private byte[] cycleCell = new byte[0];
    // Direct-mapped caches (a slot per hash, the newest entry wins): a cycle's lines fall on about
    // 31 days and use a few discount rates, in any order, so the last value alone would rarely hit.
    private final long[] days = new long[CACHE_SLOTS];
    private final byte[] @Nullable [] datePrefixes = new byte[CACHE_SLOTS][];
    private final @Nullable DiscountRate[] rates = new DiscountRate[CACHE_SLOTS];
    private final byte[] @Nullable [] rateCells = new byte[CACHE_SLOTS][];

    CsvDetailWriter(OutputStream out, boolean byteOrderMark, ExportContext context, int capacity) throws IOException {
        this.out = new CsvCellOutput(out, capacity);
        this.context = context;
        this.names = context.names();
        this.rowsUntilProgress = context.progressInterval();
        if (byteOrderMark) {
            this.out.raw(BOM);
        }
        for (int c = 0; c < COLUMNS.length; c++) {
            if (c > 0) {
                this.out.comma();
            }
            this.out.text(COLUMNS[c].header());
        }
        this.out.endRow();
    }

    private static <E> byte[][] cells(E[] values, Function<E, String> label) {
        byte[][] cells = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            cells[i] = CsvCellOutput.encodeText(label.apply(values[i]));
        }
        return cells;
    }

    @Override
    public void write(BillLine line) throws IOException {
        Objects.requireNonNull(line, "line");
        if (finished) {
            throw new IllegalStateException("CSV line writer is finished, cannot write line '" + line.orderId() + "'");
        }
        CsvCellOutput o = out;
        // The columns and their order come from the description; the switch keeps each known
        // column's fast encoder (cached label bytes, amounts from their units), as the unrolled
        // writer had them: no per-cell boxing, lambda or string array.
        BillDetailsColumn[] columns = COLUMNS;
        for (int c = 0; c < columns.length; c++) {
            if (c > 0) {
                o.comma();
            }
            BillDetailsColumn column = columns[c];
            switch (column) {
                case CUSTOMER_ID -> o.text(line.customer().value());
                case BILLING_CYCLE -> o.raw(cycleCell(line.cycle()));
                case CUSTOMER_NAME -> o.text(names.customerName(line.customer()).orElse(""));
                case ACCOUNT_NAME -> o.text(names.accountName(line.customer()).orElse(""));
                case PARTNER_ID -> o.text(line.partner().value());
                case PARTNER_NAME -> o.text(names.partnerName(line.partner()).orElse(""));
                case PARTNER_ACCOUNT_NAME -> o.text(names.partnerAccountName(line.partner()).orElse(""));
                case BILL_TYPE -> o.raw(BILL_TYPES[line.billType().ordinal()]);
                case BILLING_MODE -> o.raw(BILLING_MODES[line.billingMode().ordinal()]);
                case PRODUCT_TYPE -> o.text(line.productType());
                case PRODUCT_TYPE_CODE -> o.text(line.productTypeCode());
                case PRODUCT_NAME -> o.text(line.productName());
                case PRODUCT_ID -> o.text(line.product().value());
                case APPLICATION -> o.text(line.application());
                case SPECIFICATIONS -> o.text(line.specifications());
                case RESOURCE_TYPE -> o.text(line.resourceType());
                case RESOURCE_TYPE_CODE -> o.text(line.resourceTypeCode());
                case REGION -> o.text(line.region());
                case REGION_CODE -> o.text(line.regionCode());
                case ORDER_ID -> o.text(line.orderId().value());
                case ORIGINAL_ORDER_ID -> {
                    Optional<OrderId> original = line.originalOrderId();
                    o.text(original.isPresent() ? original.get().value() : "");
                }
                case TRANSACTION_TIME -> instant(line.transactionTime());
                case ORDER_TYPE -> o.raw(ORDER_TYPES[line.orderType().ordinal()]);
                case CUSTOMER_EXPENDITURE -> amount(line.expenditureDecimal());
                case SETTLEMENT_TYPE -> o.raw(SETTLEMENT_TYPES[line.settlementType().ordinal()]);
                case SETTLEMENT_DISCOUNT -> discount(line.discount());
                case SETTLEMENT_AMOUNT -> amount(line.settlementDecimal());
                // A column added to the description: its text, escaped like any text cell.
                default -> o.text(column.isOnLine() ? column.text(line) : LineCells.name(column, line, names));
            }
        }
        o.endRow();
        rows++;
        // Counting down instead of rows % interval: no division per row.
        if (--rowsUntilProgress == 0) {
            rowsUntilProgress = context.progressInterval();
            context.reportRows(rows);
        }
    }

    /** The cycle's cell; a file holds one cycle or a few, so the last one is kept. */
    @SuppressWarnings("ReferenceEquality") // identity first: the same cycle instance comes line after line
    private byte[] cycleCell(BillCycle lineCycle) {
        if (lineCycle != cycle && !lineCycle.equals(cycle)) {
            cycleCell = CsvCellOutput.encodeText(lineCycle.toString());
            cycle = lineCycle;
        }
        return cycleCell;
    }

    /** Writes {@code Instant.toString()}: {@code 2025-10-01T08:30:00Z}, fractions in groups of three digits. */
    private void instant(Instant at) throws IOException {
        long seconds = at.getEpochSecond();
        if (seconds < 0 || seconds > LAST_FOUR_DIGIT_SECOND) {
            out.text(at.toString());
            return;
        }
        long day = seconds / SECONDS_PER_DAY;
        int secondOfDay = (int) (seconds - day * SECONDS_PER_DAY);
        int slot = (int) day & CACHE_SLOTS - 1;
        byte[] datePrefix = datePrefixes[slot];
        if (datePrefix == null || days[slot] != day) {
            datePrefix = datePrefix(LocalDate.ofEpochDay(day));
            datePrefixes[slot] = datePrefix;
            days[slot] = day;
        }
        out.raw(datePrefix);
        out.twoDigits(secondOfDay / 3600);
        out.put(':');
        out.twoDigits(secondOfDay / 60 % 60);
        out.put(':');
        out.twoDigits(secondOfDay % 60);
        int nano = at.getNano();
        if (nano != 0) {
            out.put('.');
            if (nano % 1_000_000 == 0) {
                out.digits(nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                out.digits(nano / 1000, 6);
            } else {
                out.digits(nano, 9);
            }
        }
        out.put('Z');
    }

    /** Returns {@code YYYY-MM-DDT} for a year of four digits. */
    private static byte[] datePrefix(LocalDate date) {
        byte[] datePrefix = new byte["YYYY-MM-DDT".length()];
        int year = date.getYear();
        datePrefix[0] = (byte) ('0' + year / 1000);
        datePrefix[1] = (byte) ('0' + year / 100 % 10);
        datePrefix[2] = (byte) ('0' + year / 10 % 10);
        datePrefix[3] = (byte) ('0' + year % 10);
        datePrefix[4] = '-';
        datePrefix[5] = (byte) ('0' + date.getMonthValue() / 10);
        datePrefix[6] = (byte) ('0' + date.getMonthValue() % 10);
        datePrefix[7] = '-';
        datePrefix[8] = (byte) ('0' + date.getDayOfMonth() / 10);
        datePrefix[9] = (byte) ('0' + date.getDayOfMonth() % 10);
        datePrefix[10] = 'T';
        return datePrefix;
    }

    /**
     * Writes an amount as {@code toPlainString()} does. A line's amount is {@code units × 10^-8}
     * (or a huge value); moving the point right 8 places gives the units without a string or a
     * BigInteger, and amounts past 18 digits take {@code toPlainString()}.
     */
    private void amount(BigDecimal value) throws IOException {
        if (value.scale() == LINE_SCALE) {
            BigDecimal units = value.movePointRight(LINE_SCALE);
            if (units.precision() <= LONG_DIGITS) {
                out.fixedPoint(units.longValue(), LINE_SCALE, LINE_UNIT);
                return;
            }
        }
        out.ascii(value.toPlainString());
    }

    /** Writes {@code DiscountRate.toString()}, {@code "12.00% off"}, encoded once per rate. */
    @SuppressWarnings("ReferenceEquality") // identity first: the same rate instance comes line after line
    private void discount(DiscountRate rate) throws IOException {
        int slot = rate.hashCode() & CACHE_SLOTS - 1;
        DiscountRate cached = rates[slot];
        if (cached != rate && !rate.equals(cached)) {
            rateCells[slot] = CsvCellOutput.encodeText(rate.toString());
            rates[slot] = rate;
        }
        out.raw(Objects.requireNonNull(rateCells[slot]));
    }

    @Override
    public void finish() throws IOException {
        if (!finished) {
            finished = true;
            out.finish();
        }
        context.reportRows(rows);
    }

    @Override
    public long rowsWritten() {
        return rows;
    }
}
