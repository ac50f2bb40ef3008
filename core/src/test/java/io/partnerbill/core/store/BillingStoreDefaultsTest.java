package io.partnerbill.core.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BillingStoreDefaultsTest {

    /** A store written before resellers, customers and budgets existed. */
    private static final class OldStore implements BillingStore {
        private final BillingStore inner = BillingStore.inMemory();

        @Override
        public DiscountStore discounts() {
            return inner.discounts();
        }

        @Override
        public LineStore lines() {
            return inner.lines();
        }

        @Override
        public BillStore bills() {
            return inner.bills();
        }

        @Override
        public <T> T inTransaction(Function<? super BillingStore, T> work) {
            return inner.inTransaction(s -> work.apply(this));
        }
    }

    @Test
    void oldStore_stillCompiles_andSaysWhatItDoesNotKeep() {
        OldStore old = new OldStore();

        assertThatThrownBy(old::resellers).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageEndingWith("OldStore does not keep resellers");
        assertThatThrownBy(old::customers).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageEndingWith("OldStore does not keep customers");
        assertThatThrownBy(old::budgets).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageEndingWith("OldStore does not keep budgets");
    }
}
