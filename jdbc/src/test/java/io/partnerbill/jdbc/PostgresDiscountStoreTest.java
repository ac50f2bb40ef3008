package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractDiscountStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class PostgresDiscountStoreTest extends AbstractDiscountStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.postgres());
    }
}
