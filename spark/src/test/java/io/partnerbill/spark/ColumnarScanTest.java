package io.partnerbill.spark;

import static io.partnerbill.spark.SparkTests.CYCLE;
import static io.partnerbill.spark.SparkTests.PARTNER;
import static io.partnerbill.spark.SparkTests.SPARK;
import static io.partnerbill.spark.SparkTests.bill;
import static io.partnerbill.spark.SparkTests.manyBills;
import static io.partnerbill.spark.SparkTests.parquet;
import static io.partnerbill.spark.SparkTests.rows;
import static io.partnerbill.spark.SparkTests.singleMachine;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * byPartnerMonth and ofPartnerMonth over a columnar scan (Parquet) sum its column batches, and give
 * the single machine's sums and the row aggregation's errors; what is not a plain columnar scan
 * goes through the rows.
 */
class ColumnarScanTest {


    @Provide
    Arbitrary<List<BillLine>> months() {
        return SparkTests.months();
    }

    /** Whether byPartnerMonth and ofPartnerMonth would sum the Dataset's column batches. */
    private static boolean columnar(Dataset<Row> lines, BillColumns columns) {
        return ColumnarScan.of(lines.select(columns.plainColumns())) != null;
    }

    private static <T> T withColumnarScan(boolean on, Supplier<T> job) {
        SPARK.conf().set(BillAggregator.COLUMNAR_SCAN, Boolean.toString(on));
        try {
            return job.get();
        } finally {
            SPARK.conf().unset(BillAggregator.COLUMNAR_SCAN);
        }
    }

    // Each try writes a Parquet folder of 1 to 4 files, each read as a partition of its own.
    @Property(tries = 12)
    void parquet_givesTheSingleMachineSums(@ForAll("months") List<BillLine> lines,
            @ForAll @IntRange(min = 1, max = 4) int files, @ForAll boolean dictionary) {
        Dataset<Row> scan = parquet(rows(lines, files), dictionary);
        BillAccumulator single = BillAccumulator.create(PARTNER, CYCLE, USD).addAll(lines);

        BillAccumulator one = BillAggregator.ofPartnerMonth(scan, BillColumns.standard(), PARTNER, CYCLE, USD);
        List<BillAccumulator> grouped = BillAggregator.collect(BillAggregator.byPartnerMonth(scan, BillColumns.standard()));

        assertThat(columnar(scan, BillColumns.standard())).isTrue();
        assertThat(one.toByteArray()).isEqualTo(single.toByteArray());
        assertThat(grouped).hasSize(lines.isEmpty() ? 0 : 1);
        if (!lines.isEmpty()) {
            assertThat(grouped.get(0).toByteArray()).isEqualTo(single.toByteArray());
        }
    }

    @Example
    void parquet_ofManyBills_givesEveryBillOfTheSingleMachine_inTheRowAggregationsSchema() {
        List<List<BillLine>> bills = manyBills(3000);
        Dataset<Row> scan = parquet(rows(bills.stream().flatMap(List::stream).toList(), 4), false);

        Dataset<Row> columnar = BillAggregator.byPartnerMonth(scan, BillColumns.standard());
        Dataset<Row> byRows = withColumnarScan(false, () -> BillAggregator.byPartnerMonth(scan, BillColumns.standard()));

        assertThat(scan.rdd().getNumPartitions()).isGreaterThan(1);
        assertThat(columnar(scan, BillColumns.standard())).isTrue();
        List<MonthlyBill> expected = singleMachine(bills);
        assertThat(expected).hasSize(12);
        assertThat(BillAggregator.collect(columnar).stream().map(SparkTests::bill).toList()).isEqualTo(expected);
        assertThat(columnar.schema()).isEqualTo(byRows.schema());
        assertThat(columnar.select("partner", "cycle", "currency").collectAsList())
                .containsExactlyInAnyOrderElementsOf(byRows.select("partner", "cycle", "currency").collectAsList());
    }

