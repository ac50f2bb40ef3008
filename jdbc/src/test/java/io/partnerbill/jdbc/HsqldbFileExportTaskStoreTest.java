package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractExportTaskStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFileExportTaskStoreTest extends AbstractExportTaskStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
