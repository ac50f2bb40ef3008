package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractBudgetStoreContractTest;

/** Runs the {@link BudgetStore} contract against the in-memory store. */
class InMemoryBudgetStoreContractTest extends AbstractBudgetStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
