package io.partnerbill.core.store;

class InMemoryDiscountStoreTest extends AbstractDiscountStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
