package io.partnerbill.core.store;

class InMemoryPaymentStoreTest extends AbstractPaymentStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
