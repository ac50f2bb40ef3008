package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractPriceRuleStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class H2MemoryPriceRuleStoreTest extends AbstractPriceRuleStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2Memory());
    }
}
