package io.partnerbill.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.payment.Coupon;
import java.time.Instant;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
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
        BillingStore noHistory = onlyTheRequiredMethods(base);

        assertThatThrownBy(noHistory::exportTasks)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage(noHistory.getClass().getName() + " keeps no export history: implement exportTasks()");
    }

    /**
     * A store written without export history: it answers the methods that have no default from
     * {@code base} and leaves every default method as the interface has it.
     */
    private static BillingStore onlyTheRequiredMethods(BillingStore base) {
        InvocationHandler handler = (proxy, method, args) -> method.isDefault()
                ? InvocationHandler.invokeDefault(proxy, method, args)
                : method.invoke(base, args);
        return (BillingStore) Proxy.newProxyInstance(BillingStore.class.getClassLoader(),
                new Class<?>[] {BillingStore.class}, handler);
    }
}
