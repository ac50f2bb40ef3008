package io.partnerbill.core.store;

/** Runs the {@link CustomerStore} contract against the in-memory store. */
class InMemoryCustomerStoreContractTest extends AbstractCustomerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
