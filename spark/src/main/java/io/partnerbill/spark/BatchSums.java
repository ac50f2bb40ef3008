package io.partnerbill.spark;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLineColumns;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Sums one partition's column batches of the eleven {@link BillColumns}: one {@link BillAccumulator}
 * per partner, cycle and currency, each fed through a reused {@link BillLineColumns} batch, with the
 * checks and messages of {@link BillBuffer}. Texts are compared and looked up as Spark holds them
 * (UTF-8 bytes) and made into Java strings and ids once per distinct value. Not thread-safe: one
 * task's.
 */
final class BatchSums {

    // Rows a task holds in its bills' batches at most: past it every batch is summed and let go, so
    // a task over many bills keeps their sums, not a batch of each (a batch costs 33 bytes a row).
    static final int PENDING_ROWS = 1 << 20;
    private static final int LINE_SCALE = ExactMoney.LINE_SCALE;
    // The largest magnitude of the row path's small form, in 10^-8 units: amounts past it are read as decimals.
    private static final long SMALL_UNITS = BillColumns.SMALL_LIMIT.movePointRight(LINE_SCALE).longValueExact();
    /** What {@link #units} returns for an amount past the small form, read then as a decimal. */
    private static final long HUGE = Long.MIN_VALUE;
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
            10_000_000L, 100_000_000L};

    private final int[] ordinals;
    private final int[] precision = new int[2];
    private final int[] scale = new int[2];
    private final @Nullable Tuple3<PartnerId, BillCycle, CurrencyUnit> expected;
    private final Map<Tuple3<UTF8String, UTF8String, UTF8String>, Group> groups = new LinkedHashMap<>();
    private final Map<UTF8String, UTF8String> keys = new HashMap<>();
    private final Map<UTF8String, CustomerId> customers = new HashMap<>();
    private final Map<UTF8String, ProductId> products = new HashMap<>();
    private final Map<UTF8String, String> strings = new HashMap<>();
    private final Map<UTF8String, BillType> billTypes = new HashMap<>();
    /** The nine text columns, in the columns' order. */
    private final TextColumn[] texts = {new TextColumn(this::kept), new TextColumn(this::kept),
            new TextColumn(this::kept), new TextColumn(t -> made(customers, t, CustomerId::of)),
            new TextColumn(t -> made(products, t, ProductId::of)), new TextColumn(t -> made(strings, t, s -> s)),
            new TextColumn(t -> made(strings, t, s -> s)), new TextColumn(t -> made(strings, t, s -> s)),
            new TextColumn(t -> made(billTypes, t, BillType::fromLabel))};
    private @Nullable Group group;
    private final int pendingLimit;
    // Rows added since every batch was last let go (an upper bound of the rows pending in them).
    private int pendingRows;

    /** The sums of one bill and its pending batch, made when a row comes and let go when summed. */
    private static final class Group {
        final Tuple3<UTF8String, UTF8String, UTF8String> key;
        final BillAccumulator sum;
        private @Nullable BillLineColumns batch;

        Group(Tuple3<UTF8String, UTF8String, UTF8String> key, PartnerId partner, BillCycle cycle, CurrencyUnit currency) {
            this.key = key;
            sum = BillAccumulator.create(partner, cycle, currency);
        }

        BillLineColumns batch() {
            BillLineColumns b = batch;
            if (b == null) {
                b = BillLineColumns.create(sum.partner(), sum.cycle(), sum.currency());
                batch = b;
            }
            return b;
        }

        /** Sums the pending batch; {@code release} lets it go instead of keeping it for reuse. */
        void flush(boolean release) {
            BillLineColumns b = batch;
            if (b != null && b.size() > 0) {
                sum.addAll(b);
                b.clear();
            }
            if (release) {
                batch = null;
            }
        }
    }

    /**
     * @param schema the eleven columns' schema: nine strings, then two decimals of scale 8 or less
     * @param ordinals the batch column of each of the eleven
     * @param expected the partner, cycle and currency code of the one bill every row must be of, or
     *     null for any number of bills
     */
    BatchSums(StructType schema, int[] ordinals, @Nullable Tuple3<String, String, String> expected) {
        this(schema, ordinals, expected, PENDING_ROWS);
    }

    /** As above, letting every batch go after {@code pendingLimit} rows (tests use small ones). */
    BatchSums(StructType schema, int[] ordinals, @Nullable Tuple3<String, String, String> expected, int pendingLimit) {
        this.pendingLimit = pendingLimit;
        this.ordinals = ordinals.clone();
        for (int i = 0; i < 2; i++) {
            DecimalType type = (DecimalType) schema.fields()[9 + i].dataType();
            precision[i] = type.precision();
            scale[i] = type.scale();
        }
        this.expected = expected == null ? null : new Tuple3<>(PartnerId.of(expected._1()),
                BillCycle.parse(expected._2()), Monetary.getCurrency(expected._3()));
    }

    void add(ColumnarBatch batch) {
        int rows = batch.numRows();
        for (int c = 0; c < BillColumns.NAMES.size(); c++) {
            requireNoNull(batch.column(ordinals[c]), c, rows);
        }
        for (int c = 0; c < 9; c++) {
            texts[c].start(batch.column(ordinals[c]));
        }
        ColumnVector expenditure = batch.column(ordinals[9]);
        ColumnVector settlement = batch.column(ordinals[10]);
        Group g = group;
        for (int r = 0; r < rows; r++) {
            // The key texts are each one kept instance per distinct value: compared by reference.
            Object p = texts[0].get(r);
            Object c = texts[1].get(r);
            Object cur = texts[2].get(r);
            if (g == null || p != g.key._1() || c != g.key._2() || cur != g.key._3()) {
                g = group((UTF8String) p, (UTF8String) c, (UTF8String) cur);
                group = g;
            }
            CustomerId customerId = (CustomerId) texts[3].get(r);
            ProductId productId = (ProductId) texts[4].get(r);
            String productName = (String) texts[5].get(r);
            String productType = (String) texts[6].get(r);
            String regionCode = (String) texts[7].get(r);
            BillType bill = (BillType) texts[8].get(r);
            long exp = units(expenditure, 0, r);
            long set = units(settlement, 1, r);
            BillLineColumns lines = g.batch();
            if (exp != HUGE && set != HUGE) {
                lines.addUnits(customerId, productId, productName, productType, regionCode, bill, exp, set);
            } else {
                lines.add(customerId, productId, productName, productType, regionCode, bill,
                        decimal(expenditure, 0, r), decimal(settlement, 1, r));
            }
            if (lines.size() == BillBuffer.BATCH) {
                g.flush(false);
            }
            if (++pendingRows == pendingLimit) {
                for (Group each : groups.values()) {
                    each.flush(true);
                }
                pendingRows = 0;
            }
        }
    }

    /** @return each bill's key texts and its accumulator's byte form */
    List<Tuple2<Tuple3<String, String, String>, byte[]>> finish() {
        List<Tuple2<Tuple3<String, String, String>, byte[]>> sums = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            g.flush(true);
            sums.add(new Tuple2<>(new Tuple3<>(g.key._1().toString(), g.key._2().toString(), g.key._3().toString()),
                    g.sum.toByteArray()));
        }
        return sums;
    }

    private static void requireNoNull(ColumnVector vector, int column, int rows) {
        if (vector.hasNull()) {
            for (int r = 0; r < rows; r++) {
                if (vector.isNullAt(r)) {
                    throw new InvalidValueException("Bill line column '" + BillColumns.NAMES.get(column)
                            + "' must not be null");
                }
            }
        }
    }

    /**
     * The group of a row's bill, by its kept key texts; a new one is checked as {@link BillBuffer}
     * checks a bill's first row.
     */
    private Group group(UTF8String p, UTF8String c, UTF8String cur) {
        Tuple3<UTF8String, UTF8String, UTF8String> key = new Tuple3<>(p, c, cur);
        Group known = groups.get(key);
        if (known != null) {
            return known;
        }
        PartnerId partner = PartnerId.of(p.toString());
        BillCycle cycle = BillCycle.parse(c.toString());
        CurrencyUnit currency = Monetary.getCurrency(cur.toString());
        Tuple3<PartnerId, BillCycle, CurrencyUnit> bill = expected;
        if (bill != null && (!partner.equals(bill._1()) || !cycle.equals(bill._2()) || !currency.equals(bill._3()))) {
            throw new CycleMismatchException("Line of partner '" + p + "', cycle " + c + " and currency " + cur
                    + " cannot join the bill of partner '" + bill._1().value() + "', cycle " + bill._2() + " and currency "
                    + bill._3().getCurrencyCode());
        }
        Group g = new Group(key, partner, cycle, currency);
        groups.put(key, g);
        return g;
    }

    /** One kept instance per distinct text: the vectors' bytes are overwritten by the next batch. */
    private UTF8String kept(UTF8String text) {
        UTF8String known = keys.get(text);
        if (known == null) {
            known = text.clone();
            keys.put(known, known);
        }
        return known;
    }

    /** The value of a text, made once per distinct text and kept by a copy of its bytes. */
    private static <T> T made(Map<UTF8String, T> known, UTF8String text, Function<String, T> of) {
        T value = known.get(text);
        if (value == null) {
            value = of.apply(text.toString());
            known.put(text.clone(), value);
        }
        return value;
    }

    /**
     * A text column's values as this class uses them (kept texts, ids, strings, bill types), each
     * made once per distinct text. A dictionary-encoded column (Parquet's usual form for repeated
     * texts) is read by its dictionary ids, so a value repeated within a batch is neither decoded
     * nor hashed again.
     */
    private static final class TextColumn {
        private final Function<UTF8String, Object> value;
        private Object[] byId = new Object[64];
        private int highestId = -1;
        private @Nullable ColumnVector vector;
        private @Nullable WritableColumnVector ids;

        TextColumn(Function<UTF8String, Object> value) {
            this.value = value;
        }

        void start(ColumnVector column) {
            Arrays.fill(byId, 0, highestId + 1, null); // the ids are the batch's own dictionary's
            highestId = -1;
            vector = column;
            ids = column instanceof WritableColumnVector w && w.hasDictionary() ? w.getDictionaryIds() : null;
        }

        Object get(int row) {
            ColumnVector column = Objects.requireNonNull(vector);
            WritableColumnVector dictionaryIds = ids;
            if (dictionaryIds == null) {
                return value.apply(column.getUTF8String(row));
            }
            int id = dictionaryIds.getInt(row);
            if (id >= byId.length) {
                byId = Arrays.copyOf(byId, Math.max(id + 1, 2 * byId.length));
            }
            Object known = byId[id];
            if (known == null) {
                known = value.apply(column.getUTF8String(row));
                byId[id] = known;
                highestId = Math.max(highestId, id);
            }
            return known;
        }
    }

    /**
     * Amount column {@code 9 + i} of row {@code r} in 10^-8 units, or {@link #HUGE} when it is not
     * below 10^10 (then read whole by {@link #decimal}).
     */
    private long units(ColumnVector vector, int i, int r) {
        long unscaled;
        if (precision[i] <= 18) {
            unscaled = Objects.requireNonNull(vector.getDecimal(r, precision[i], scale[i])).toUnscaledLong();
        } else if (vector instanceof WritableColumnVector) {
            // Spark's own vectors (its Parquet and ORC readers') hold a wide decimal as its unscaled
            // value's two's-complement bytes, which is what their getDecimal reads through a BigInteger.
            byte[] bytes = vector.getBinary(r);
            if (!fitsLong(bytes)) {
                return HUGE;
            }
            unscaled = toLong(bytes);
        } else {
            BigInteger value = Objects.requireNonNull(vector.getDecimal(r, precision[i], scale[i])).toJavaBigDecimal()
                    .unscaledValue();
            if (value.bitLength() > 63) {
                return HUGE;
            }
            unscaled = value.longValue();
        }
        long factor = POWERS_OF_TEN[LINE_SCALE - scale[i]];
        long limit = SMALL_UNITS / factor;
        return unscaled > limit || unscaled < -limit ? HUGE : unscaled * factor;
    }

    private BigDecimal decimal(ColumnVector vector, int i, int r) {
        return Objects.requireNonNull(vector.getDecimal(r, precision[i], scale[i])).toJavaBigDecimal()
                .setScale(LINE_SCALE);
    }

    /** Whether big-endian two's-complement bytes hold a value of 64 bits or fewer. */
    static boolean fitsLong(byte[] bytes) {
        int extra = bytes.length - Long.BYTES;
        if (extra <= 0) {
            return true;
        }
        byte sign = (byte) (bytes[0] >> 7);
        for (int b = 0; b < extra; b++) {
            if (bytes[b] != sign) {
                return false;
            }
        }
        return (bytes[extra] >> 7) == sign;
    }

    /** The value of big-endian two's-complement bytes that {@link #fitsLong fit a long}. */
    static long toLong(byte[] bytes) {
        long value = bytes.length > 0 && bytes[0] < 0 ? -1L : 0L;
        for (int b = Math.max(0, bytes.length - Long.BYTES); b < bytes.length; b++) {
            value = value << 8 | bytes[b] & 0xFF;
        }
        return value;
    }
}
