package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractRaceContractTest;

class InMemoryRaceContractTest extends AbstractRaceContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
