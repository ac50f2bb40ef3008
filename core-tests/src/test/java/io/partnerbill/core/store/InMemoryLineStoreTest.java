package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractLineStoreContractTest;

class InMemoryLineStoreTest extends AbstractLineStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
