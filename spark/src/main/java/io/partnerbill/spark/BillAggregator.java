package io.partnerbill.spark;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;
import scala.Tuple3;

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
    /**
     * The Spark setting ({@code spark.conf().set(COLUMNAR_SCAN, "false")}) that turns off summing a
     * columnar scan's batches in {@link #byPartnerMonth} and {@link #ofPartnerMonth}; on by default.
     */
    public static final String COLUMNAR_SCAN = "partnerbill.spark.columnarScan";

    /** The rows an aggregator reads: BillColumns.SCHEMA, SPLIT_SCHEMA (ofPartnerMonth) or LINE_SCHEMA (byPartnerMonth). */
    private enum Input { STANDARD, SPLIT, LINE }

    // Gives byPartnerMonth's stand-in sums the bill of their group.
    private static final UserDefinedFunction COPY_FOR =
            functions.udf((UDF4<String, String, String, byte[], byte[]>) BillAggregator::copyFor, DataTypes.BinaryType);

    private final Input input;

    private BillAggregator(Input input) {
        this.input = input;
    }

    /**
     * Returns the aggregator, for {@code Dataset.select(aggregator.toColumn())} over rows of the
     * {@link BillColumns} schema.
     *
     * @return the aggregator, not null
     */
    public static BillAggregator create() {
        return new BillAggregator(Input.STANDARD);
    }

    /**
     * Returns the aggregator as an untyped aggregate function of the eleven {@link BillColumns},
     * in their order: {@code groupBy(...).agg(BillAggregator.udaf().apply(BillColumns.standard().columns()))}.
     *
     * @return the function, not null
     */
    public static UserDefinedFunction udaf() {
        return functions.udaf(new BillAggregator(Input.STANDARD), Encoders.row(BillColumns.SCHEMA));
    }

    /**
     * Sums every bill of a Dataset of lines: one row per partner, cycle and currency, with the
     * columns {@code partner}, {@code cycle}, {@code currency} and {@value #ACCUMULATOR} (binary).
     *
     * <p>When the lines are a Parquet or ORC scan of the columns as stored (strings, decimals of
     * scale 8 or less), each task sums the scan's column batches without Spark making rows of them;
     * otherwise Spark aggregates rows. Both give the same sums and refuse the same lines;
     * {@link #COLUMNAR_SCAN} turns the first off.
     *
     * @param lines the lines, not null
     * @param columns where the lines' figures are, not null
     * @return the bills' accumulators, lazily computed, not null
     */
    public static Dataset<Row> byPartnerMonth(Dataset<Row> lines, BillColumns columns) {
        Objects.requireNonNull(lines, "lines");
        Column[] selected = Objects.requireNonNull(columns, "columns").splitColumns();
        Column[] key = {functions.col("partner"), functions.col("cycle"), functions.col("currency")};
        // Only what varies per line goes into the aggregate: the key comes from the group.
        Column[] figures = new Column[BillColumns.LINE_SCHEMA.size()];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = functions.col(BillColumns.LINE_SCHEMA.fields()[i].name());
        }
        UserDefinedFunction sums = functions.udaf(new BillAggregator(Input.LINE), Encoders.row(BillColumns.LINE_SCHEMA));
        Dataset<Row> rows = lines.select(selected).groupBy(key).agg(sums.apply(figures).as(ACCUMULATOR))
                .withColumn(ACCUMULATOR, COPY_FOR.apply(key[0], key[1], key[2], functions.col(ACCUMULATOR)));
        ColumnarScan.Scan scan = ColumnarScan.of(lines.select(columns.plainColumns()));
        return scan == null ? rows : ColumnarScan.byPartnerMonth(lines.sparkSession(), scan, rows.schema());
    }

    /** The stand-in sums of a group as the accumulator of its partner, cycle and currency. */
    private static byte[] copyFor(@Nullable String partner, @Nullable String cycle, @Nullable String currency,
            byte[] sums) {
        return BillAccumulator.fromByteArray(sums).copyFor(PartnerId.of(key(partner, 0)), BillCycle.parse(key(cycle, 1)),
                Monetary.getCurrency(key(currency, 2))).toByteArray();
    }

    private static String key(@Nullable String value, int column) {
        if (value == null) {
            throw new InvalidValueException("Bill line column '" + BillColumns.NAMES.get(column) + "' must not be null");
        }
        return value;
    }

    /**
     * Sums the lines of one bill, from a columnar scan's batches where it can, as {@link #byPartnerMonth}.
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
        Objects.requireNonNull(columns, "columns");
        BillAccumulator empty = BillAccumulator.create(partner, cycle, currency);
        ColumnarScan.Scan scan = ColumnarScan.of(lines.select(columns.plainColumns()));
        if (scan != null) {
            for (byte[] partial : ColumnarScan.ofPartnerMonth(scan,
                    new Tuple3<>(partner.value(), cycle.toString(), currency.getCurrencyCode()))) {
                empty.merge(BillAccumulator.fromByteArray(partial));
            }
            return empty;
        }
        Dataset<Row> rows = lines.select(columns.splitColumns());
        byte[] bytes = rows.as(Encoders.row(BillColumns.SPLIT_SCHEMA)).select(new BillAggregator(Input.SPLIT).toColumn()).first();
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
        switch (input) {
            case STANDARD -> buffer.add(row);
            case SPLIT -> buffer.addSplit(row);
            case LINE -> buffer.addLine(row);
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
