package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractPriceRuleStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class H2FilePriceRuleStoreTest extends AbstractPriceRuleStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2File());
    }
}
