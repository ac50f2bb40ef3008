package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractResellerStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFileResellerStoreTest extends AbstractResellerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
