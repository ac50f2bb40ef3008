package io.partnerbill.spark;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession of the module's tests (local[2], as CI's two cores), and lines as rows. */
final class SparkTests {

    static final SparkSession SPARK = SparkSession.builder().master("local[2]").appName("partnerbill-spark-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();

    static final MonthlyBillCalculator CALCULATOR =
            MonthlyBillCalculator.of(TaxPolicy.none(), BillingFixtures.CALENDAR, RoundingPolicy.BILL_TOTAL);

    private SparkTests() {
    }

    /** The lines as rows of the standard columns, spread over some partitions. */
    static Dataset<Row> rows(List<BillLine> lines, int partitions) {
        List<Row> rows = new ArrayList<>(lines.size());
        for (BillLine line : lines) {
            rows.add(RowFactory.create(line.partner().value(), line.cycle().toString(),
                    line.currency().getCurrencyCode(), line.customer().value(), line.product().value(),
                    line.productName(), line.productType(), line.regionCode(), line.billType().label(),
                    line.expenditureDecimal(), line.settlementDecimal()));
        }
        // Sliced as given, without a shuffle: each slice is a task whose buffer is merged with the others.
        JavaSparkContext context = JavaSparkContext.fromSparkContext(SPARK.sparkContext());
        return SPARK.createDataFrame(context.parallelize(rows, partitions), BillColumns.SCHEMA);
    }

    static MonthlyBill bill(BillAccumulator acc) {
        return CALCULATOR.calculate(acc, ExactMoney.monetary(BigDecimal.ZERO, acc.currency()));
    }

    /** The single-machine bill of lines, the reference every Spark result must equal. */
    static MonthlyBill bill(List<BillLine> lines, BillAccumulator empty) {
        return bill(empty.addAll(lines));
    }
}
