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
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.money.Monetary;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation buffer of {@link BillAggregator}: a {@link BillAccumulator}, made at the first
 * row (which names the partner, cycle and currency), fed through a reused {@link BillLineColumns}
 * batch. Java serialization writes the accumulator's byte form, so Spark needs neither Kryo nor
 * its {@code --add-opens} flags. Not thread-safe, as Spark's buffers need not be.
 *
 * <p>Public only because Spark encodes a buffer of a public class alone; it has no public member.
 */
public final class BillBuffer implements Serializable {

    private static final long serialVersionUID = 1L;
    // Rows summed per batch. A batch numbers its customers and products afresh, so it should be
    // long enough to meet most of them more than once: 4,096 rows over 5,000 customers did not.
    static final int BATCH = 1 << 16;
    /** The bill of {@link #addLine}'s sums until they are given their own. */
    private static final PartnerId STAND_IN = PartnerId.of("partnerbill-spark-stand-in");
    private static final String STAND_IN_CYCLE = "2000-01";
    private static final String STAND_IN_CURRENCY = "XXX";

    private transient @Nullable BillAccumulator sum;
    private transient @Nullable BillLineColumns batch;
    // The first row's texts: a row of the same bill repeats them, compared before any parsing.
    private transient String partner = "";
    private transient String cycle = "";
    private transient String currency = "";
    // Ids by text: a partition's rows name the same few customers and products over and over.
    private transient Map<String, CustomerId> customers = new HashMap<>();
    private transient Map<String, ProductId> products = new HashMap<>();
    private transient @Nullable String lastBillType;
    private transient BillType billType = BillType.EXPENDITURE;

    BillBuffer() {
    }

    /** Adds a row of {@link BillColumns#SCHEMA}. */
    void add(Row row) {
        BillLineColumns lines = batchOf(text(row, 0, 0), text(row, 1, 0), text(row, 2, 0));
        lines.add(customer(text(row, 3, 0)), product(text(row, 4, 0)), text(row, 5, 0), text(row, 6, 0),
                text(row, 7, 0), billType(text(row, 8, 0)), amount(row, 9, BillColumns.NAMES.get(9)),
                amount(row, 10, BillColumns.NAMES.get(10)));
        flushWhenFull(lines);
    }

    /** Adds a row of {@link BillColumns#SPLIT_SCHEMA}. */
    void addSplit(Row row) {
        addFigures(batchOf(text(row, 0, 0), text(row, 1, 0), text(row, 2, 0)), row, 0);
    }

    /**
     * Adds a row of {@link BillColumns#LINE_SCHEMA}: the split row without partner, cycle and
     * currency. The sums are then of a stand-in bill, which {@link BillAggregator} replaces by the
     * group's key ({@link BillAccumulator#copyFor}); amounts in 10^-8 units do not depend on the currency.
     */
    void addLine(Row row) {
        BillLineColumns lines = batch;
        addFigures(lines != null ? lines : start(STAND_IN.value(), STAND_IN_CYCLE, STAND_IN_CURRENCY), row, -3);
    }

    /**
     * Adds the figures of a split row whose standard column {@code i} is at {@code i + shift}.
     * Each amount below 10^10 comes as a {@code decimal(18,8)}, which Spark carries as a long, and
     * only a larger one as {@code decimal(38,8)}, which it carries as a {@code BigInteger}.
     */
    private void addFigures(BillLineColumns lines, Row row, int shift) {
        CustomerId customer = customer(text(row, 3, shift));
        ProductId product = product(text(row, 4, shift));
        String name = text(row, 5, shift);
        String type = text(row, 6, shift);
        String region = text(row, 7, shift);
        BillType bill = billType(text(row, 8, shift));
        Object exp = row.get(9 + shift);
        Object set = row.get(10 + shift);
        if (exp instanceof BigDecimal e && set instanceof BigDecimal s) {
            lines.addUnits(customer, product, name, type, region, bill, units(e), units(s));
        } else {
            lines.add(customer, product, name, type, region, bill, smallOrHuge(row, 9, shift),
                    smallOrHuge(row, 10, shift));
        }
        flushWhenFull(lines);
    }

