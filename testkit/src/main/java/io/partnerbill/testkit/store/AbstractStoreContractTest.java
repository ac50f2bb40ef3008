package io.partnerbill.testkit.store;

import io.partnerbill.core.store.BillingStore;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every store contract suite starts from: a new, empty store for each test. A store
 * implementation's test extends one of the suites and returns the store from
 * {@link #createStore()}; a suite's own {@code @BeforeEach} methods run after this one's.
 */
public abstract class AbstractStoreContractTest {

    /** The store under test: new and empty before each test. */
    protected BillingStore store;

    /** For subclasses. */
    protected AbstractStoreContractTest() {
    }

    /**
     * Creates a new, empty store.
     *
     * @return the store, not null
     */
    protected abstract BillingStore createStore();

    /** Creates the store under test. */
    @BeforeEach
    public void createEmptyStore() {
        store = createStore();
    }
}
