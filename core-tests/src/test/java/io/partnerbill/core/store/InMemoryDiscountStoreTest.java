package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractDiscountStoreContractTest;

class InMemoryDiscountStoreTest extends AbstractDiscountStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
