package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractDiscountStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class H2FileDiscountStoreTest extends AbstractDiscountStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2File());
    }
}
