package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.money.ExactMoney;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.Monetary;

/**
 * The byte form of a {@link BillAccumulator}, version 1. Everything is written in a fixed order
 * (products, regions and customers sorted), so equal accumulators give equal bytes whatever
 * order their lines came in:
 *
 * <pre>
 * int    magic 0x50424143 ("PBAC"), byte version 1
 * text   partner, cycle (yyyy-MM), currency code
 * long   line count
 * sum×6  list and settlement of expenditures, refunds, adjustments
 * int    regions; per region in code order: text code
 * int    products; per product in id order: text id, name, type, int cells,
 *        per cell: int region, sum list, sum settlement, long lines
 * int    "others" cells; per cell: int region, sum refunds, sum adjustments, long lines
 * int    customers; per customer in id order: text id, sum×3 settlement by type, long lines
 * </pre>
 *
 * A text is an int count of UTF-16 units and the units (so any string comes back as it was);
 * a sum is a byte 0 and a long of 10^-8 units, or a byte 1, an int length and the two's-complement
 * bytes of the unscaled value when it does not fit a long.
 */
final class AccumulatorBytes {

    static final int MAGIC = 0x50424143;
    static final int VERSION = 1;
    private static final int PER_REGION = BillAccumulator.PER_REGION;
    private static final int CUSTOMER_SLOTS = BillAccumulator.CUSTOMER_SLOTS;

    private AccumulatorBytes() {
    }

    static void write(BillAccumulator acc, DataOutput out) throws IOException {
        out.writeInt(MAGIC);
        out.writeByte(VERSION);
        writeText(out, acc.partner().value());
        writeText(out, acc.cycle().toString());
        writeText(out, acc.currency().getCurrencyCode());
        out.writeLong(acc.lineCount());
        for (int k = 0; k < 6; k++) {
            writeSum(out, acc.totals, k);
        }
        // Regions go out in code order, numbered by that order; `written[r]` is region r's number there.
        Integer[] byCode = new Integer[acc.regionCount()];
        for (int r = 0; r < byCode.length; r++) {
            byCode[r] = r;
        }
        java.util.Arrays.sort(byCode, Comparator.comparing(acc::regionCode));
        out.writeInt(byCode.length);
        int[] written = new int[byCode.length];
        for (int i = 0; i < byCode.length; i++) {
            writeText(out, acc.regionCode(byCode[i]));
            written[byCode[i]] = i;
        }
        Map<ProductId, BillAccumulator.ProductCell> products = new TreeMap<>(acc.products);
        out.writeInt(products.size());
        for (Map.Entry<ProductId, BillAccumulator.ProductCell> e : products.entrySet()) {
            BillAccumulator.ProductCell cell = e.getValue();
            writeText(out, e.getKey().value());
            writeText(out, cell.name);
            writeText(out, cell.type);
            writeCells(out, cell, byCode);
        }
        writeCells(out, acc.others, byCode);
        IdTable table = acc.customers;
        Map<CustomerId, Integer> customers = new TreeMap<>();
        for (int s = 0; s < table.capacity(); s++) {
            Identifier key = table.key(s);
            if (key instanceof CustomerId id) {
                customers.put(id, s);
            }
        }
        out.writeInt(customers.size());
        for (Map.Entry<CustomerId, Integer> e : customers.entrySet()) {
            writeText(out, e.getKey().value());
            int slot = CUSTOMER_SLOTS * e.getValue();
            for (int t = 0; t < 3; t++) {
                writeSum(out, table.sums, slot + t);
            }
            out.writeLong(table.sums.units[slot + 3]);
        }
    }

