package io.partnerbill.core.billing;

import io.partnerbill.core.reseller.Customer;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.store.BillingStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The customers of resellers. Only an APPROVED reseller associates customers; a customer id
 * belongs to one reseller. A new customer has no budget and so starts frozen
 * (see {@link io.partnerbill.core.billing.BudgetLedger}).
 *
 * <p>This class is thread-safe; each operation is one transaction of the store.
 */
public final class CustomerBook {

    private final BillingStore store;
    private final Clock clock;

    private CustomerBook(BillingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Obtains the book over a store. Services normally use {@code PartnerBilling.customers()}.
     *
     * @param store the store, not null
     * @param clock the clock that dates associations, not null
     * @return the book, not null
     */
    public static CustomerBook of(BillingStore store, Clock clock) {
        return new CustomerBook(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Associates a customer with a reseller. Associating the same customer again returns the
     * stored record.
     *
     * @param reseller the reseller, not null
     * @param id the customer id, not null
     * @param name the customer's name, not blank, not null
     * @param accountName the customer's account name, not blank, not null
     * @return the customer, not null
     * @throws UnknownEntityException if the reseller is not enrolled
     * @throws io.partnerbill.core.ResellerNotApprovedException if the reseller is not APPROVED
     * @throws DuplicateKeyException if the id belongs to another customer record
     */
    public Customer add(PartnerId reseller, CustomerId id, String name, String accountName) {
        Customer customer = Customer.of(id, reseller, name, accountName, clock.instant());
        return store.inTransaction(s -> {
            ResellerProgram.get(s, reseller).requireApproved("own customers");
            Optional<Customer> existing = s.customers().find(id);
            if (existing.isPresent()) {
                if (existing.get().sameAs(customer)) {
                    return existing.get();
                }
                throw new DuplicateKeyException("Customer '" + id + "' exists already as " + existing.get()
                        + ", offered " + customer);
            }
            s.customers().insert(customer);
            return customer;
        });
    }

    /**
     * Finds a customer.
     *
     * @param id the customer id, not null
     * @return the customer, or empty, not null
     */
    public Optional<Customer> find(CustomerId id) {
        return store.customers().find(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns a customer.
     *
     * @param id the customer id, not null
     * @return the customer, not null
     * @throws UnknownEntityException if there is no such customer
     */
    public Customer get(CustomerId id) {
        return find(id).orElseThrow(() -> new UnknownEntityException("Unknown customer '" + id + "'"));
    }

    /**
     * Lists a reseller's customers, by customer id.
     *
     * @param reseller the reseller, not null
     * @return the customers, not null
     */
    public List<Customer> ofReseller(PartnerId reseller) {
        return store.customers().ofReseller(Objects.requireNonNull(reseller, "reseller"));
    }
}
