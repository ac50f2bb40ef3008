package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractBillStoreContractTest;

class InMemoryBillStoreTest extends AbstractBillStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
