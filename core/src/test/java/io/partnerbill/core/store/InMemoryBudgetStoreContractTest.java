package io.partnerbill.core.store;

/** Runs the {@link BudgetStore} contract against the in-memory store. */
class InMemoryBudgetStoreContractTest extends AbstractBudgetStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
