package io.partnerbill.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.internal.Amounts;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.core.testing.LineArbitraries;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BillStore} must do. */
public abstract class AbstractBillStoreContractTest {

    private static final MonthlyBillCalculator CALC =
            MonthlyBillCalculator.of(TaxPolicy.none(), LineArbitraries.CALENDAR, RoundingPolicy.BILL_TOTAL);
    private BillingStore store;

    /** @return a new, empty store */
    protected abstract BillingStore createStore();

    @BeforeEach
    void createEmptyStore() {
        store = createStore();
    }

    private static MonthlyBill bill(BillCycle cycle, List<BillLine> lines, String coupons) {
        return CALC.calculate(LineArbitraries.PARTNER, cycle, LineArbitraries.USD, lines,
                Amounts.money(new BigDecimal(coupons), LineArbitraries.USD));
    }

    @Test
    void saveIsIdempotentAndRefusesADifferentBill() {
        MonthlyBill bill = bill(LineArbitraries.CYCLE, LineArbitraries.negativeMonth(), "0");
        assertThat(store.bills().save(bill)).isEqualTo(AppendOutcome.APPENDED);
        assertThat(store.bills().save(bill)).isEqualTo(AppendOutcome.ALREADY_PRESENT);
        MonthlyBill other = bill(LineArbitraries.CYCLE, List.of(), "0");
        assertThatThrownBy(() -> store.bills().save(other))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageStartingWith("Partner 'P-100' already has a different bill for 2024-01");
        assertThat(store.bills().find(LineArbitraries.PARTNER, LineArbitraries.CYCLE)).contains(bill);
    }

    @Test
    void ofPartner_listsOldestFirst() {
        BillCycle jan = LineArbitraries.CYCLE;
        store.bills().save(bill(jan.plusMonths(2), List.of(), "0"));
        store.bills().save(bill(jan, LineArbitraries.negativeMonth(), "0"));
        assertThat(store.bills().ofPartner(LineArbitraries.PARTNER)).extracting(MonthlyBill::cycle)
                .containsExactly(jan, jan.plusMonths(2));
        assertThat(store.bills().ofPartner(PartnerId.of("P-2"))).isEmpty();
        assertThat(store.bills().find(LineArbitraries.PARTNER, jan.next())).isEmpty();
    }

    @Test
    void aFailedTransactionLeavesNoBill() {
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.bills().save(bill(LineArbitraries.CYCLE, List.of(), "0"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.bills().ofPartner(LineArbitraries.PARTNER)).isEmpty();
    }
}
