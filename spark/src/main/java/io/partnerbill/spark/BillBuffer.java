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
    // Rows summed per batch: enough for the batch's loop to pay, small enough to stay in cache.
    private static final int BATCH = 4096;

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
        String p = text(row, 0);
        String c = text(row, 1);
        String cur = text(row, 2);
        BillLineColumns lines = batch;
        if (lines == null) {
            lines = start(p, c, cur);
        } else if (!p.equals(partner) || !c.equals(cycle) || !cur.equals(currency)) {
            throw new CycleMismatchException("Line of partner '" + p + "', cycle " + c + " and currency " + cur
                    + " cannot join the bill of partner '" + partner + "', cycle " + cycle + " and currency " + currency);
        }
        lines.add(customer(text(row, 3)), product(text(row, 4)), text(row, 5), text(row, 6), text(row, 7),
                billType(text(row, 8)), amount(row, 9), amount(row, 10));
        if (lines.size() == BATCH) {
            flush();
        }
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

    private static String text(Row row, int i) {
        Object value = row.get(i);
        if (value == null) {
            throw new InvalidValueException("Bill line column '" + BillColumns.NAMES.get(i) + "' must not be null");
        }
        return value.toString();
    }

    private static BigDecimal amount(Row row, int i) {
        BigDecimal value = row.getDecimal(i);
        if (value == null) {
            throw new InvalidValueException("Bill line column '" + BillColumns.NAMES.get(i) + "' must not be null");
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
