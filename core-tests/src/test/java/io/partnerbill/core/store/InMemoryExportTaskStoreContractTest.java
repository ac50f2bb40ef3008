package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractExportTaskStoreContractTest;

/** Runs the {@link ExportTaskStore} contract against the in-memory store. */
class InMemoryExportTaskStoreContractTest extends AbstractExportTaskStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
