package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractLineStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class PostgresLineStoreTest extends AbstractLineStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.postgres());
    }
}
