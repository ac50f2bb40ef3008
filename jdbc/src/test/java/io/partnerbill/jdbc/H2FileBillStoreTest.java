package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractBillStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class H2FileBillStoreTest extends AbstractBillStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2File());
    }
}
