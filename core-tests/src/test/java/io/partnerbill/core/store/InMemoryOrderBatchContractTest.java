package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractOrderBatchContractTest;

class InMemoryOrderBatchContractTest extends AbstractOrderBatchContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
