package io.partnerbill.spark;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Sums bill lines on Spark into one {@link BillAccumulator} per bill: a typed {@link Aggregator}
 * over rows of the {@link BillColumns} (in their order), whose result is the accumulator's
 * byte form ({@link BillAccumulator#toByteArray()}; no bytes when no row came).
 *
 * <p>The accumulator's sums are exact, and merging partial accumulators in any order gives the
 * same sums, so the bill made from the result ({@code MonthlyBillCalculator.calculate}) equals
 * the one computed from the same lines on one machine. The buffer travels between executors as
 * the byte form, through Java serialization: no Kryo, no {@code --add-opens}.
 *
 * <p>The rows of one aggregation must be of one partner, cycle and currency; group by those
 * columns ({@link #byPartnerMonth}) to sum many bills at once. A row of another bill, a null
 * cell or an invalid value fails the job with the library's exception naming it.
 *
 * <p>This class is immutable and thread-safe; Spark gives each task its own buffers.
 */
public final class BillAggregator extends Aggregator<Row, BillBuffer, byte[]> {

    private static final long serialVersionUID = 1L;
    /** The column of {@link #byPartnerMonth}'s result that holds the byte form. */
    public static final String ACCUMULATOR = "accumulator";

    // The internal form of byPartnerMonth and ofPartnerMonth: rows of BillColumns.SPLIT_SCHEMA.
    private final boolean split;

    private BillAggregator(boolean split) {
        this.split = split;
    }

    /**
     * Returns the aggregator, for {@code Dataset.select(aggregator.toColumn())} over rows of the
     * {@link BillColumns} schema.
     *
     * @return the aggregator, not null
     */
    public static BillAggregator create() {
        return new BillAggregator(false);
    }

    /**
     * Returns the aggregator as an untyped aggregate function of the eleven {@link BillColumns},
     * in their order: {@code groupBy(...).agg(BillAggregator.udaf().apply(BillColumns.standard().columns()))}.
     *
     * @return the function, not null
     */
    public static UserDefinedFunction udaf() {
        return functions.udaf(new BillAggregator(false), Encoders.row(BillColumns.SCHEMA));
    }

    /**
     * Sums every bill of a Dataset of lines: one row per partner, cycle and currency, with the
     * columns {@code partner}, {@code cycle}, {@code currency} and {@value #ACCUMULATOR} (binary).
     *
     * @param lines the lines, not null
     * @param columns where the lines' figures are, not null
     * @return the bills' accumulators, lazily computed, not null
     */
    public static Dataset<Row> byPartnerMonth(Dataset<Row> lines, BillColumns columns) {
        Objects.requireNonNull(lines, "lines");
        Column[] selected = Objects.requireNonNull(columns, "columns").splitColumns();
        Column[] args = new Column[selected.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = functions.col(BillColumns.SPLIT_SCHEMA.fields()[i].name());
        }
        UserDefinedFunction split = functions.udaf(new BillAggregator(true), Encoders.row(BillColumns.SPLIT_SCHEMA));
        return lines.select(selected).groupBy(args[0], args[1], args[2]).agg(split.apply(args).as(ACCUMULATOR));
    }

    /**
     * Sums the lines of one bill.
     *
     * @param lines the lines, all of that partner, cycle and currency, not null
     * @param columns where the lines' figures are, not null
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param currency the currency, not null
     * @return the accumulator, empty if there are no lines, not null
     * @throws CycleMismatchException if a line is of another partner, cycle or currency (the job fails with it)
     */
    public static BillAccumulator ofPartnerMonth(Dataset<Row> lines, BillColumns columns, PartnerId partner,
            BillCycle cycle, CurrencyUnit currency) {
        BillAccumulator empty = BillAccumulator.create(partner, cycle, currency);
        Dataset<Row> rows = lines.select(Objects.requireNonNull(columns, "columns").splitColumns());
        byte[] bytes = rows.as(Encoders.row(BillColumns.SPLIT_SCHEMA)).select(new BillAggregator(true).toColumn()).first();
        return bytes.length == 0 ? empty : empty.merge(BillAccumulator.fromByteArray(bytes));
    }

    /**
     * Brings the accumulators of {@link #byPartnerMonth} to the driver, ordered by partner, cycle
     * and currency.
     *
     * @param byPartnerMonth the result of {@link #byPartnerMonth}, not null
     * @return the accumulators, not null
     */
    public static List<BillAccumulator> collect(Dataset<Row> byPartnerMonth) {
        List<BillAccumulator> bills = new ArrayList<>();
        for (Row row : byPartnerMonth.orderBy("partner", "cycle", "currency").select(ACCUMULATOR).collectAsList()) {
            bills.add(BillAccumulator.fromByteArray((byte[]) row.get(0)));
        }
        return bills;
    }

    @Override
    public BillBuffer zero() {
        return new BillBuffer();
    }

    @Override
    public BillBuffer reduce(BillBuffer buffer, Row row) {
        if (split) {
            buffer.addSplit(row);
        } else {
            buffer.add(row);
        }
        return buffer;
    }

    @Override
    public BillBuffer merge(BillBuffer b1, BillBuffer b2) {
        return b1.merge(b2);
    }

    @Override
    public byte[] finish(BillBuffer buffer) {
        return buffer.toBytes();
    }

    @Override
    public Encoder<BillBuffer> bufferEncoder() {
        return Encoders.javaSerialization(BillBuffer.class);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
        return Encoders.BINARY();
    }
}
