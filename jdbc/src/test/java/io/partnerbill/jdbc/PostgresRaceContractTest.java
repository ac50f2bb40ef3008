package io.partnerbill.jdbc;

import io.partnerbill.core.store.BillingStore;
import io.partnerbill.testkit.store.AbstractRaceContractTest;

class PostgresRaceContractTest extends AbstractRaceContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.postgres());
    }
}
