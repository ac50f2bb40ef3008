package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractBudgetStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class PostgresBudgetStoreTest extends AbstractBudgetStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.postgres());
    }
}
