package io.partnerbill.core.bill;

import static io.partnerbill.testkit.BillingFixtures.CALENDAR;
import static io.partnerbill.testkit.BillingFixtures.CYCLE;
import static io.partnerbill.testkit.BillingFixtures.PARTNER;
import static io.partnerbill.testkit.BillingFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The accumulator's byte form: read back, it gives the same bill and merges the same; foreign bytes are refused. */
class BillAccumulatorBytesTest {

    private static final MonthlyBillCalculator CALCULATOR =
            MonthlyBillCalculator.of(TaxPolicy.none(), CALENDAR, RoundingPolicy.BILL_TOTAL);

    // Hostile names (quotes, separators, surrogates) and amounts up to 500 billion, past a long of 10^-8 units.
    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().partner(PARTNER).cycle(CYCLE).maxAmount(new BigDecimal("500000000000"))
                .hostileText().arbitrary();
    }

    private static BillAccumulator sum(List<BillLine> lines) {
        return BillAccumulator.create(PARTNER, CYCLE, USD).addAll(lines);
    }

    private static MonthlyBill bill(BillAccumulator acc) {
        return CALCULATOR.calculate(acc, ExactMoney.monetary(BigDecimal.ZERO, USD));
    }

    private static BillAccumulator copy(BillAccumulator acc) {
        return BillAccumulator.fromByteArray(acc.toByteArray());
    }

    @Property
    void readBack_givesTheSameBillAndBytes(@ForAll("months") List<BillLine> lines) {
        BillAccumulator original = sum(lines);
        byte[] bytes = original.toByteArray();

        BillAccumulator read = BillAccumulator.fromByteArray(bytes);

        assertThat(bill(read)).isEqualTo(bill(original));
        assertThat(bill(read).snapshot()).isEqualTo(bill(original).snapshot());
        assertThat(read.lineCount()).isEqualTo(original.lineCount());
        assertThat(read.toByteArray()).isEqualTo(bytes);
    }

    @Property
    void readBack_mergesTheSame(@ForAll("months") List<BillLine> lines, @ForAll @IntRange(max = 60) int split) {
        int at = Math.min(split, lines.size());
        List<BillLine> first = lines.subList(0, at);
        List<BillLine> second = lines.subList(at, lines.size());
        MonthlyBill whole = bill(sum(lines));

        assertThat(bill(copy(sum(first)).merge(copy(sum(second))))).isEqualTo(whole);
        assertThat(bill(sum(first).merge(copy(sum(second))))).isEqualTo(whole);
        assertThat(copy(sum(first)).merge(sum(second)).toByteArray()).isEqualTo(sum(lines).toByteArray());
    }

    @Property
    void bytes_doNotDependOnLineOrder(@ForAll("months") List<BillLine> lines, @ForAll long seed) {
        List<BillLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(sum(shuffled).toByteArray()).isEqualTo(sum(lines).toByteArray());
    }

    @Property(tries = 50)
    void javaSerialization_goesThroughTheByteForm(@ForAll("months") List<BillLine> lines)
            throws IOException, ClassNotFoundException {
        BillAccumulator original = sum(lines);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(original);
        }
        Object read;
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            read = objects.readObject();
        }

        assertThat(read).isInstanceOf(BillAccumulator.class);
        assertThat(bill((BillAccumulator) read)).isEqualTo(bill(original));
    }

    // Sums made under a stand-in bill (as a distributed aggregation makes them) and handed their bill afterwards.
    @Property
    void copyFor_givesTheBillOfTheSameLinesUnderTheOtherKey(@ForAll("months") List<BillLine> lines) {
        PartnerId partner = PartnerId.of("P-OTHER");
        BillCycle cycle = BillCycle.of(2023, 7);
        CurrencyUnit eur = Monetary.getCurrency("EUR");
        BillAccumulator standIn = sum(lines);
        byte[] before = standIn.toByteArray();
        List<BillLine> moved = lines.stream().map(line -> line.toBuilder().partner(partner).build()).toList();

        BillAccumulator copy = standIn.copyFor(partner, CYCLE, USD);
        BillAccumulator elsewhere = standIn.copyFor(partner, cycle, eur);

        assertThat(copy.toByteArray()).isEqualTo(BillAccumulator.create(partner, CYCLE, USD).addAll(moved).toByteArray());
        assertThat(List.of(elsewhere.partner(), elsewhere.cycle(), elsewhere.currency(), elsewhere.lineCount()))
                .isEqualTo(List.of(partner, cycle, eur, (long) lines.size()));
        assertThat(elsewhere.copyFor(PARTNER, CYCLE, USD).toByteArray()).isEqualTo(before);
        assertThat(standIn.toByteArray()).isEqualTo(before);
    }

    @Test
    void readBack_isExactPastTheLongRange() {
        Instant at = CALENDAR.start(CYCLE).plusSeconds(60);
        // A long holds 92,233,720,368.54775807 at scale 8; these sum to 2 × 10^20 + 0.00000003.
        List<BillLine> lines = List.of(
                BillingFixtures.line(BillType.EXPENDITURE, new BigDecimal("100000000000000000000.00000001"),
                        DiscountRate.NONE, at, 1, 1, "cn-north-4", "E1", true),
                BillingFixtures.line(BillType.EXPENDITURE, new BigDecimal("100000000000000000000.00000002"),
                        DiscountRate.NONE, at, 2, 1, "cn-north-4", "E2", true));

        BillAccumulator read = copy(sum(lines));

        assertThat(ExactMoney.decimal(bill(read).expenditures())).isEqualByComparingTo("200000000000000000000.00");
        assertThat(read.toByteArray()).isEqualTo(sum(lines).toByteArray());
        assertThat(bill(read)).isEqualTo(bill(sum(lines)));
    }

    // --- bytes that are not a version-1 accumulator

    static Stream<Arguments> foreignBytes() {
        byte[] good = sum(List.of()).toByteArray();
        byte[] newer = good.clone();
        newer[4] = 2;
        byte[] older = good.clone();
        older[4] = 0;
        byte[] foreign = good.clone();
        foreign[0] = 'X';
        return Stream.of(
                Arguments.of("a newer version", newer,
                        "Bill accumulator byte form version 2 is newer than the version this library reads (1)"),
                Arguments.of("an unknown version", older,
                        "Bill accumulator byte form version 0 is not the version this library reads (1)"),
                Arguments.of("another format", foreign, "Not a bill accumulator: expected magic 0x50424143, was 0x58424143"),
                Arguments.of("cut short", Arrays.copyOf(good, 9),
                        "Bill accumulator bytes end early (9 bytes): java.io.EOFException"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignBytes")
    void fromByteArray_refusesForeignBytes(String what, byte[] bytes, String message) {
        assertThatThrownBy(() -> BillAccumulator.fromByteArray(bytes))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }
}
