package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractPaymentStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFilePaymentStoreTest extends AbstractPaymentStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
