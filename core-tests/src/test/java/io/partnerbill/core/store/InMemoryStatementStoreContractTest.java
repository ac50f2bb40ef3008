package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractStatementStoreContractTest;

/** Runs the {@link StatementStore} contract against the in-memory store. */
class InMemoryStatementStoreContractTest extends AbstractStatementStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
