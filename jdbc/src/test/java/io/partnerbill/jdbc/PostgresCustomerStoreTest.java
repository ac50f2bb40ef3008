package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractCustomerStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class PostgresCustomerStoreTest extends AbstractCustomerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.postgres());
    }
}
