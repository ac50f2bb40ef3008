package io.partnerbill.testkit.store;

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
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.money.MonetaryAmount;
import io.partnerbill.core.store.BillStore;
import org.junit.jupiter.api.Test;

/** What every {@link BillStore} must do. */
public abstract class AbstractBillStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractBillStoreContractTest() {
    }

    private static final MonthlyBillCalculator CALC =
            MonthlyBillCalculator.of(TaxPolicy.none(), BillingFixtures.CALENDAR, RoundingPolicy.BILL_TOTAL);
    private static final Instant ISSUED = Instant.parse("2024-02-05T04:00:00Z");

    /** A bill of one expenditure line of {@code amount}, issued with 1.00 of coupon used. */
    protected static IssuedBill issued(BillCycle cycle, String id, String amount) {
        List<BillLine> lines = List.of(BillingFixtures.expenditure("O-" + id, 1, amount));
        MonthlyBill bill = CALC.calculate(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD, lines, BillingFixtures.usd("1"));
        if (!cycle.equals(BillingFixtures.CYCLE)) {
            bill = CALC.calculate(BillingFixtures.PARTNER, cycle, BillingFixtures.USD, List.of(), BillingFixtures.usd("0"));
        }
        List<CouponUse> uses = BillingFixtures.decimal(bill.couponsUsed()).signum() > 0
                ? List.of(new CouponUse(CouponId.of("CP-1"), bill.couponsUsed())) : List.of();
        return IssuedBill.of(BillId.of(id), "PB-2024-" + id, ISSUED, bill, uses, BillingFixtures.usd("0"));
    }

    @Test
    public void insertThenFindByCycleAndById() {
        IssuedBill bill = issued(BillingFixtures.CYCLE, "B1", "10.12345678");
        store.bills().insert(bill);
        assertThat(store.bills().find(BillingFixtures.PARTNER, BillingFixtures.CYCLE)).contains(bill);
        assertThat(store.bills().find(BillId.of("B1"))).contains(bill);
        assertThat(store.bills().find(BillId.of("B2"))).isEmpty();
    }

    @Test
    public void insert_refusesASecondBillForTheCycle() {
        store.bills().insert(issued(BillingFixtures.CYCLE, "B1", "10"));
        assertThatThrownBy(() -> store.bills().insert(issued(BillingFixtures.CYCLE, "B2", "11")))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessage("Partner 'P-100' already has a bill for 2024-01: 'B1'");
        assertThat(store.bills().find(BillId.of("B2"))).isEmpty();
    }

    @Test
    public void updateKeepsWhatWasPaid() {
        IssuedBill bill = issued(BillingFixtures.CYCLE, "B1", "10");
        store.bills().insert(bill);
        IssuedBill partly = bill.withPayment(BillingFixtures.usd("4.50"));
        store.bills().update(partly);
        IssuedBill read = store.bills().find(BillId.of("B1")).orElseThrow();
        assertThat(read).isEqualTo(partly);
        assertThat(read.status()).isEqualTo(BillStatus.PARTIALLY_PAID);
        // 10 x 0.88 = 8.80 settlement, 1.00 coupon used: due 7.80; paid 4.50 leaves 3.30.
        assertThat(BillingFixtures.decimal(read.outstanding())).isEqualByComparingTo("3.30");
        assertThatThrownBy(() -> store.bills().update(issued(BillingFixtures.CYCLE, "B9", "1")))
                .isInstanceOf(UnknownEntityException.class).hasMessage("Unknown bill 'B9'");
    }

    @Test
    public void ofPartner_listsOldestFirst() {
        BillCycle jan = BillingFixtures.CYCLE;
        store.bills().insert(issued(jan.plusMonths(2), "B3", "0"));
        store.bills().insert(issued(jan, "B1", "5"));
        assertThat(store.bills().ofPartner(BillingFixtures.PARTNER)).extracting(IssuedBill::cycle)
                .containsExactly(jan, jan.plusMonths(2));
        assertThat(store.bills().ofPartner(PartnerId.of("P-2"))).isEmpty();
    }

    @Test
    public void aFailedTransactionLeavesNoBillAndNoPayment() {
        IssuedBill bill = issued(BillingFixtures.CYCLE, "B1", "10");
        store.bills().insert(bill);
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.bills().update(bill.withPayment(BillingFixtures.usd("1")));
            s.bills().insert(issued(BillingFixtures.CYCLE.next(), "B2", "0"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.bills().ofPartner(BillingFixtures.PARTNER)).containsExactly(bill);
    }
}
