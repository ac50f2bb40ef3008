package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.money.ExactMoney;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Sums a partner's bill lines of one cycle: totals by bill type, settlement by product and
 * region, refunds and adjustments by region, and totals by customer.
 *
 * <p>Sums are exact (fixed-point {@code long} at scale 8, spilling to {@code BigDecimal} only
 * on overflow), so adding lines in any order, or adding them to several accumulators and
 * {@link #merge merging} those, gives the same bill to the last digit: merge is associative
 * and commutative. That lets a bill be computed in parallel chunks or on a distributed engine.
 * Adding a line allocates nothing once its product, region and customer have been seen, and
 * looks up the product (for expenditures) in a hash map, the customer in an open-addressing
 * table of flat sums, and the region's number, usually found by identity. Memory grows with customers + products × regions, never with lines.
 *
 * <p>{@link #writeTo} gives a stable, versioned byte form (exact past the {@code long} range) that
 * {@link #readFrom} reads back into an accumulator giving the same bill and merging the same; Java
 * serialization writes that byte form too, so an accumulator can be a distributed engine's buffer.
 *
 * <p>This class is mutable and not thread-safe: give each thread its own and merge them.
 */
public final class BillAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    // Slots of `totals`: list and settlement of each bill type.
    private static final int LIST = 0;
    private static final int SETTLEMENT = 1;
    // Slots per region in a ProductCell (list, settlement, lines) and in `others` (refunds, adjustments, lines).
    static final int PER_REGION = 3;
    // Identity checks tried before the region map: lines usually share their region code strings.
    private static final int REGIONS_BY_IDENTITY = 8;
    static final int CUSTOMER_SLOTS = 4;

    // Serialized through the byte form only (writeReplace), so these fields are never written by Java serialization.
    private final transient PartnerId partner;
    private final transient BillCycle cycle;
    private final transient CurrencyUnit currency;
    private transient long lineCount;
    final transient Sums totals = new Sums(2 * BillType.values().length);
    final transient Map<ProductId, ProductCell> products = new HashMap<>();
    /** By customer: settlement of each bill type (slots 0 to 2) and line count (slot 3). */
    final transient IdTable customers = new IdTable(CUSTOMER_SLOTS);
    // Regions are numbered in order of appearance; product cells and `others` hold their sums by that number.
    private transient String[] regionCodes = new String[REGIONS_BY_IDENTITY];
    private transient int regionCount;
    private final transient Map<String, Integer> regionNumbers = new HashMap<>();
    /** Refunds and adjustments by region: the "Others" group of the by-product view. */
    final transient Sums others = new Sums(PER_REGION * REGIONS_BY_IDENTITY);

    private BillAccumulator(PartnerId partner, BillCycle cycle, CurrencyUnit currency) {
        this.partner = partner;
        this.cycle = cycle;
        this.currency = currency;
    }

    /**
     * Creates an empty accumulator for a partner's cycle in a currency.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param currency the bill currency, not null
     * @return the accumulator, not null
     */
    public static BillAccumulator create(PartnerId partner, BillCycle cycle, CurrencyUnit currency) {
        return new BillAccumulator(Objects.requireNonNull(partner, "partner"), Objects.requireNonNull(cycle, "cycle"),
                Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Adds a line.
     *
     * @param line the line, of this accumulator's partner, cycle and currency, not null
     * @return this accumulator
     * @throws CycleMismatchException if the line is of another partner or cycle
     * @throws io.partnerbill.core.CurrencyMismatchException if the line is in another currency
     */
    public BillAccumulator add(BillLine line) {
        requireLineOf(line, partner, cycle, currency, "the bill");
        lineCount++;
        int type = typeIndex(line.billType());
        totals.add(2 * type + LIST, line.expenditureUnits, line.expenditureHuge);
        totals.add(2 * type + SETTLEMENT, line.settlementUnits, line.settlementHuge);
        int region = region(line.regionCode());
        if (type == 0) {
            ProductCell cell = products.get(line.product());
            if (cell == null) { // not computeIfAbsent: its capturing lambda would allocate per line
                cell = new ProductCell(line.productName(), line.productType());
                products.put(line.product(), cell);
            }
            cell.add(line, region);
        } else {
            others.ensure(PER_REGION * regionCount);
            others.add(PER_REGION * region + type - 1, line.settlementUnits, line.settlementHuge);
            others.count(PER_REGION * region + 2);
        }
        int customer = CUSTOMER_SLOTS * customers.slot(line.customer());
        customers.sums.add(customer + type, line.settlementUnits, line.settlementHuge);
        customers.sums.count(customer + 3);
        return this;
    }

    /** Refuses a line of another partner, cycle or currency than what it is to join ("the bill", "the columns"). */
    static void requireLineOf(BillLine line, PartnerId partner, BillCycle cycle, CurrencyUnit currency, String what) {
        if (!line.partner().equals(partner) || !line.cycle().equals(cycle)) {
            throw new CycleMismatchException("Line '" + line.orderId() + "' of partner '" + line.partner() + "' and cycle "
                    + line.cycle() + " cannot join " + what + " of partner '" + partner + "' and cycle " + cycle);
        }
        if (line.currency() != currency) {
            ExactMoney.requireCurrency(currency, line.currency(), "Line '" + line.orderId() + "'");
        }
    }

    private static int typeIndex(BillType type) {
        return switch (type) {
            case EXPENDITURE -> 0;
            case REFUND -> 1;
            case ADJUSTMENT -> 2;
        };
    }

    /** Returns the region's number, numbering it if it is new. */
    @SuppressWarnings("ReferenceEquality") // the same String instance comes back line after line: a fast path before the map
    int region(String code) {
        String[] codes = regionCodes;
        for (int i = 0, n = Math.min(regionCount, REGIONS_BY_IDENTITY); i < n; i++) {
            if (codes[i] == code) {
                return i;
            }
        }
        Integer known = regionNumbers.get(code);
        if (known != null) {
            return known;
        }
        if (regionCount == codes.length) {
            regionCodes = java.util.Arrays.copyOf(codes, 2 * codes.length);
        }
        regionCodes[regionCount] = code;
        regionNumbers.put(code, regionCount);
        return regionCount++;
    }

    /** @return how many regions have lines */
    int regionCount() {
        return regionCount;
    }

    /** @return the code of a region by number */
    String regionCode(int region) {
        return regionCodes[region];
    }

    /**
     * Adds every line.
     *
     * @param lines the lines, not null
     * @return this accumulator
     */
    public BillAccumulator addAll(Iterable<BillLine> lines) {
        for (BillLine line : lines) {
            add(line);
        }
        return this;
    }

    /**
     * Adds every line of a batch of columns: the same sums as adding the lines one by one,
     * in a loop over the batch's primitive columns. The batch is left unchanged.
     *
     * @param lines the batch, of this accumulator's partner, cycle and currency, not null
     * @return this accumulator
     * @throws CycleMismatchException if the batch is of another partner or cycle
     * @throws io.partnerbill.core.CurrencyMismatchException if the batch is in another currency
     */
    public BillAccumulator addAll(BillLineColumns lines) {
        if (!lines.partner().equals(partner) || !lines.cycle().equals(cycle)) {
            throw new CycleMismatchException("Columns of partner '" + lines.partner() + "' and cycle " + lines.cycle()
                    + " cannot join the bill of partner '" + partner + "' and cycle " + cycle);
        }
        ExactMoney.requireCurrency(currency, lines.currency(), "Columns of " + lines.size() + " lines");
        ColumnSums.add(this, lines);
        return this;
    }

    void countLines(long lines) {
        lineCount += lines;
    }

    /** Returns the product's cell, made with these names if new, else keeping the smallest names. */
    ProductCell productCell(ProductId product, String name, String type) {
        ProductCell cell = products.get(product);
        if (cell == null) {
            cell = new ProductCell(name, type);
            products.put(product, cell);
        } else {
            cell.keepSmallestNames(name, type);
        }
        return cell;
    }

    /**
     * Adds everything another accumulator of the same partner, cycle and currency has summed.
     * The other accumulator is left unchanged.
     *
     * @param other the other accumulator, not null
     * @return this accumulator
     * @throws CycleMismatchException if the other is of another partner or cycle
     */
    public BillAccumulator merge(BillAccumulator other) {
        if (!other.partner.equals(partner) || !other.cycle.equals(cycle)) {
            throw new CycleMismatchException("Cannot merge the bill of partner '" + other.partner + "' and cycle "
                    + other.cycle + " into that of partner '" + partner + "' and cycle " + cycle);
        }
        ExactMoney.requireCurrency(currency, other.currency, "Merged bill");
        return mergeSums(other);
    }

    /**
     * Returns a copy of these sums as the accumulator of another bill: for sums made where the
     * bill was not at hand, such as a distributed aggregation grouped by partner, cycle and
     * currency, which gives each group its key only with its result. This one is unchanged.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param currency the currency the sums are in, not null
     * @return the copy, not null
     */
    public BillAccumulator copyFor(PartnerId partner, BillCycle cycle, CurrencyUnit currency) {
        return create(partner, cycle, currency).mergeSums(this);
    }

    private BillAccumulator mergeSums(BillAccumulator other) {
        lineCount += other.lineCount;
        totals.mergeAll(other.totals);
        int[] regionOf = new int[other.regionCount];
        for (int r = 0; r < other.regionCount; r++) {
            regionOf[r] = region(other.regionCodes[r]);
        }
        others.ensure(PER_REGION * regionCount);
        mergeRegions(others, other.others, regionOf);
        other.products.forEach((id, cell) -> {
            ProductCell mine = products.get(id);
            if (mine == null) {
                mine = new ProductCell(cell.name, cell.type);
                products.put(id, mine);
            }
            mine.keepSmallestNames(cell.name, cell.type);
            mine.ensure(PER_REGION * regionCount);
            mergeRegions(mine, cell, regionOf);
        });
        customers.mergeAll(other.customers);
        return this;
    }

    private static void mergeRegions(Sums into, Sums from, int[] regionOf) {
        for (int r = 0; r < regionOf.length; r++) {
            if (from.isPositive(PER_REGION * r + 2)) {
                for (int k = 0; k < PER_REGION; k++) {
                    into.mergeSlot(PER_REGION * regionOf[r] + k, from, PER_REGION * r + k);
                }
            }
        }
    }

    /**
     * Writes the byte form: a magic number and version 1, then the partner, cycle, currency and every
     * exact sum, products, regions and customers in sorted order, so that accumulators of the same
     * lines give the same bytes whatever the order the lines were added or merged in.
     *
     * @param out where to write, not null
     * @throws IOException if the output fails
     */
    public void writeTo(DataOutput out) throws IOException {
        AccumulatorBytes.write(this, Objects.requireNonNull(out, "out"));
    }

    /**
     * Reads an accumulator written by {@link #writeTo}: it gives the same bill, and merges the same,
     * as the one written.
     *
     * @param in where to read, positioned at the byte form, not null
     * @return the accumulator, not null
     * @throws io.partnerbill.core.InvalidValueException if the bytes are not a bill accumulator's, or are of
     *     a version this library does not read (a newer one), naming what was found
     * @throws IOException if the input fails or ends early
     */
    public static BillAccumulator readFrom(DataInput in) throws IOException {
        return AccumulatorBytes.read(Objects.requireNonNull(in, "in"));
    }

    /**
     * Returns the byte form of {@link #writeTo} as an array.
     *
     * @return the bytes, not null
     */
    public byte[] toByteArray() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Reads an accumulator from the bytes of {@link #toByteArray}.
     *
     * @param bytes the byte form, not null
     * @return the accumulator, not null
     * @throws io.partnerbill.core.InvalidValueException if the bytes are not a bill accumulator's of a
     *     version this library reads, or end early
     */
    public static BillAccumulator fromByteArray(byte[] bytes) {
        try {
            return readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new io.partnerbill.core.InvalidValueException("Bill accumulator bytes end early (" + bytes.length
                    + " bytes): " + e);
        }
    }

    private Object writeReplace() {
        return new Serialized(toByteArray());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("A bill accumulator is read through its byte form");
    }

    /** Java serialization's stand-in: the byte form. */
    private static final class Serialized implements Serializable {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        Serialized(byte[] bytes) {
            this.bytes = bytes;
        }

        private Object readResolve() {
            return fromByteArray(bytes);
        }
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return how many lines were added */
    public long lineCount() {
        return lineCount;
    }

    /** A product's expenditure by region number: list, settlement and line count per region. */
    static final class ProductCell extends Sums {
        String name;
        String type;

        ProductCell(String name, String type) {
            super(PER_REGION * REGIONS_BY_IDENTITY);
            this.name = name;
            this.type = type;
        }

        void add(BillLine line, int region) {
            // A product renamed (or retyped) within a month keeps the smallest name and type, whatever the line order.
            if (!line.productName().equals(name) || !line.productType().equals(type)) {
                keepSmallestNames(line.productName(), line.productType());
            }
            int slot = PER_REGION * region;
            ensure(slot + PER_REGION);
            add(slot + LIST, line.expenditureUnits, line.expenditureHuge);
            add(slot + SETTLEMENT, line.settlementUnits, line.settlementHuge);
            count(slot + 2);
        }

        void keepSmallestNames(String otherName, String otherType) {
            if (otherName.compareTo(name) < 0) {
                name = otherName;
            }
            if (otherType.compareTo(type) < 0) {
                type = otherType;
            }
        }
    }
}
