package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractResellerStoreContractTest;

/** Runs the {@link ResellerStore} contract against the in-memory store. */
class InMemoryResellerStoreContractTest extends AbstractResellerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
