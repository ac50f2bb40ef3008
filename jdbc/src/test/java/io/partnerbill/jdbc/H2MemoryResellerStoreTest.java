package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractResellerStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class H2MemoryResellerStoreTest extends AbstractResellerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2Memory());
    }
}
