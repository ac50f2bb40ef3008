package io.partnerbill.core.store;

/** Runs the {@link ResellerStore} contract against the in-memory store. */
class InMemoryResellerStoreContractTest extends AbstractResellerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
