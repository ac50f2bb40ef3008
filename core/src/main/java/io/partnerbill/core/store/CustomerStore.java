package io.partnerbill.core.store;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.reseller.Customer;
import java.util.List;
import java.util.Optional;

/** Keeps resellers' customers; a customer id belongs to one reseller. */
public interface CustomerStore {

    /**
     * Stores a new customer.
     *
     * @param customer the customer, not null
     * @throws io.partnerbill.core.DuplicateKeyException if a customer with that id is stored already
     */
    void insert(Customer customer);

    /**
     * Finds a customer.
     *
     * @param id the customer id, not null
     * @return the customer, or empty, not null
     */
    Optional<Customer> find(CustomerId id);

    /**
     * Lists a reseller's customers, by customer id.
     *
     * @param reseller the reseller, not null
     * @return the customers, not null
     */
    List<Customer> ofReseller(PartnerId reseller);
}