    /** The batch of the row's bill: the first row names it, every later row must repeat it. */
    private BillLineColumns batchOf(String p, String c, String cur) {
        BillLineColumns lines = batch;
        if (lines == null) {
            return start(p, c, cur);
        }
        if (!p.equals(partner) || !c.equals(cycle) || !cur.equals(currency)) {
            throw new CycleMismatchException("Line of partner '" + p + "', cycle " + c + " and currency " + cur
                    + " cannot join the bill of partner '" + partner + "', cycle " + cycle + " and currency " + currency);
        }
        return lines;
    }

    private void flushWhenFull(BillLineColumns lines) {
        if (lines.size() == BATCH) {
            flush();
        }
    }

    /** A {@code decimal(18,8)} as 10^-8 units: its unscaled value, exact (it has at most 18 digits). */
    private static long units(BigDecimal small) {
        return small.setScale(ExactMoney.LINE_SCALE).unscaledValue().longValueExact();
    }

    /** The amount of split column {@code i}: the small form, else the huge one two columns on. */
    private static BigDecimal smallOrHuge(Row row, int i, int shift) {
        Object small = row.get(i + shift);
        return small != null ? (BigDecimal) small : amount(row, i + shift + 2, BillColumns.NAMES.get(i));
    }

    private BillLineColumns start(String p, String c, String cur) {
        partner = p;
        cycle = c;
        currency = cur;
        PartnerId id = PartnerId.of(p);
        BillCycle billCycle = BillCycle.parse(c);
        javax.money.CurrencyUnit unit = Monetary.getCurrency(cur);
        if (sum == null) {
            sum = BillAccumulator.create(id, billCycle, unit);
        }
        BillLineColumns lines = BillLineColumns.create(id, billCycle, unit);
        batch = lines;
        return lines;
    }

    /** The text of standard column {@code i}, at {@code i + shift} in the row. */
    private static String text(Row row, int i, int shift) {
        Object value = row.get(i + shift);
        if (value == null) {
            throw new InvalidValueException("Bill line column '" + BillColumns.NAMES.get(i) + "' must not be null");
        }
        return value.toString();
    }

    private static BigDecimal amount(Row row, int i, String name) {
        BigDecimal value = row.getDecimal(i);
        if (value == null) {
            throw new InvalidValueException("Bill line column '" + name + "' must not be null");
        }
        return value;
    }

    private CustomerId customer(String text) {
        return id(customers, text, CustomerId::of);
    }

    private ProductId product(String text) {
        return id(products, text, ProductId::of);
    }

    /** The id of a text, made once per buffer (not computeIfAbsent: a lambda per row would allocate). */
    private static <T> T id(Map<String, T> known, String text, Function<String, T> of) {
        T id = known.get(text);
        if (id == null) {
            id = of.apply(text);
            known.put(text, id);
        }
        return id;
    }

    private BillType billType(String text) {
        if (!text.equals(lastBillType)) {
            billType = BillType.fromLabel(text);
            lastBillType = text;
        }
        return billType;
    }

    /** Sums the pending batch into the accumulator. */
    private void flush() {
        BillLineColumns lines = batch;
        if (lines != null && lines.size() > 0) {
            Objects.requireNonNull(sum).addAll(lines);
            lines.clear();
        }
    }

    /** Adds another buffer's sums into this one. */
    BillBuffer merge(BillBuffer other) {
        flush();
        other.flush();
        BillAccumulator theirs = other.sum;
        if (theirs == null) {
            return this;
        }
        BillAccumulator mine = sum;
        if (mine == null) {
            sum = theirs;
            other.sum = null; // taken, not copied: Spark does not use a buffer after merging it
        } else {
            mine.merge(theirs);
        }
        return this;
    }

    /** @return the accumulator's byte form, or no bytes when no row came */
    byte[] toBytes() {
        flush();
        BillAccumulator s = sum;
        return s == null ? new byte[0] : s.toByteArray();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        flush();
        BillAccumulator s = sum;
        out.writeBoolean(s != null);
        if (s != null) {
            s.writeTo(out);
        }
    }

    private void readObject(ObjectInputStream in) throws IOException {
        customers = new HashMap<>();
        products = new HashMap<>();
        partner = "";
        cycle = "";
        currency = "";
        billType = BillType.EXPENDITURE;
        if (in.readBoolean()) {
            BillAccumulator s = BillAccumulator.readFrom(in);
            sum = s;
            partner = s.partner().value();
            cycle = s.cycle().toString();
            currency = s.currency().getCurrencyCode();
            batch = BillLineColumns.create(s.partner(), s.cycle(), s.currency());
        }
    }
}
