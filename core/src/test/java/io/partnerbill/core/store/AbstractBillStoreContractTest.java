package io.partnerbill.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillStatus;
import io.partnerbill.core.bill.CouponUse;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.internal.Amounts;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.core.testing.LineArbitraries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BillStore} must do. */
public abstract class AbstractBillStoreContractTest {

    private static final MonthlyBillCalculator CALC =
            MonthlyBillCalculator.of(TaxPolicy.none(), LineArbitraries.CALENDAR, RoundingPolicy.BILL_TOTAL);
    private static final Instant ISSUED = Instant.parse("2024-02-05T04:00:00Z");
    private BillingStore store;

    /** @return a new, empty store */
    protected abstract BillingStore createStore();

    @BeforeEach
    void createEmptyStore() {
        store = createStore();
    }

    private static MonetaryAmount usd(String value) {
        return Amounts.money(new BigDecimal(value), LineArbitraries.USD);
    }

    /** A bill of one expenditure line of {@code amount}, issued with 1.00 of coupon used. */
    protected static IssuedBill issued(BillCycle cycle, String id, String amount) {
        List<BillLine> lines = List.of(AbstractLineStoreContractTest.line("O-" + id, 1, amount));
        MonthlyBill bill = CALC.calculate(LineArbitraries.PARTNER, LineArbitraries.CYCLE, LineArbitraries.USD, lines, usd("1"));
        if (!cycle.equals(LineArbitraries.CYCLE)) {
            bill = CALC.calculate(LineArbitraries.PARTNER, cycle, LineArbitraries.USD, List.of(), usd("0"));
        }
        List<CouponUse> uses = Amounts.decimal(bill.couponsUsed()).signum() > 0
                ? List.of(new CouponUse(CouponId.of("CP-1"), bill.couponsUsed())) : List.of();
        return IssuedBill.of(BillId.of(id), "PB-2024-" + id, ISSUED, bill, uses, usd("0"));
    }

    @Test
    void insertThenFindByCycleAndById() {
        IssuedBill bill = issued(LineArbitraries.CYCLE, "B1", "10.12345678");
        store.bills().insert(bill);
        assertThat(store.bills().find(LineArbitraries.PARTNER, LineArbitraries.CYCLE)).contains(bill);
        assertThat(store.bills().find(BillId.of("B1"))).contains(bill);
        assertThat(store.bills().find(BillId.of("B2"))).isEmpty();
    }

    @Test
    void insert_refusesASecondBillForTheCycle() {
        store.bills().insert(issued(LineArbitraries.CYCLE, "B1", "10"));
        assertThatThrownBy(() -> store.bills().insert(issued(LineArbitraries.CYCLE, "B2", "11")))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("Partner 'P-100' already has a bill for 2024-01: 'B1'");
        assertThat(store.bills().find(BillId.of("B2"))).isEmpty();
    }

    @Test
    void updateKeepsWhatWasPaid() {
        IssuedBill bill = issued(LineArbitraries.CYCLE, "B1", "10");
        store.bills().insert(bill);
        IssuedBill partly = bill.withPayment(usd("4.50"));
        store.bills().update(partly);
        IssuedBill read = store.bills().find(BillId.of("B1")).orElseThrow();
        assertThat(read).isEqualTo(partly);
        assertThat(read.status()).isEqualTo(BillStatus.PARTIALLY_PAID);
        // 10 x 0.88 = 8.80 settlement, 1.00 coupon used: due 7.80; paid 4.50 leaves 3.30.
        assertThat(Amounts.decimal(read.outstanding())).isEqualByComparingTo("3.30");
        assertThatThrownBy(() -> store.bills().update(issued(LineArbitraries.CYCLE, "B9", "1")))
                .isInstanceOf(UnknownEntityException.class).hasMessage("Unknown bill 'B9'");
    }

    @Test
    void ofPartner_listsOldestFirst() {
        BillCycle jan = LineArbitraries.CYCLE;
        store.bills().insert(issued(jan.plusMonths(2), "B3", "0"));
        store.bills().insert(issued(jan, "B1", "5"));
        assertThat(store.bills().ofPartner(LineArbitraries.PARTNER)).extracting(IssuedBill::cycle)
                .containsExactly(jan, jan.plusMonths(2));
        assertThat(store.bills().ofPartner(PartnerId.of("P-2"))).isEmpty();
    }

    @Test
    void aFailedTransactionLeavesNoBillAndNoPayment() {
        IssuedBill bill = issued(LineArbitraries.CYCLE, "B1", "10");
        store.bills().insert(bill);
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.bills().update(bill.withPayment(usd("1")));
            s.bills().insert(issued(LineArbitraries.CYCLE.next(), "B2", "0"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.bills().ofPartner(LineArbitraries.PARTNER)).containsExactly(bill);
    }
}