    /** Writes the region cells that have lines, by their number in the written region order. */
    private static void writeCells(DataOutput out, Sums cells, Integer[] byCode) throws IOException {
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < byCode.length; i++) {
            if (cells.isPositive(PER_REGION * byCode[i] + 2)) {
                used.add(i);
            }
        }
        out.writeInt(used.size());
        for (int i : used) {
            int slot = PER_REGION * byCode[i];
            out.writeInt(i);
            writeSum(out, cells, slot);
            writeSum(out, cells, slot + 1);
            out.writeLong(cells.units[slot + 2]);
        }
    }

    static BillAccumulator read(DataInput in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new InvalidValueException("Not a bill accumulator: expected magic 0x" + Integer.toHexString(MAGIC)
                    + ", was 0x" + Integer.toHexString(magic));
        }
        int version = in.readUnsignedByte();
        if (version != VERSION) {
            throw new InvalidValueException("Bill accumulator byte form version " + version
                    + (version > VERSION ? " is newer than" : " is not") + " the version this library reads ("
                    + VERSION + ")");
        }
        BillAccumulator acc = BillAccumulator.create(PartnerId.of(readText(in)), BillCycle.parse(readText(in)),
                Monetary.getCurrency(readText(in)));
        acc.countLines(in.readLong());
        for (int k = 0; k < 6; k++) {
            readSum(in, acc.totals, k);
        }
        int regions = count(in, "regions");
        int[] number = new int[regions];
        for (int i = 0; i < regions; i++) {
            number[i] = acc.region(readText(in));
        }
        int products = count(in, "products");
        for (int p = 0; p < products; p++) {
            ProductId id = ProductId.of(readText(in));
            BillAccumulator.ProductCell cell = acc.productCell(id, readText(in), readText(in));
            readCells(in, cell, number);
        }
        readCells(in, acc.others, number);
        int customers = count(in, "customers");
        for (int c = 0; c < customers; c++) {
            int slot = CUSTOMER_SLOTS * acc.customers.slot(CustomerId.of(readText(in)));
            Sums sums = acc.customers.sums; // read after slot(): a new customer may grow the table
            for (int t = 0; t < 3; t++) {
                readSum(in, sums, slot + t);
            }
            sums.units[slot + 3] += in.readLong();
        }
        return acc;
    }

    private static void readCells(DataInput in, Sums cells, int[] number) throws IOException {
        int used = count(in, "region cells");
        cells.ensure(PER_REGION * number.length);
        for (int c = 0; c < used; c++) {
            int i = in.readInt();
            if (i < 0 || i >= number.length) {
                throw new InvalidValueException("Bill accumulator names region " + i + " of " + number.length);
            }
            int slot = PER_REGION * number[i];
            readSum(in, cells, slot);
            readSum(in, cells, slot + 1);
            cells.units[slot + 2] += in.readLong();
        }
    }

    private static int count(DataInput in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new InvalidValueException("Bill accumulator has a negative count of " + what + ", was " + n);
        }
        return n;
    }

    private static void writeText(DataOutput out, String text) throws IOException {
        out.writeInt(text.length());
        out.writeChars(text);
    }

    private static String readText(DataInput in) throws IOException {
        int n = count(in, "characters");
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    private static void writeSum(DataOutput out, Sums sums, int slot) throws IOException {
        BigInteger unscaled = sums.value(slot).unscaledValue();
        if (unscaled.bitLength() < Long.SIZE) {
            out.writeByte(0);
            out.writeLong(unscaled.longValue());
        } else {
            byte[] bytes = unscaled.toByteArray();
            out.writeByte(1);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static void readSum(DataInput in, Sums sums, int slot) throws IOException {
        int tag = in.readUnsignedByte();
        if (tag == 0) {
            sums.add(slot, in.readLong(), null);
        } else if (tag == 1) {
            byte[] bytes = new byte[count(in, "sum bytes")];
            in.readFully(bytes);
            sums.add(slot, 0, new BigDecimal(new BigInteger(bytes), ExactMoney.LINE_SCALE));
        } else {
            throw new InvalidValueException("Bill accumulator has an unknown sum tag " + tag);
        }
    }
}
