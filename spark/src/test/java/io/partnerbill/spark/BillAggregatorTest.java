package io.partnerbill.spark;

import static io.partnerbill.spark.SparkTests.CYCLE;
import static io.partnerbill.spark.SparkTests.PARTNER;
import static io.partnerbill.spark.SparkTests.SPARK;
import static io.partnerbill.spark.SparkTests.bill;
import static io.partnerbill.spark.SparkTests.manyBills;
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
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bill summed on Spark equals the bill summed on one machine, bill by bill. */
class BillAggregatorTest {


    @Provide
    Arbitrary<List<BillLine>> months() {
        return SparkTests.months();
    }

    // Each try is a Spark job over 1 to 4 partitions: partial buffers travel as the byte form and merge.
    @Property(tries = 20)
    void onePartnerMonth_equalsTheSingleMachineBill(@ForAll("months") List<BillLine> lines,
            @ForAll @IntRange(min = 1, max = 4) int partitions) {
        BillAccumulator summed = BillAggregator.ofPartnerMonth(rows(lines, partitions), BillColumns.standard(), PARTNER,
                CYCLE, USD);

        MonthlyBill expected = bill(lines, BillAccumulator.create(PARTNER, CYCLE, USD));
        assertThat(bill(summed)).isEqualTo(expected);
        assertThat(bill(summed).snapshot()).isEqualTo(expected.snapshot());
        assertThat(summed.lineCount()).isEqualTo(lines.size());
    }

    private static List<MonthlyBill> bills(List<BillAccumulator> accumulators) {
        return accumulators.stream().map(SparkTests::bill).toList();
    }

    @Example
    void byPartnerMonth_givesEveryBillOfTheSingleMachine() {
        List<List<BillLine>> bills = manyBills(3000);
        Dataset<Row> lines = rows(bills.stream().flatMap(List::stream).toList(), 4);

        List<BillAccumulator> summed = BillAggregator.collect(BillAggregator.byPartnerMonth(lines, BillColumns.standard()));

        List<MonthlyBill> expected = singleMachine(bills);
        assertThat(expected).hasSizeGreaterThan(6);
        assertThat(bills(summed)).isEqualTo(expected);
    }

    @Example
    void udaf_withMappedColumns_givesTheSameBills() {
        List<List<BillLine>> bills = manyBills(500);
        Dataset<Row> renamed = rows(bills.stream().flatMap(List::stream).toList(), 3)
                .withColumnRenamed("customer", "cust_id").withColumnRenamed("settlementAmount", "settle");
        BillColumns columns = BillColumns.standard().with("customer", "cust_id").with("settlementAmount", "settle");

        Dataset<Row> grouped = renamed.select(columns.columns()).groupBy("partner", "cycle", "currency")
                .agg(BillAggregator.udaf().apply(BillColumns.standard().columns()).as(BillAggregator.ACCUMULATOR));

        assertThat(bills(BillAggregator.collect(grouped))).isEqualTo(singleMachine(bills));
    }

    // --- amounts at the edges of their forms in Spark: decimal(18,8) below 10^10, a long of 10^-8
    // units to 92,233,720,368.54775807, decimal(38,8) past it; a row may mix forms (list huge, settlement not)

    static Stream<String> edgeAmounts() {
        return Stream.of("9999999999.99999999", "10000000000.00000000", "92233720368.54775808",
                "999999999999999999999999999999.99999999");
    }

    @ParameterizedTest
    @MethodSource("edgeAmounts")
    void byPartnerMonthAndOfPartnerMonth_areExactAtTheEdgesOfTheAmountForms(String amount) {
        Instant at = BillingFixtures.CALENDAR.start(BillingFixtures.CYCLE).plusSeconds(60);
        BigDecimal edge = new BigDecimal(amount);
        List<BillLine> lines = List.of(
                BillingFixtures.line(BillType.EXPENDITURE, edge, DiscountRate.NONE, at, 1, 1, "cn-north-4", "E1", false),
                BillingFixtures.line(BillType.EXPENDITURE, edge, DiscountRate.ofPercentOff("10"), at, 2, 1, "cn-north-4",
                        "E2", false),
                BillingFixtures.line(BillType.REFUND, edge, DiscountRate.NONE, at, 1, 2, "la-south-2", "R1", false),
                BillingFixtures.line(BillType.EXPENDITURE, new BigDecimal("0.00000001"), DiscountRate.NONE, at, 3, 2,
                        "la-south-2", "E3", false));
        BillAccumulator single = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, USD).addAll(lines);

