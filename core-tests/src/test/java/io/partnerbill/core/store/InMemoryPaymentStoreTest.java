package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractPaymentStoreContractTest;

class InMemoryPaymentStoreTest extends AbstractPaymentStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
