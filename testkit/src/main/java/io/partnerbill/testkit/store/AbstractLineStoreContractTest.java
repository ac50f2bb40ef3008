package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.DuplicateOrderException;
import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.tax.TaxPolicy;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.partnerbill.core.store.AppendCounts;
import io.partnerbill.core.store.AppendOutcome;
import io.partnerbill.core.store.LineStore;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LineStore} must do. Extend it with {@link #createStore()} returning a new,
 * empty store.
 */
public abstract class AbstractLineStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractLineStoreContractTest() {
    }

    protected static final Instant AT = BillingFixtures.CALENDAR.start(BillingFixtures.CYCLE).plusSeconds(10);

    @Test
    public void append_storesALineOnce() {
        BillLine line = BillingFixtures.expenditure("O-1", 1, "10.00000001");
        assertThat(store.lines().append(line)).isEqualTo(AppendOutcome.APPENDED);
        assertThat(store.lines().append(line)).isEqualTo(AppendOutcome.ALREADY_PRESENT);
        assertThat(store.lines().count(BillingFixtures.PARTNER, BillingFixtures.CYCLE)).isEqualTo(1);
        assertThat(store.lines().find(OrderId.of("O-1"))).contains(line);
    }

    @Test
    public void append_refusesADifferentLineUnderAnExistingOrderId() {
        store.lines().append(BillingFixtures.expenditure("O-1", 1, "10"));
        assertThatThrownBy(() -> store.lines().append(BillingFixtures.expenditure("O-1", 1, "11")))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageStartingWith("Order 'O-1' already has a different line: ");
        assertThat(BillingFixtures.decimal(store.lines().find(OrderId.of("O-1")).orElseThrow().customerExpenditure()))
                .isEqualByComparingTo("10");
        assertThat(store.lines().count(BillingFixtures.PARTNER, BillingFixtures.CYCLE)).isEqualTo(1);
    }

    /** The refusal names the order id and each column that differs (12% off: 10 settles at 8.80, 11 at 9.68). */
    @Test
    public void append_refusalNamesTheOrderAndTheColumnsThatDiffer() {
        store.lines().append(BillingFixtures.expenditure("O-1", 1, "10"));
        assertThatThrownBy(() -> store.lines().append(BillingFixtures.expenditure("O-1", 1, "11")))
                .isInstanceOf(DuplicateOrderException.class)
                .hasMessage("Order 'O-1' already has a different line: customerExpenditure '10.00000000' stored,"
                        + " '11.00000000' offered; settlementAmount '8.80000000' stored, '9.68000000' offered")
                .satisfies(e -> {
                    DuplicateOrderException d = (DuplicateOrderException) e;
                    assertThat(d.code()).isEqualTo(ErrorCode.DUPLICATE_ORDER);
                    assertThat(d.order()).contains(OrderId.of("O-1"));
                    assertThat(d.differences()).extracting(DuplicateOrderException.Difference::column)
                            .containsExactly("customerExpenditure", "settlementAmount");
                });
    }

    @Test
    public void storedLinesComeBackEqualToTheLastDigit() {
        BillLine refund = BillingFixtures.line(BillType.REFUND, new BigDecimal("123456789012.12345678"),
                DiscountRate.parse("11.12% off"), AT, 3, 2, "ap-southeast-1", "R-1", false);
        store.lines().append(refund);
        assertThat(store.lines().find(OrderId.of("R-1"))).contains(refund);
    }

    @Test
    public void scan_givesThePartnersCycleInAppendOrder() {
        List<String> appended = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            BillLine line = BillingFixtures.expenditure("O-" + (i * 7919 % 50), i % 3, "1." + i);
            store.lines().append(line);
            appended.add(line.orderId().value());
        }
        List<String> scanned = new ArrayList<>();
        store.lines().scan(BillingFixtures.PARTNER, BillingFixtures.CYCLE, l -> scanned.add(l.orderId().value()));
        assertThat(scanned).isEqualTo(appended);
        assertThat(store.lines().lines(BillingFixtures.PARTNER, BillingFixtures.CYCLE, CustomerId.of("C-1")))
                .allSatisfy(l -> assertThat(l.customer()).isEqualTo(CustomerId.of("C-1")))
                .hasSize(17);
    }

    @Test
    public void otherPartnersAndCyclesAreSeparate() {
        store.lines().append(BillingFixtures.expenditure("O-1", 1, "1"));
        assertThat(store.lines().count(PartnerId.of("P-other"), BillingFixtures.CYCLE)).isZero();
        assertThat(store.lines().lines(BillingFixtures.PARTNER, BillingFixtures.CYCLE.next())).isEmpty();
        assertThat(store.lines().find(OrderId.of("O-2"))).isEmpty();
    }

    /** Lines of every type and sign, amounts past a long of 10^-8 units, 4 customers, 3 products, 2 regions. */
    private static List<BillLine> mixedMonth() {
        List<BillLine> lines = new ArrayList<>();
        String[] amounts = {"0.00000001", "12.5", "999.99999999", "123456789012.12345678", "3"};
        for (int i = 0; i < 60; i++) {
            BillType type = i % 6 == 5 ? BillType.REFUND : i % 6 == 4 ? BillType.ADJUSTMENT : BillType.EXPENDITURE;
            lines.add(BillingFixtures.line(type, new BigDecimal(amounts[i % amounts.length]),
                    DiscountRate.parse(i % 2 == 0 ? "11.12% off" : "0.00% off"), AT.plusSeconds(i), i % 4, i % 3,
                    i % 2 == 0 ? "ap-southeast-1" : "cn-north-4", "M-" + i, i % 4 == 0));
        }
        return lines;
    }

    private static MonthlyBill bill(BillAccumulator acc) {
        return MonthlyBillCalculator.of(TaxPolicy.none(), BillingFixtures.CALENDAR, RoundingPolicy.BILL_TOTAL)
                .calculate(acc, BillingFixtures.usd("0"));
    }

    @Test
    public void sumInto_givesTheBillOfTheScannedLines() {
        mixedMonth().forEach(store.lines()::append);
        store.lines().append(BillingFixtures.expenditure("O-next", 1, "5").toBuilder().cycle(BillingFixtures.CYCLE.next())
                .transactionTime(BillingFixtures.CALENDAR.start(BillingFixtures.CYCLE.next())).build());
        BillAccumulator scanned = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD);
        store.lines().scan(BillingFixtures.PARTNER, BillingFixtures.CYCLE, scanned::add);
        BillAccumulator summed = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD);

        store.lines().sumInto(summed);

        assertThat(summed.lineCount()).isEqualTo(60);
        assertThat(bill(summed)).isEqualTo(bill(scanned)).isEqualTo(bill(
                BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD)
                        .addAll(mixedMonth())));
    }

    @Test
    public void sumIntoBefore_sumsTheLinesBeforeTheInstantToTheNanosecond() {
        // Lines a nanosecond apart around a microsecond boundary (a store may keep instants to the microsecond
        // and their nanoseconds apart), and a second later; amounts 1, 2, 4, ... so each sum names its lines.
        long[] nanos = {0, 999, 1_000, 1_001, 1_000_000_000};
        List<BillLine> lines = new ArrayList<>();
        for (int i = 0; i < nanos.length; i++) {
            lines.add(BillingFixtures.expenditure("O-" + i, i % 2, String.valueOf(1 << i)).toBuilder()
                    .transactionTime(AT.plusNanos(nanos[i])).build());
        }
        store.lines().appendAll(lines);
        // Before each line's own instant, and a nanosecond after it: the lines strictly before.
        for (int cut = 0; cut < nanos.length; cut++) {
            for (long extra = 0; extra <= 1; extra++) {
                Instant before = AT.plusNanos(nanos[cut] + extra);
                BillAccumulator summed = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD);

                store.lines().sumInto(summed, before);

                int expected = cut + (int) extra;
                assertThat(summed.lineCount()).as("lines before %s", before).isEqualTo(expected);
                assertThat(bill(summed)).as("bill before %s", before).isEqualTo(bill(BillAccumulator.create(
                        BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD).addAll(lines.subList(0, expected))));
            }
        }
    }

    @Test
    public void sumInto_refusesAnotherCurrencyAndLeavesTheAccumulatorAsItWas() {
        store.lines().append(BillingFixtures.expenditure("O-1", 1, "1"));
        CurrencyUnit eur = Monetary.getCurrency("EUR");
        BillAccumulator acc = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, eur);

        assertThatThrownBy(() -> store.lines().sumInto(acc)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("is in USD but EUR was expected");
        assertThat(acc.lineCount()).isZero();
    }

    @Test
    public void aFailedTransactionLeavesNoLine() {
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.lines().append(BillingFixtures.expenditure("O-1", 1, "1"));
            s.lines().append(BillingFixtures.expenditure("O-2", 1, "2"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(store.lines().count(BillingFixtures.PARTNER, BillingFixtures.CYCLE)).isZero();
        assertThat(store.lines().find(OrderId.of("O-1"))).isEmpty();
        // The store stays usable, and the same order ids can be appended afterwards.
        assertThat(store.lines().append(BillingFixtures.expenditure("O-1", 1, "1"))).isEqualTo(AppendOutcome.APPENDED);
    }

    /**
     * 1,201 lines: more than one chunk of the batched path, with refunds (an original order id)
     * and text that CSV must quote (quotes, commas, a line break, an empty string).
     */
    private static List<BillLine> bulk() {
        List<BillLine> lines = new ArrayList<>();
        for (int i = 0; i < 1201; i++) {
            BillType type = i % 5 == 0 ? BillType.REFUND : BillType.EXPENDITURE;
            BillLine line = BillingFixtures.line(type, new BigDecimal(i + ".0000000" + (i % 10)), DiscountRate.parse((i % 20) + ".25% off"),
                    AT.plusNanos(i * 1_001L), i % 7, i % 3, "cn-north-4", "B-" + i, false);
            if (i % 100 == 1) {
                line = line.toBuilder().productName("Say \"hi\", then\nbye").specifications("").build();
            }
            lines.add(line);
        }
        return lines;
    }

    @Test
    public void appendAll_storesEveryLineInOrderAndARerunAddsNothing() {
        List<BillLine> lines = bulk();
        assertThat(store.lines().appendAll(lines)).isEqualTo(new AppendCounts(1201, 0));
        assertThat(store.lines().lines(BillingFixtures.PARTNER, BillingFixtures.CYCLE)).containsExactlyElementsOf(lines);

        assertThat(store.lines().appendAll(lines)).isEqualTo(new AppendCounts(0, 1201));
        assertThat(store.lines().count(BillingFixtures.PARTNER, BillingFixtures.CYCLE)).isEqualTo(1201);
    }

    @Test
    public void appendAll_countsLinesStoredBeforeAndRepeatsWithinTheCall() {
        BillLine one = BillingFixtures.expenditure("O-1", 1, "1.5");
        BillLine two = BillingFixtures.expenditure("O-2", 2, "2.5");
        store.lines().append(one);
        assertThat(store.lines().appendAll(List.of(one, two, two))).isEqualTo(new AppendCounts(1, 2));
        assertThat(store.lines().lines(BillingFixtures.PARTNER, BillingFixtures.CYCLE)).containsExactly(one, two);
    }

    @Test
    public void appendAll_refusesADifferentLineAndTheTransactionKeepsNoneOfTheBatch() {
        store.lines().append(BillingFixtures.expenditure("O-1", 1, "10"));
        List<BillLine> batch = new ArrayList<>(bulk());
        batch.add(BillingFixtures.expenditure("O-1", 1, "11"));
        assertThatThrownBy(() -> store.inTransaction(s -> s.lines().appendAll(batch)))
                .isInstanceOf(DuplicateOrderException.class)
                .hasMessage("Order 'O-1' already has a different line: customerExpenditure '10.00000000' stored,"
                        + " '11.00000000' offered; settlementAmount '8.80000000' stored, '9.68000000' offered");
        assertThat(store.lines().count(BillingFixtures.PARTNER, BillingFixtures.CYCLE)).isEqualTo(1);
        assertThat(store.lines().find(OrderId.of("B-0"))).isEmpty();
    }

    @Test
    public void appendAll_refusesTwoDifferentLinesOfOneOrderIdWithinTheCall() {
        BillLine first = BillingFixtures.expenditure("O-9", 1, "9");
        BillLine second = BillingFixtures.expenditure("O-9", 1, "9.01");
        assertThatThrownBy(() -> store.inTransaction(s -> s.lines().appendAll(List.of(first, second))))
                .isInstanceOf(DuplicateOrderException.class)
                // 12% off: 9 settles at 7.92, 9.01 at 7.9288
                .hasMessage("Order 'O-9' already has a different line: customerExpenditure '9.00000000' stored,"
                        + " '9.01000000' offered; settlementAmount '7.92000000' stored, '7.92880000' offered");
        assertThat(store.lines().find(OrderId.of("O-9"))).isEmpty();
    }
}
