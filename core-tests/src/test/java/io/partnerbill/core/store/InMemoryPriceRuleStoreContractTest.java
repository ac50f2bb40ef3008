package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractPriceRuleStoreContractTest;

/** Runs the {@link PriceRuleStore} contract against the in-memory store. */
class InMemoryPriceRuleStoreContractTest extends AbstractPriceRuleStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
