package io.partnerbill.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.payment.Coupon;
import java.time.Instant;
import java.util.function.Function;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class BillingStoreWithLinesTest {

    private static final PartnerId P = PartnerId.of("P-1");
    private static final Coupon COUPON = Coupon.of(CouponId.of("K-1"), P, Money.of(10, "USD"),
            Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"));

    private final BillingStore base = BillingStore.inMemory();
    private final LineStore otherLines = BillingStore.inMemory().lines();
    private final BillingStore combined = base.withLines(otherLines);

    @Test
    void linesComeFromTheGivenStore_everythingElseFromTheBase() {
        assertThat(combined.lines()).isSameAs(otherLines).isNotSameAs(base.lines());
        assertThat(combined.discounts()).isSameAs(base.discounts());
        assertThat(combined.bills()).isSameAs(base.bills());
        assertThat(combined.payments()).isSameAs(base.payments());
        assertThat(combined.coupons()).isSameAs(base.coupons());
        assertThat(combined.resellers()).isSameAs(base.resellers());
        assertThat(combined.customers()).isSameAs(base.customers());
        assertThat(combined.budgets()).isSameAs(base.budgets());
        assertThat(combined.priceRules()).isSameAs(base.priceRules());
        assertThat(combined.statements()).isSameAs(base.statements());
        assertThat(combined.exportTasks()).isSameAs(base.exportTasks());
    }

    @Test
    void inTransaction_theWorkSeesTheCombination_andAFailureRollsBackTheBase() {
        LineStore seen = combined.inTransaction(BillingStore::lines);
        assertThat(seen).isSameAs(otherLines);

        assertThatThrownBy(() -> combined.inTransaction(s -> {
            s.coupons().insert(COUPON);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(base.coupons().find(COUPON.id())).isEmpty();

        combined.inTransaction(s -> {
            s.coupons().insert(COUPON);
            return null;
        });
        assertThat(base.coupons().find(COUPON.id())).contains(COUPON);
    }

    @Test
    void exportTasks_ofAStoreThatKeepsNoExportHistory_isRefusedNamingTheStore() {
        BillingStore noHistory = new NoHistoryStore(base);

        assertThatThrownBy(noHistory::exportTasks)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage(NoHistoryStore.class.getName() + " keeps no export history: implement exportTasks()");
    }

    /** A store written without export history: only the methods that have no default. */
    private static final class NoHistoryStore implements BillingStore {
        private final BillingStore base;

        NoHistoryStore(BillingStore base) {
            this.base = base;
        }

        @Override
        public DiscountStore discounts() {
            return base.discounts();
        }

        @Override
        public LineStore lines() {
            return base.lines();
        }

        @Override
        public BillStore bills() {
            return base.bills();
        }

        @Override
        public PaymentStore payments() {
            return base.payments();
        }

        @Override
        public CouponStore coupons() {
            return base.coupons();
        }

        @Override
        public ResellerStore resellers() {
            return base.resellers();
        }

        @Override
        public CustomerStore customers() {
            return base.customers();
        }

        @Override
        public BudgetStore budgets() {
            return base.budgets();
        }

        @Override
        public <T> T inTransaction(Function<? super BillingStore, T> work) {
            return base.inTransaction(s -> work.apply(this));
        }
    }
}
