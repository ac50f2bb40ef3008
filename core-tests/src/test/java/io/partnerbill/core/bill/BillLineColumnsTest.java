package io.partnerbill.core.bill;

import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.PARTNER;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Summing lines as columns must give exactly the bill of adding them one {@code BillLine} at a time. */
class BillLineColumnsTest {

    private static final MonthlyBillCalculator CALCULATOR =
            MonthlyBillCalculator.of(TaxPolicy.none(), CALENDAR, RoundingPolicy.BILL_TOTAL);
    private static final Instant AT = CALENDAR.start(CYCLE).plusSeconds(60);
    private static final CustomerId CUSTOMER = CustomerId.of("C-1");
    private static final ProductId PRODUCT = ProductId.of("PRD-1");

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().partner(PARTNER).cycle(CYCLE).arbitrary();
    }

    // Amounts up to 500 billion: single amounts past a long of 10^-8 units, and sums that overflow one.
    @Provide
    Arbitrary<List<BillLine>> hugeMonths() {
        return BillingArbitraries.months().partner(PARTNER).cycle(CYCLE).maxAmount(new BigDecimal("500000000000"))
                .arbitrary();
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 60).list().ofMaxSize(4);
    }

    private static MonthlyBill bill(BillAccumulator acc) {
        return CALCULATOR.calculate(acc, ExactMoney.monetary(BigDecimal.ZERO, USD));
    }

    private static MonthlyBill lineByLine(List<BillLine> lines) {
        return bill(BillAccumulator.create(PARTNER, CYCLE, USD).addAll(lines));
    }

    /** The lines cut into batches at the given points, every batch summed through one reused {@code BillLineColumns}. */
    private static MonthlyBill inBatches(List<BillLine> lines, List<Integer> cuts) {
        BillAccumulator acc = BillAccumulator.create(PARTNER, CYCLE, USD);
        BillLineColumns batch = BillLineColumns.create(PARTNER, CYCLE, USD);
        for (int i = 0; i < lines.size(); i++) {
            if (cuts.contains(i)) {
                acc.addAll(batch);
                batch.clear();
            }
            batch.add(lines.get(i));
        }
        return bill(acc.addAll(batch));
    }

    // --- the fast path equals the object path

    @Property
    void columnsInAnyBatchesGiveTheLineByLineBill(@ForAll("months") List<BillLine> lines,
            @ForAll("cuts") List<Integer> cuts) {
        assertThat(inBatches(lines, cuts)).isEqualTo(lineByLine(lines));
    }

    @Property
    void columnsPastTheLongRangeGiveTheLineByLineBill(@ForAll("hugeMonths") List<BillLine> lines,
            @ForAll("cuts") List<Integer> cuts) {
        assertThat(inBatches(lines, cuts)).isEqualTo(lineByLine(lines));
    }

    @Property
    void decimalAndUnitFormsEqualTheLineForm(@ForAll("months") List<BillLine> lines) {
        BillLineColumns fromLines = BillLineColumns.create(PARTNER, CYCLE, USD);
        BillLineColumns fromDecimals = BillLineColumns.create(PARTNER, CYCLE, USD);
        BillLineColumns fromUnits = BillLineColumns.create(PARTNER, CYCLE, USD);
        for (BillLine line : lines) {
            fromLines.add(line);
            fromDecimals.add(line.customer(), line.product(), line.productName(), line.productType(), line.regionCode(),
                    line.billType(), line.expenditureDecimal(), line.settlementDecimal());
            fromUnits.addUnits(line.customer(), line.product(), line.productName(), line.productType(),
                    line.regionCode(), line.billType(), line.expenditureDecimal().unscaledValue().longValueExact(),
                    line.settlementDecimal().unscaledValue().longValueExact());
        }
        MonthlyBill expected = lineByLine(lines);
        assertThat(bill(BillAccumulator.create(PARTNER, CYCLE, USD).addAll(fromDecimals))).isEqualTo(expected);
        assertThat(bill(BillAccumulator.create(PARTNER, CYCLE, USD).addAll(fromUnits))).isEqualTo(expected);
        assertThat(fromLines.size()).isEqualTo(lines.size());
    }

    @Property
    void columnsMixWithLinesAndMerges(@ForAll("months") List<BillLine> lines, @ForAll @IntRange(max = 60) int split) {
        int at = Math.min(split, lines.size());
        BillLineColumns first = BillLineColumns.create(PARTNER, CYCLE, USD);
        lines.subList(0, at).forEach(first::add);
        BillAccumulator mixed = BillAccumulator.create(PARTNER, CYCLE, USD).addAll(lines.subList(at, lines.size()))
                .addAll(first);
        BillAccumulator merged = BillAccumulator.create(PARTNER, CYCLE, USD).addAll(first)
                .merge(BillAccumulator.create(PARTNER, CYCLE, USD).addAll(lines.subList(at, lines.size())));
        assertThat(bill(mixed)).isEqualTo(lineByLine(lines));
        assertThat(bill(merged)).isEqualTo(lineByLine(lines));
    }

    // --- hand-worked cases

    private static BillLine line(BillType type, String amount, int customer, int product, String region, String id) {
        return BillingFixtures.line(type, new BigDecimal(amount), DiscountRate.NONE, AT, customer, product, region, id, true);
    }

    @Test
    void addAll_sumsOverflowingBatchesExactly() {
        // 200 lines of 60,000,000,000.00000001: the batch's largest amount × its size leaves the long range,
        // so the rows go through the checked slots; the total is worked out by hand.
        BillLineColumns batch = BillLineColumns.create(PARTNER, CYCLE, USD);
        List<BillLine> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(line(BillType.EXPENDITURE, "60000000000.00000001", i % 3, i % 2, "cn-north-4", "E" + i));
        }
        lines.forEach(batch::add);
        MonthlyBill bill = bill(BillAccumulator.create(PARTNER, CYCLE, USD).addAll(batch));
        assertThat(ExactMoney.decimal(bill.unroundedNetSettlement())).isEqualByComparingTo("12000000000000.00000200");
        assertThat(bill).isEqualTo(lineByLine(lines));
    }

    @Test
    void addAll_keepsTheSmallestNameOfExpenditureRowsOnly() {
        BillLineColumns batch = BillLineColumns.create(PARTNER, CYCLE, USD)
                .add(CUSTOMER, PRODUCT, "Zeta", "VM", "r1", BillType.EXPENDITURE, new BigDecimal("1"), new BigDecimal("1"))
                .add(CUSTOMER, PRODUCT, "Alpha", "Disk", "r1", BillType.EXPENDITURE, BigDecimal.ONE, BigDecimal.ONE)
                .add(CUSTOMER, PRODUCT, "Aardvark", "Aa", "r1", BillType.REFUND, BigDecimal.ZERO, BigDecimal.ZERO)
                .add(CUSTOMER, ProductId.of("PRD-REFUND-ONLY"), "Only refunds", "VM", "r2", BillType.REFUND,
                        new BigDecimal("-1"), new BigDecimal("-0.5"));
        MonthlyBill bill = bill(BillAccumulator.create(PARTNER, CYCLE, USD).addAll(batch));
        assertThat(bill.byProduct().rows()).singleElement().satisfies(row -> {
            assertThat(row.productName()).isEqualTo("Alpha");
            assertThat(row.productType()).isEqualTo("Disk");
        });
        assertThat(ExactMoney.decimal(bill.byProduct().othersRefunds())).isEqualByComparingTo("-0.50");
    }

    @Test
    void clear_forgetsEveryRowIncludingAmountsPastTheLongRange() {
        BillLineColumns batch = BillLineColumns.create(PARTNER, CYCLE, USD)
                .add(line(BillType.EXPENDITURE, "100000000000.5", 1, 1, "r1", "E1"));
        batch.clear();
        batch.add(line(BillType.EXPENDITURE, "2.25", 2, 2, "r2", "E2"));
        MonthlyBill bill = bill(BillAccumulator.create(PARTNER, CYCLE, USD).addAll(batch));
        assertThat(batch.size()).isEqualTo(1);
        assertThat(ExactMoney.decimal(bill.unroundedNetSettlement())).isEqualByComparingTo("2.25");
        assertThat(bill.byCustomer().rows()).singleElement()
                .satisfies(row -> assertThat(row.customer()).isEqualTo(CustomerId.of("C-2")));
    }

    @Test
    void addAll_ofAnEmptyBatchChangesNothing() {
        BillAccumulator acc = BillAccumulator.create(PARTNER, CYCLE, USD)
                .addAll(BillLineColumns.create(PARTNER, CYCLE, USD));
        assertThat(acc.lineCount()).isZero();
        assertThat(bill(acc)).isEqualTo(lineByLine(List.of()));
    }

    // --- refusals: exception, message naming the value, batch unchanged

    @Test
    void add_refusesAnotherPartnerOrCycle() {
        BillLineColumns batch = BillLineColumns.create(PARTNER, BillCycle.of(2024, 2), USD);
        assertThatThrownBy(() -> batch.add(line(BillType.EXPENDITURE, "1", 1, 1, "r1", "E1")))
                .isInstanceOf(CycleMismatchException.class)
                .hasMessage("Line 'E1' of partner 'P-100' and cycle 2024-01 cannot join the columns of partner 'P-100'"
                        + " and cycle 2024-02");
        assertThat(batch.size()).isZero();
        BillAccumulator other = BillAccumulator.create(PartnerId.of("P-200"), CYCLE, USD);
        assertThatThrownBy(() -> other.addAll(BillLineColumns.create(PARTNER, CYCLE, USD)))
                .isInstanceOf(CycleMismatchException.class)
                .hasMessage("Columns of partner 'P-100' and cycle 2024-01 cannot join the bill of partner 'P-200'"
                        + " and cycle 2024-01");
    }

    @Test
    void addAll_refusesAnotherCurrency() {
        BillAccumulator eur = BillAccumulator.create(PARTNER, CYCLE, Monetary.getCurrency("EUR"));
        assertThatThrownBy(() -> eur.addAll(BillLineColumns.create(PARTNER, CYCLE, USD)))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThat(eur.lineCount()).isZero();
    }

    @Test
    void add_refusesWrongSignsMoreThanEightDecimalsAndBlankText() {
        BillLineColumns batch = BillLineColumns.create(PARTNER, CYCLE, USD);
        assertThatThrownBy(() -> batch.add(CUSTOMER, PRODUCT, "VM", "ECS", "r1", BillType.EXPENDITURE,
                new BigDecimal("1.00"), new BigDecimal("-0.01")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Expenditure line of customer 'C-1' must have a zero or positive settlement amount,"
                        + " was '-0.01000000'");
        assertThatThrownBy(() -> batch.addUnits(CUSTOMER, PRODUCT, "VM", "ECS", "r1", BillType.REFUND, 1, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Refund line of customer 'C-1' must have a zero or negative customer expenditure,"
                        + " was '0.00000001'");
        assertThatThrownBy(() -> batch.add(CUSTOMER, PRODUCT, "VM", "ECS", "r1", BillType.ADJUSTMENT,
                new BigDecimal("0.000000001"), BigDecimal.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Customer expenditure of customer 'C-1' must have at most 8 decimal places, was '0.000000001'");
        assertThatThrownBy(() -> batch.addUnits(CUSTOMER, PRODUCT, " ", "ECS", "r1", BillType.ADJUSTMENT, 0, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Bill line productName must not be blank, was ' '");
        assertThat(batch.size()).isZero();
        assertThat(bill(BillAccumulator.create(PARTNER, CYCLE, USD).addAll(batch))).isEqualTo(lineByLine(List.of()));
    }
}
