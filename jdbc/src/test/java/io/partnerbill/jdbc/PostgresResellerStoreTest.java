package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractResellerStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class PostgresResellerStoreTest extends AbstractResellerStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.postgres());
    }
}
