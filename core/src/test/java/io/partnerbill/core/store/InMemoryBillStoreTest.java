package io.partnerbill.core.store;

class InMemoryBillStoreTest extends AbstractBillStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
