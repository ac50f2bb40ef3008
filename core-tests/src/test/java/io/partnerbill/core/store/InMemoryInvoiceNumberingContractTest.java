package io.partnerbill.core.store;

import io.partnerbill.testkit.store.AbstractInvoiceNumberingContractTest;

class InMemoryInvoiceNumberingContractTest extends AbstractInvoiceNumberingContractTest {

    @Override
    protected BillingStore createStore() {
        return BillingStore.inMemory();
    }
}
