package io.partnerbill.jdbc;

import io.partnerbill.core.store.BillingStore;
import io.partnerbill.testkit.store.AbstractRaceContractTest;

class H2MemoryRaceContractTest extends AbstractRaceContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.h2Memory());
    }
}
