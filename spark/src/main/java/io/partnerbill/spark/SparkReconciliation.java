package io.partnerbill.spark;

import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.export.format.BillDetailsLayout;
import io.partnerbill.export.importing.StatedTotals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reconciliation at scale: the lines whose stated Settlement Amount is not what their discount
 * makes of their list amount, as a Dataset computed on the executors; and the bills' totals
 * against the operator's stated totals, on the driver (one row per partner-month).
 *
 * <p>The checks are those of the single-machine {@code Reconciliation}: a line's settlement is
 * recomputed as {@code discount.settlement(expenditure, RoundingPolicy.LINE)}; a month's
 * "Expenditures", "Refunds", "Adjustments" and "Net Settlement" are compared by value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkReconciliation {

    private static final StructType LINES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("orderId", DataTypes.StringType, false),
            DataTypes.createStructField("field", DataTypes.StringType, false),
            DataTypes.createStructField("expected", DataTypes.StringType, false),
            DataTypes.createStructField("found", DataTypes.StringType, false)));
    private static final StructType TOTALS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("partner", DataTypes.StringType, false),
            DataTypes.createStructField("cycle", DataTypes.StringType, false),
            DataTypes.createStructField("field", DataTypes.StringType, false),
            DataTypes.createStructField("expected", DataTypes.StringType, false),
            DataTypes.createStructField("found", DataTypes.StringType, false)));

    private SparkReconciliation() {
    }

    /**
     * Returns the lines whose Settlement Amount differs from the recomputed one: {@code source},
     * {@code line}, {@code orderId}, {@code field} ("Settlement Amount"), {@code expected} and
     * {@code found} (plain decimal texts).
     *
     * @param read the lines of {@link BillDetailsDataset#lines()}, not null
     * @return the differences, lazily computed, not null
     */
    public static Dataset<Row> lineDifferences(Dataset<Row> read) {
        Objects.requireNonNull(read, "read");
        return read.where(functions.col("settlementAmount").notEqual(functions.col("recomputedSettlement")))
                .select("source", "line", "orderId", "recomputedSettlement", "settlementAmount")
                .map(new LineDifference(), Encoders.row(LINES));
    }

    /** A line's difference as the single-machine report writes it: plain decimal texts. */
    private static final class LineDifference implements MapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Row call(Row row) {
            return RowFactory.create(row.getString(0), row.getLong(1), row.getString(2),
                    BillDetailsLayout.SETTLEMENT_AMOUNT, row.getDecimal(3).toPlainString(),
                    row.getDecimal(4).toPlainString());
        }
    }

    /**
     * Compares recomputed bills with the operator's stated totals: one row per figure that
     * differs ({@code partner}, {@code cycle}, {@code field}, {@code expected} from the bill,
     * {@code found} as stated). A stated month without a bill is compared with zeros.
     *
     * @param spark the session, not null
     * @param bills the recomputed bills, such as those of {@link BillAggregator#collect}'s accumulators, not null
     * @param stated the operator's totals, not null
     * @return the differences, not null
     */
    public static Dataset<Row> totalDifferences(SparkSession spark, List<MonthlyBill> bills, List<StatedTotals> stated) {
        Objects.requireNonNull(spark, "spark");
        Map<String, MonthlyBill> byMonth = new HashMap<>();
        for (MonthlyBill bill : bills) {
            byMonth.put(bill.partner() + "|" + bill.cycle() + "|" + bill.currency().getCurrencyCode(), bill);
        }
        List<Row> rows = new ArrayList<>();
        for (StatedTotals s : stated) {
            MonthlyBill bill = byMonth.get(s.partner() + "|" + s.cycle() + "|"
                    + s.netSettlement().getCurrency().getCurrencyCode());
            compare(rows, s, "Expenditures", bill == null ? null : bill.expenditures(), s.expenditures());
            compare(rows, s, "Refunds", bill == null ? null : bill.refunds(), s.refunds());
            compare(rows, s, "Adjustments", bill == null ? null : bill.adjustments(), s.adjustments());
            compare(rows, s, "Net Settlement", bill == null ? null : bill.netSettlement(), s.netSettlement());
        }
        return spark.createDataFrame(rows, TOTALS);
    }

    private static void compare(List<Row> rows, StatedTotals s, String field,
            @org.jspecify.annotations.Nullable MonetaryAmount recomputed, MonetaryAmount found) {
        BigDecimal expected = recomputed == null ? BigDecimal.ZERO : ExactMoney.decimal(recomputed);
        BigDecimal stated = ExactMoney.decimal(found);
        if (expected.compareTo(stated) != 0) {
            rows.add(RowFactory.create(s.partner().value(), s.cycle().toString(), field,
                    ExactMoney.atCurrencyScale(recomputed == null ? ExactMoney.monetary(BigDecimal.ZERO,
                            found.getCurrency()) : recomputed).toPlainString(),
                    ExactMoney.atCurrencyScale(found).toPlainString()));
        }
    }
}