        List<BillAccumulator> grouped = BillAggregator.collect(BillAggregator.byPartnerMonth(rows(lines, 2),
                BillColumns.standard()));
        BillAccumulator one = BillAggregator.ofPartnerMonth(rows(lines, 2), BillColumns.standard(),
                BillingFixtures.PARTNER, BillingFixtures.CYCLE, USD);

        assertThat(grouped).hasSize(1);
        assertThat(grouped.get(0).toByteArray()).isEqualTo(single.toByteArray());
        assertThat(one.toByteArray()).isEqualTo(single.toByteArray());
        assertThat(bill(grouped.get(0))).isEqualTo(bill(single));
    }

    @Example
    void ofPartnerMonth_withoutLines_isTheEmptyBill() {
        Dataset<Row> none = rows(List.of(), 1);

        BillAccumulator summed = BillAggregator.ofPartnerMonth(none, BillColumns.standard(), PARTNER, CYCLE, USD);

        assertThat(bill(summed)).isEqualTo(bill(BillAccumulator.create(PARTNER, CYCLE, USD)));
        assertThat(summed.lineCount()).isZero();
    }

    @Example
    void ofPartnerMonth_refusesALineOfAnotherPartner() {
        List<BillLine> lines = new ArrayList<>(BillingArbitraries.months().mix(5, 0, 0).arbitrary().generator(10)
                .next(new Random(3)).value());
        BillLine other = lines.get(0).toBuilder().partner(PartnerId.of("P-OTHER")).build();
        lines.add(other);
        Dataset<Row> onePartition = rows(lines, 1);

        assertThatThrownBy(() -> BillAggregator.ofPartnerMonth(onePartition, BillColumns.standard(), PARTNER, CYCLE,
                USD)).rootCause().isInstanceOf(CycleMismatchException.class)
                .hasMessage("Line of partner 'P-OTHER', cycle 2024-01 and currency USD cannot join the bill of partner"
                        + " 'P-TEST', cycle 2024-01 and currency USD");
    }

    @Example
    void aggregator_refusesANullCell() {
        Dataset<Row> lines = rows(BillingArbitraries.months().mix(3, 0, 0).arbitrary().generator(10)
                .next(new Random(5)).value(), 1).withColumn("regionCode", functions.lit(null).cast("string"));

        assertThatThrownBy(() -> BillAggregator.ofPartnerMonth(lines, BillColumns.standard(), PARTNER, CYCLE, USD))
                .rootCause().isInstanceOf(InvalidValueException.class)
                .hasMessage("Bill line column 'regionCode' must not be null");
    }

    /** byPartnerMonth takes partner, cycle and currency from the group: a null one is refused there, by name. */
    @Example
    void byPartnerMonth_refusesANullKeyCell() {
        Dataset<Row> lines = rows(BillingArbitraries.months().mix(3, 0, 0).arbitrary().generator(10)
                .next(new Random(5)).value(), 1).withColumn("cycle", functions.lit(null).cast("string"));

        assertThatThrownBy(() -> BillAggregator.collect(BillAggregator.byPartnerMonth(lines, BillColumns.standard())))
                .rootCause().isInstanceOf(InvalidValueException.class)
                .hasMessage("Bill line column 'cycle' must not be null");
    }

    @Example
    void columns_refuseAnUnknownName() {
        assertThatThrownBy(() -> BillColumns.standard().with("amount", "x"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Bill column must be one of " + BillColumns.NAMES + ", was 'amount'");
    }

    static {
        SPARK.sparkContext(); // start the shared session before the first timed test
    }
}
