package io.partnerbill.spark;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingFixtures;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.testkit.BillingArbitraries;
import java.math.BigDecimal;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession of the module's tests (local[2], as CI's two cores), and lines as rows. */
final class SparkTests {

    static final SparkSession SPARK = SparkSession.builder().master("local[2]").appName("partnerbill-spark-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            // Short column batches: the columnar sums keep their keys across the reused vectors.
            // (A small Parquet file is a partition of its own at the default open cost.)
            .config("spark.sql.parquet.columnarReaderBatchSize", "1000")
            .getOrCreate();
    private static final AtomicInteger PARQUET_FILES = new AtomicInteger();
    /** The bill of {@link #months()}. */
    static final PartnerId PARTNER = PartnerId.of("P-TEST");
    static final BillCycle CYCLE = BillCycle.of(2024, 1);

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

    /** Rows written to Parquet (a folder of one file per partition, under target/) and read back: a columnar scan. */
    static Dataset<Row> parquet(Dataset<Row> rows) {
        return parquet(rows, true);
    }

    /**
     * Rows written to Parquet and read back, its texts dictionary-encoded (the reader then makes each
     * text anew) or plain (the reader's vectors then hold them in buffers the next batch overwrites),
     * in folders by the values of the {@code partitionBy} columns (which the reader then gives last).
     */
    static Dataset<Row> parquet(Dataset<Row> rows, boolean dictionary, String... partitionBy) {
        String path = Path.of("target", "parquet-tests", "lines-" + PARQUET_FILES.incrementAndGet()).toAbsolutePath()
                .toString();
        rows.write().mode(SaveMode.Overwrite).option("parquet.enable.dictionary", dictionary).partitionBy(partitionBy)
                .parquet(path);
        return SPARK.read().parquet(path);
    }

    static MonthlyBill bill(BillAccumulator acc) {
        return CALCULATOR.calculate(acc, ExactMoney.monetary(BigDecimal.ZERO, acc.currency()));
    }

    /** The single-machine bill of lines, the reference every Spark result must equal. */
    static MonthlyBill bill(List<BillLine> lines, BillAccumulator empty) {
        return bill(empty.addAll(lines));
    }

    /** Months of up to 300 lines: hostile names, refunds past their month's expenditures, amounts up to 500 billion (past a long of 10^-8 units). */
    static Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().hostileText().maxAmount(new BigDecimal("500000000000")).mix(300, 0.15, 0.05)
                .arbitrary();
    }

    /** 3 partners × 2 cycles × 2 currencies of random months, 12 bills in one Dataset. */
    static List<List<BillLine>> manyBills(int linesPerBill) {
        List<List<BillLine>> bills = new ArrayList<>();
        Random random = new Random(17);
        for (String partner : List.of("P-1", "P-2", "P-3")) {
            for (BillCycle cycle : List.of(BillCycle.of(2024, 1), BillCycle.of(2024, 2))) {
                for (String currency : List.of("USD", "EUR")) {
                    bills.add(BillingArbitraries.months().partner(PartnerId.of(partner)).cycle(cycle)
                            .currency(javax.money.Monetary.getCurrency(currency)).mix(linesPerBill, 0.15, 0.05)
                            .hostileText().arbitrary().generator(1000).next(random).value());
                }
            }
        }
        return bills;
    }

    static List<MonthlyBill> singleMachine(List<List<BillLine>> bills) {
        List<MonthlyBill> expected = new ArrayList<>();
        for (List<BillLine> lines : bills) {
            if (!lines.isEmpty()) {
                BillLine first = lines.get(0);
                expected.add(bill(lines, BillAccumulator.create(first.partner(), first.cycle(), first.currency())));
            }
        }
        expected.sort(java.util.Comparator.comparing((MonthlyBill b) -> b.partner().value())
                .thenComparing(b -> b.cycle().toString()).thenComparing(b -> b.currency().getCurrencyCode()));
        return expected;
    }
}
