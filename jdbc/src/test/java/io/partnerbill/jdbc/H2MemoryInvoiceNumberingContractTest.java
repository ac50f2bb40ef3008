package io.partnerbill.jdbc;

import io.partnerbill.core.store.BillingStore;
import io.partnerbill.testkit.store.AbstractInvoiceNumberingContractTest;

class H2MemoryInvoiceNumberingContractTest extends AbstractInvoiceNumberingContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2Memory());
    }
}
