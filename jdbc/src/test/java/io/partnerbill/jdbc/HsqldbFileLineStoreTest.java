package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractLineStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFileLineStoreTest extends AbstractLineStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
