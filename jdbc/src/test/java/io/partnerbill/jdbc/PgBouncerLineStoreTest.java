package io.partnerbill.jdbc;

import io.partnerbill.core.store.BillingStore;
import io.partnerbill.testkit.store.AbstractLineStoreContractTest;

/** The contract with {@code prepareThreshold=0}: no server-side prepared statement, as PgBouncer's transaction mode needs. */
class PgBouncerLineStoreTest extends AbstractLineStoreContractTest {

    @Override
    protected BillingStore createStore() {
        return TestDatabases.migrated(TestDatabases.postgres(0));
    }
}
