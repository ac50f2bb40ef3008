package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractBudgetStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFileBudgetStoreTest extends AbstractBudgetStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