    /** 140,000 lines of one bill in one partition: the reused batch is summed and emptied twice. */
    @Example
    void parquet_pastTheBatchSize_givesTheSingleMachineSums() {
        List<BillLine> lines = fixtureLines(140_000);
        Dataset<Row> scan = parquet(rows(lines, 1), false);

        BillAccumulator one = BillAggregator.ofPartnerMonth(scan, BillColumns.standard(), BillingFixtures.PARTNER,
                BillingFixtures.CYCLE, USD);

        assertThat(scan.rdd().getNumPartitions()).isEqualTo(1);
        assertThat(one.toByteArray()).isEqualTo(BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE,
                USD).addAll(lines).toByteArray());
    }

    /** n lines of the fixtures' bill: 700 customers, 40 products, every tenth a refund, amounts of 1 to 9 decimals' worth. */
    private static List<BillLine> fixtureLines(int n) {
        Instant at = BillingFixtures.CALENDAR.start(BillingFixtures.CYCLE).plusSeconds(60);
        List<BillLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal amount = BigDecimal.valueOf(1 + i * 7919L % 1_000_000_000L, 1 + i % 8);
            lines.add(BillingFixtures.line(i % 10 == 0 ? BillType.REFUND : BillType.EXPENDITURE, amount,
                    i % 3 == 0 ? DiscountRate.ofPercentOff("12") : DiscountRate.NONE, at, i % 700, i % 40,
                    i % 2 == 0 ? "cn-north-4" : "la-south-2", "O" + i, false));
        }
        return lines;
    }

    // --- amount columns of every Parquet decimal form (INT32, INT64, fixed bytes) and beyond

    static Stream<Arguments> amountTypes() {
        return Stream.of(
                Arguments.of("decimal(38,8)", List.of("9999999999.99999999", "10000000000.00000000",
                        "92233720368.54775808", "999999999999999999999999999999.99999999", "0.00000001"), true),
                Arguments.of("decimal(18,8)", List.of("9999999999.99999999", "0.00000001", "1234.5678"), true),
                Arguments.of("decimal(20,8)", List.of("92233720368.54775807", "92233720368.54775808", "0.5"), true),
                Arguments.of("decimal(9,2)", List.of("9999999.99", "0.01", "123.45"), true),
                Arguments.of("decimal(20,2)", List.of("999999999999999999.99", "100000000000.00", "7.10"), true),
                Arguments.of("decimal(12,0)", List.of("999999999999", "1"), true),
                // Past what decimal(38,8) holds, or finer than 10^-8: the row aggregation casts as documented.
                Arguments.of("decimal(38,0)", List.of("123456789", "1"), false),
                Arguments.of("decimal(20,10)", List.of("1.25", "0.00000001"), false),
                Arguments.of("double", List.of("1.5", "2.25"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amountTypes")
    void parquet_readsEachAmountFormExactly(String type, List<String> amounts, boolean summedAsBatches) {
        Instant at = BillingFixtures.CALENDAR.start(BillingFixtures.CYCLE).plusSeconds(60);
        List<BillLine> lines = new ArrayList<>();
        int n = 0;
        for (String amount : amounts) {
            BigDecimal value = new BigDecimal(amount);
            lines.add(BillingFixtures.line(BillType.EXPENDITURE, value, DiscountRate.NONE, at, n % 3, n % 2, "cn-north-4",
                    "E" + n, false));
            lines.add(BillingFixtures.line(BillType.REFUND, value, DiscountRate.NONE, at, n % 2, n % 3, "la-south-2",
                    "R" + n, false));
            n++;
        }
        Dataset<Row> typed = rows(lines, 2)
                .withColumn("customerExpenditure", functions.col("customerExpenditure").cast(type))
                .withColumn("settlementAmount", functions.col("settlementAmount").cast(type));
        Dataset<Row> scan = parquet(typed);
        BillAccumulator single = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, USD).addAll(lines);

        List<BillAccumulator> grouped = BillAggregator.collect(BillAggregator.byPartnerMonth(scan, BillColumns.standard()));
        BillAccumulator one = BillAggregator.ofPartnerMonth(scan, BillColumns.standard(), BillingFixtures.PARTNER,
                BillingFixtures.CYCLE, USD);

        assertThat(columnar(scan, BillColumns.standard())).isEqualTo(summedAsBatches);
        assertThat(grouped).hasSize(1);
        assertThat(grouped.get(0).toByteArray()).isEqualTo(single.toByteArray());
        assertThat(one.toByteArray()).isEqualTo(single.toByteArray());
    }

    // --- what is not a plain columnar scan goes through the rows, with the same sums

    /**
     * Parquet as written (in any column order, or in folders by partner and cycle, pruned by them)
     * and ORC are summed as batches; rows made in memory, a filter on a data column or the setting off go
     * through the rows; every form gives the single machine's bills.
     */
    @Example
    void onlyAPlainColumnarScan_isSummedAsBatches_andEveryFormGivesTheSameSums() {
        List<List<BillLine>> bills = manyBills(400);
        List<BillLine> all = bills.stream().flatMap(List::stream).toList();
        Dataset<Row> local = rows(all, 3);
        Dataset<Row> scan = parquet(local);
        Dataset<Row> renamed = parquet(local.withColumnRenamed("customer", "cust_id")
                .withColumnRenamed("settlementAmount", "settle"));
        BillColumns mapped = BillColumns.standard().with("customer", "cust_id").with("settlementAmount", "settle");
        Dataset<Row> filtered = scan.filter(functions.col("productType").notEqual(""));
        List<String> reversed = new ArrayList<>(BillColumns.NAMES);
        java.util.Collections.reverse(reversed);
        Dataset<Row> reordered = parquet(local.selectExpr(reversed.toArray(String[]::new)), false);
        Dataset<Row> withoutP2 = parquet(local, true, "partner", "cycle").filter(functions.col("partner").notEqual("P-2"));
        String orcPath = java.nio.file.Path.of("target", "orc-tests", "lines").toAbsolutePath().toString();
        local.write().mode(org.apache.spark.sql.SaveMode.Overwrite).orc(orcPath);
        Dataset<Row> orc = SPARK.read().orc(orcPath);
        List<MonthlyBill> expected = singleMachine(bills);
        List<MonthlyBill> expectedWithoutP2 = expected.stream().filter(b -> !b.partner().value().equals("P-2")).toList();

        assertThat(columnar(local, BillColumns.standard())).isFalse();
        assertThat(columnar(scan, BillColumns.standard())).isTrue();
        assertThat(columnar(renamed, mapped)).isTrue();
        assertThat(columnar(filtered, BillColumns.standard())).isFalse();
        assertThat(columnar(reordered, BillColumns.standard())).isTrue();
        assertThat(columnar(orc, BillColumns.standard())).isTrue();
        assertThat(columnar(withoutP2, BillColumns.standard())).isTrue();
        assertThat(withColumnarScan(false, () -> columnar(scan, BillColumns.standard()))).isFalse();

        assertThat(bills(BillAggregator.byPartnerMonth(local, BillColumns.standard()))).isEqualTo(expected);
        assertThat(bills(BillAggregator.byPartnerMonth(scan, BillColumns.standard()))).isEqualTo(expected);
        assertThat(bills(BillAggregator.byPartnerMonth(renamed, mapped))).isEqualTo(expected);
        assertThat(withColumnarScan(false, () -> bills(BillAggregator.byPartnerMonth(scan, BillColumns.standard()))))
                .isEqualTo(expected);
        assertThat(bills(BillAggregator.byPartnerMonth(filtered, BillColumns.standard()))).isEqualTo(expected);
        assertThat(bills(BillAggregator.byPartnerMonth(reordered, BillColumns.standard()))).isEqualTo(expected);
        assertThat(bills(BillAggregator.byPartnerMonth(orc, BillColumns.standard()))).isEqualTo(expected);
        assertThat(bills(BillAggregator.byPartnerMonth(withoutP2, BillColumns.standard()))).isEqualTo(expectedWithoutP2);
        BillAccumulator p1 = BillAggregator.ofPartnerMonth(withoutP2.filter(functions.col("partner").equalTo("P-1")
                .and(functions.col("cycle").equalTo("2024-02")).and(functions.col("currency").equalTo("EUR"))),
                BillColumns.standard(), PartnerId.of("P-1"), BillCycle.of(2024, 2), javax.money.Monetary.getCurrency("EUR"));
        assertThat(bill(p1)).isIn(expectedWithoutP2);
        assertThat(p1.partner().value()).isEqualTo("P-1");
    }

    private static List<MonthlyBill> bills(Dataset<Row> byPartnerMonth) {
        return BillAggregator.collect(byPartnerMonth).stream().map(SparkTests::bill).toList();
    }

    // --- bad lines fail the job with the row aggregation's exception and message

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("null region", functions.lit(null).cast("string"), "regionCode",
                        "Bill line column 'regionCode' must not be null"),
                Arguments.of("null customer", functions.lit(null).cast("string"), "customer",
                        "Bill line column 'customer' must not be null"),
                Arguments.of("null amount", functions.lit(null).cast("decimal(38,8)"), "settlementAmount",
                        "Bill line column 'settlementAmount' must not be null"),
                Arguments.of("unknown bill type", functions.lit("Rebate"), "billType", "'Rebate'"),
                Arguments.of("blank product name", functions.lit("  "), "productName", "productName"),
                Arguments.of("negative expenditure", functions.lit(new BigDecimal("-1.00000000")), "customerExpenditure",
                        "'-1.00000000'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void parquet_badLine_failsWithTheRowAggregationsException(String what, org.apache.spark.sql.Column value,
            String column, String named) {
        List<BillLine> lines = fixtureLines(60).stream().filter(line -> line.billType() == BillType.EXPENDITURE).toList();
        // One line in the middle of the second file is bad.
        BillLine badOne = lines.get(40);
        Dataset<Row> bad = rows(lines, 2).withColumn(column, functions.when(functions.col("customer")
                .equalTo(badOne.customer().value()).and(functions.col("product").equalTo(badOne.product().value())),
                value).otherwise(functions.col(column)));
        Dataset<Row> scan = parquet(bad);

        Throwable byBatches = rootCause(() -> BillAggregator.ofPartnerMonth(scan, BillColumns.standard(),
                BillingFixtures.PARTNER, BillingFixtures.CYCLE, USD));
        Throwable byRows = rootCause(() -> withColumnarScan(false, () -> BillAggregator.ofPartnerMonth(scan,
                BillColumns.standard(), BillingFixtures.PARTNER, BillingFixtures.CYCLE, USD)));

        assertThat(columnar(scan, BillColumns.standard())).isTrue();
        assertThat(byBatches).isInstanceOf(InvalidValueException.class).hasMessageContaining(named);
        assertThat(byBatches.getClass()).isEqualTo(byRows.getClass());
        assertThat(byBatches.getMessage()).isEqualTo(byRows.getMessage());
    }

    private static Throwable rootCause(Runnable job) {
        try {
            job.run();
        } catch (Exception e) { // Spark rethrows a task's failure as its checked SparkException
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
        throw new AssertionError("the job did not fail");
    }

    @Example
    void parquet_ofPartnerMonth_refusesALineOfAnotherBill() {
        List<BillLine> lines = new ArrayList<>(BillingArbitraries.months().mix(5, 0, 0).arbitrary().generator(10)
                .next(new Random(3)).value());
        lines.add(lines.get(0).toBuilder().partner(PartnerId.of("P-OTHER")).build());
        Dataset<Row> scan = parquet(rows(lines, 1));

        assertThat(columnar(scan, BillColumns.standard())).isTrue();
        assertThatThrownBy(() -> BillAggregator.ofPartnerMonth(scan, BillColumns.standard(), PARTNER, CYCLE, USD))
                .rootCause().isInstanceOf(CycleMismatchException.class)
                .hasMessage("Line of partner 'P-OTHER', cycle 2024-01 and currency USD cannot join the bill of partner"
                        + " 'P-TEST', cycle 2024-01 and currency USD");
    }

    // --- a wide decimal's bytes as a long, against BigInteger

    @Property(tries = 2000)
    void wideDecimalBytes_fitALongExactlyWhenTheValueDoes(@ForAll @BigRange(min = "-1e38", max = "1e38") BigDecimal any,
            @ForAll @IntRange(min = 0, max = 70) int shift) {
        BigInteger value = any.toBigInteger().shiftRight(shift);
        byte[] minimal = value.toByteArray();
        byte[] sixteen = new byte[Math.max(16, minimal.length)];
        Arrays.fill(sixteen, value.signum() < 0 ? (byte) -1 : 0);
        System.arraycopy(minimal, 0, sixteen, sixteen.length - minimal.length, minimal.length);

        for (byte[] bytes : List.of(minimal, sixteen)) {
            boolean fits = value.bitLength() <= 63;
            assertThat(BatchSums.fitsLong(bytes)).as("%s as %d bytes", value, bytes.length).isEqualTo(fits);
            if (fits) {
                assertThat(BatchSums.toLong(bytes)).isEqualTo(value.longValueExact());
            }
        }
    }

    @Example
    void wideDecimalBytes_atTheEdgesOfALong() {
        for (BigInteger value : List.of(BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
                BigInteger.ZERO, BigInteger.ONE.negate())) {
            byte[] bytes = new byte[16];
            Arrays.fill(bytes, value.signum() < 0 ? (byte) -1 : 0);
            byte[] minimal = value.toByteArray();
            System.arraycopy(minimal, 0, bytes, 16 - minimal.length, minimal.length);
            assertThat(BatchSums.fitsLong(bytes)).as("%s", value).isTrue();
            assertThat(BatchSums.toLong(bytes)).isEqualTo(value.longValueExact());
        }
        for (BigInteger past : List.of(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
                BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(64))) {
            byte[] bytes = new byte[16];
            Arrays.fill(bytes, past.signum() < 0 ? (byte) -1 : 0);
            byte[] minimal = past.toByteArray();
            System.arraycopy(minimal, 0, bytes, 16 - minimal.length, minimal.length);
            assertThat(BatchSums.fitsLong(bytes)).as("%s", past).isFalse();
        }
    }

    static {
        SPARK.sparkContext(); // start the shared session before the first timed test
    }
}
