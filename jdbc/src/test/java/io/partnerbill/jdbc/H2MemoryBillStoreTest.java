package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractBillStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class H2MemoryBillStoreTest extends AbstractBillStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2Memory());
    }
}
