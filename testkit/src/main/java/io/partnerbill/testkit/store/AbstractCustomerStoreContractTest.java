package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.reseller.Customer;
import java.time.Instant;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.CustomerStore;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CustomerStore} meets. A store implementation extends this class
 * and returns a new, empty {@link BillingStore} from {@link #createStore()}.
 */
public abstract class AbstractCustomerStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractCustomerStoreContractTest() {
    }

    private static final Instant T0 = Instant.parse("2024-03-01T01:00:00Z");

    static Customer customer(String id, String reseller) {
        return Customer.of(CustomerId.of(id), PartnerId.of(reseller), "Name " + id, "acct-" + id, T0);
    }

    @Test
    public void insert_thenFindReturnsEqualCustomer() {
        store.customers().insert(customer("C1", "P1"));

        assertThat(store.customers().find(CustomerId.of("C1"))).contains(customer("C1", "P1"));
        assertThat(store.customers().find(CustomerId.of("C2"))).isEmpty();
    }

    @Test
    public void insert_refusesSecondCustomerWithSameId_evenOfAnotherReseller() {
        store.customers().insert(customer("C1", "P1"));

        assertThatThrownBy(() -> store.customers().insert(customer("C1", "P2")))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("'C1'");
        assertThat(store.customers().ofReseller(PartnerId.of("P2"))).isEmpty();
        assertThat(store.customers().find(CustomerId.of("C1"))).contains(customer("C1", "P1"));
    }

    @Test
    public void ofReseller_listsOnlyItsCustomers_byId() {
        store.customers().insert(customer("C3", "P1"));
        store.customers().insert(customer("C1", "P1"));
        store.customers().insert(customer("C2", "P2"));

        assertThat(store.customers().ofReseller(PartnerId.of("P1")))
                .containsExactly(customer("C1", "P1"), customer("C3", "P1"));
        assertThat(store.customers().ofReseller(PartnerId.of("P9"))).isEmpty();
    }

    @Test
    public void transaction_thatThrowsLeavesNoCustomer() {
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.customers().insert(customer("C1", "P1"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.customers().find(CustomerId.of("C1"))).isEmpty();
        assertThat(store.customers().ofReseller(PartnerId.of("P1"))).isEmpty();
    }
}
