package io.partnerbill.jdbc;

import io.partnerbill.core.store.BillingStore;
import io.partnerbill.testkit.store.AbstractBudgetStoreContractTest;

/** The contract with {@code prepareThreshold=0}: no server-side prepared statement, as PgBouncer's transaction mode needs. */
class PgBouncerBudgetStoreTest extends AbstractBudgetStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.postgres(0));
    }
}
