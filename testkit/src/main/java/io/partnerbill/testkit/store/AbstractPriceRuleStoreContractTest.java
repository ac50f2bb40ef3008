package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.pricing.PriceRule;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.PriceRuleStore;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PriceRuleStore} meets. A store implementation extends this class
 * and returns a new, empty {@link BillingStore} from {@link #createStore()}.
 */
public abstract class AbstractPriceRuleStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractPriceRuleStoreContractTest() {
    }

    private static final Instant T0 = Instant.parse("2024-03-01T01:00:00Z");

    static PriceRule rule(String id, String reseller, @Nullable String correction) {
        return PriceRule.of(PriceRuleId.of(id), PartnerId.of(reseller), PriceScope.customer(CustomerId.of("C-1")),
                Repricing.parse("+5.00%"), BillCycle.of(2024, 4), T0, correction);
    }

    @Test
    public void insert_thenFindReturnsEqualRule_withItsCorrectionReason() {
        store.priceRules().insert(rule("R1", "P1", null));
        store.priceRules().insert(rule("R2", "P1", "agreed on the phone"));

        assertThat(store.priceRules().find(PriceRuleId.of("R1"))).contains(rule("R1", "P1", null));
        assertThat(store.priceRules().find(PriceRuleId.of("R2")).orElseThrow().correction()).contains("agreed on the phone");
        assertThat(store.priceRules().find(PriceRuleId.of("R3"))).isEmpty();
    }

    @Test
    public void insert_refusesSecondRuleWithSameId() {
        store.priceRules().insert(rule("R1", "P1", null));

        assertThatThrownBy(() -> store.priceRules().insert(rule("R1", "P2", null)))
                .isInstanceOf(DuplicateKeyException.class).hasMessage("Price rule 'R1' already exists");
        assertThat(store.priceRules().ofReseller(PartnerId.of("P2"))).isEmpty();
    }

    @Test
    public void ofReseller_listsOnlyItsRules_inInsertionOrder() {
        store.priceRules().insert(rule("R3", "P1", null));
        store.priceRules().insert(rule("R1", "P2", null));
        store.priceRules().insert(rule("R2", "P1", null));

        assertThat(store.priceRules().ofReseller(PartnerId.of("P1"))).extracting(r -> r.id().value())
                .containsExactly("R3", "R2");
    }

    @Test
    public void transaction_thatThrowsLeavesNoRule() {
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.priceRules().insert(rule("R1", "P1", null));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(store.priceRules().find(PriceRuleId.of("R1"))).isEmpty();
        assertThat(store.priceRules().ofReseller(PartnerId.of("P1"))).isEmpty();
    }
}
