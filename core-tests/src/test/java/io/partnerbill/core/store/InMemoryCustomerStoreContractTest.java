package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractCustomerStoreContractTest;

/** Runs the {@link CustomerStore} contract against the in-memory store. */
class InMemoryCustomerStoreContractTest extends AbstractCustomerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
