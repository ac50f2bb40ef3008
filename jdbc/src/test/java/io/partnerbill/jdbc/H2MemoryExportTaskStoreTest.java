package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractExportTaskStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class H2MemoryExportTaskStoreTest extends AbstractExportTaskStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2Memory());
    }
}
