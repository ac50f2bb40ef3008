package io.partnerbill.jdbc;

import io.partnerbill.testkit.store.AbstractPriceRuleStoreContractTest;
import io.partnerbill.core.store.BillingStore;

class HsqldbFilePriceRuleStoreTest extends AbstractPriceRuleStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.hsqldbFile());
    }
}
