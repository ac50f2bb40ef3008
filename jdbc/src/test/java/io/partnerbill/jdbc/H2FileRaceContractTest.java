package io.partnerbill.jdbc;

import io.partnerbill.core.store.BillingStore;
import io.partnerbill.testkit.store.AbstractRaceContractTest;

class H2FileRaceContractTest extends AbstractRaceContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2File());
    }
}
