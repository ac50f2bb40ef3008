package io.partnerbill.spark;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.core.BillingCalendar;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * B7: the bill of N lines read from Parquet on local[2], four ways, interleaved in one run so
 * that a shared machine's load weighs on all four alike:
 *
 * <ol>
 * <li><b>aggregator</b>: {@link BillAggregator#byPartnerMonth}, the accumulators collected and
 *     the {@link MonthlyBill} made on the driver: it sums the Parquet scan's column batches;</li>
 * <li><b>rows</b>: the same with {@link BillAggregator#COLUMNAR_SCAN} off, the row aggregation;</li>
 * <li><b>SQL</b>: the fastest equivalent query found, two group-bys of {@code decimal(38,8)} sums
 *     collected to the driver: product × region × bill type (list, settlement, lines, product
 *     name and type) and customer × bill type (settlement, lines);</li>
 * <li><b>floor</b>: Spark reading the same eleven columns and nothing else (the {@code noop} sink).</li>
 * </ol>
 *
 * A timed main, not JMH: each run is a Spark job of seconds. Usage:
 * {@code B7Bench <lines> <rounds> <dir>}; prints one line per run and the medians. It first checks
 * that the batch and row paths give the same sums. {@code B7BenchSmokeTest} runs it small in the build.
 */
public final class B7Bench {

    private B7Bench() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("B7")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.memory", "4g").getOrCreate();
        run(spark, Long.parseLong(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        spark.stop();
    }

    /**
     * Runs B7 and prints its rounds and medians.
     *
     * @return the medians in seconds: aggregator, rows, SQL, floor
     * @throws IllegalStateException if a run counts other than {@code lines} lines, or the batch and
     *     row paths give different sums
     */
    static double[] run(SparkSession spark, long lines, int rounds, Path dir) {
        Path data = dir.resolve("lines-" + lines + ".parquet");
        if (!Files.exists(data)) {
            generate(spark, lines).write().mode(SaveMode.Overwrite).parquet(data.toString());
        }
        Dataset<Row> parquet = spark.read().parquet(data.toString());
        Column[] columns = BillColumns.standard().columns();
        MonthlyBillCalculator calculator =
                MonthlyBillCalculator.of(TaxPolicy.none(), BillingCalendar.beijing(), RoundingPolicy.BILL_TOTAL);
        spark.conf().set(BillAggregator.COLUMNAR_SCAN, "true");
        byte[] byBatches = sums(parquet);
        spark.conf().set(BillAggregator.COLUMNAR_SCAN, "false");
        if (!Arrays.equals(byBatches, sums(parquet))) {
            throw new IllegalStateException("The batch and row paths give different sums");
        }

        LongSupplier aggregator = () -> {
            spark.conf().set(BillAggregator.COLUMNAR_SCAN, "true");
            return aggregate(parquet, calculator);
        };
        LongSupplier rows = () -> {
            spark.conf().set(BillAggregator.COLUMNAR_SCAN, "false");
            return aggregate(parquet, calculator);
        };
        LongSupplier sql = () -> {
            Dataset<Row> selected = parquet.select(columns);
            List<Row> products = selected.groupBy("partner", "cycle", "currency", "product", "regionCode", "billType")
                    .agg(functions.sum("customerExpenditure"), functions.sum("settlementAmount"), functions.count("*"),
                            functions.min("productName"), functions.min("productType"))
                    .collectAsList();
            List<Row> customers = selected.groupBy("partner", "cycle", "currency", "customer", "billType")
                    .agg(functions.sum("settlementAmount"), functions.count("*")).collectAsList();
            long count = 0;
            for (Row r : products) {
                count += r.getLong(8);
            }
            return count + customers.size() * 0L;
        };
        LongSupplier floor = () -> {
            parquet.select(columns).write().format("noop").mode(SaveMode.Overwrite).save();
            return lines;
        };
        String[] names = {"aggregator", "rows", "SQL", "floor"};
        LongSupplier[] runs = {aggregator, rows, sql, floor};
        System.out.printf(Locale.ROOT, "B7 %,d lines, %d rounds after one warm-up, load %s%n", lines, rounds, load());
        List<List<Double>> seconds = new ArrayList<>();
        for (int i = 0; i < runs.length; i++) {
            seconds.add(new ArrayList<>());
        }
        for (int round = 0; round <= rounds; round++) {
            for (int i = 0; i < runs.length; i++) {
                long start = System.nanoTime();
                long counted = runs[i].getAsLong();
                double s = (System.nanoTime() - start) / 1e9;
                if (counted != lines) {
                    throw new IllegalStateException(names[i] + " counted " + counted + " lines of " + lines);
                }
                System.out.printf(Locale.ROOT, "round %d %-10s %7.2f s  load %s%n", round, names[i], s, load());
                if (round > 0) {
                    seconds.get(i).add(s);
                }
            }
        }
        double agg = median(seconds.get(0));
        double r = median(seconds.get(1));
        double q = median(seconds.get(2));
        double f = median(seconds.get(3));
        System.out.printf(Locale.ROOT, "medians: aggregator %.2f s, rows %.2f s, SQL %.2f s, floor %.2f s;"
                + " SQL/aggregator %.2fx (target >= 1.5), floor/aggregator %.2fx (target >= 0.6);"
                + " SQL/rows %.2fx, floor/rows %.2fx%n", agg, r, q, f, q / agg, f / agg, q / r, f / r);
        spark.conf().unset(BillAggregator.COLUMNAR_SCAN);
        return new double[] {agg, r, q, f};
    }

    private static byte[] sums(Dataset<Row> parquet) {
        return BillAggregator.collect(BillAggregator.byPartnerMonth(parquet, BillColumns.standard())).get(0).toByteArray();
    }

    /** The bill by {@link BillAggregator#byPartnerMonth}, made on the driver; returns its line count. */
    private static long aggregate(Dataset<Row> parquet, MonthlyBillCalculator calculator) {
        List<BillAccumulator> bills = BillAggregator.collect(BillAggregator.byPartnerMonth(parquet, BillColumns.standard()));
        MonthlyBill bill = calculator.calculate(bills.get(0), ExactMoney.monetary(BigDecimal.ZERO, bills.get(0).currency()));
        return bills.get(0).lineCount() + bill.byCustomer().rows().size() * 0L;
    }

    /** One partner-month: 5,000 customers, 200 products, 3 regions, 5 % refunds, 5 % adjustments. */
    private static Dataset<Row> generate(SparkSession spark, long lines) {
        Column id = functions.col("id");
        Column type = functions.when(id.mod(20).equalTo(0), "Refund").when(id.mod(20).equalTo(1), "Adjustment")
                .otherwise("Expenditure");
        Column units = id.multiply(7919).mod(100_000_000).cast("decimal(38,8)").divide(100_000).cast("decimal(38,8)");
        Column list = functions.when(id.mod(20).equalTo(0), units.multiply(-1)).otherwise(units).cast("decimal(38,8)");
        Column product = id.multiply(31).mod(200);
        return spark.range(lines).select(functions.lit("P-BENCH").as("partner"), functions.lit("2024-01").as("cycle"),
                functions.lit("USD").as("currency"), functions.concat(functions.lit("C-"), id.mod(5000)).as("customer"),
                functions.concat(functions.lit("PRD-"), product).as("product"),
                functions.concat(functions.lit("Product "), product).as("productName"),
                functions.lit("Compute").as("productType"),
                functions.element_at(functions.array(functions.lit("cn-north-4"), functions.lit("ap-southeast-1"),
                        functions.lit("la-south-2")), id.mod(3).plus(1).cast("int")).as("regionCode"),
                type.as("billType"), list.as("customerExpenditure"),
                list.multiply(new BigDecimal("0.9")).cast("decimal(38,8)").as("settlementAmount"));
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
