package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractBillStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFileBillStoreTest extends AbstractBillStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
