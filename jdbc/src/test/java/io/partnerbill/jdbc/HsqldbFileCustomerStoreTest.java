package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractCustomerStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFileCustomerStoreTest extends AbstractCustomerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
