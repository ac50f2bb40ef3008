package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractCustomerStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class H2FileCustomerStoreTest extends AbstractCustomerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2File());
    }
}
