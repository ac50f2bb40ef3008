package io.partnerbill.jdbc;

import io.partnerbill.core.store.BillingStore;
import io.partnerbill.testkit.store.AbstractInvoiceNumberingContractTest;

class HsqldbFileInvoiceNumberingContractTest extends AbstractInvoiceNumberingContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
