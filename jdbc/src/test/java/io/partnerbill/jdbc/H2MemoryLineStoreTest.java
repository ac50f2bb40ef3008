package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractLineStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class H2MemoryLineStoreTest extends AbstractLineStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2Memory());
    }
}
