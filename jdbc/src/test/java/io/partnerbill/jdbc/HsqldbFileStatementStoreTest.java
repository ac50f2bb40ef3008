package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractStatementStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFileStatementStoreTest extends AbstractStatementStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
