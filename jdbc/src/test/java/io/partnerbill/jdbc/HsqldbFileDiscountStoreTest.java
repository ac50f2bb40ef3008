package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractDiscountStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFileDiscountStoreTest extends AbstractDiscountStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
