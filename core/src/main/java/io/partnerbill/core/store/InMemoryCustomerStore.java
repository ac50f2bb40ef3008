package io.partnerbill.core.store;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.reseller.Customer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryCustomerStore implements CustomerStore {

    private final MemoryTx tx;
    private final Map<CustomerId, Customer> byId = new HashMap<>();
    private final Map<PartnerId, TreeMap<CustomerId, Customer>> byReseller = new HashMap<>();

    InMemoryCustomerStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        tx.locked(() -> {
            Customer existing = byId.get(customer.id());
            if (existing != null) {
                throw new DuplicateKeyException("Customer '" + customer.id() + "' exists already: " + existing);
            }
            byId.put(customer.id(), customer);
            TreeMap<CustomerId, Customer> own = byReseller.computeIfAbsent(customer.reseller(), r -> new TreeMap<>());
            own.put(customer.id(), customer);
            tx.onRollback(() -> {
                byId.remove(customer.id());
                own.remove(customer.id());
            });
        });
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return tx.locked(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<Customer> ofReseller(PartnerId reseller) {
        Objects.requireNonNull(reseller, "reseller");
        return tx.locked(() -> List.copyOf(byReseller.getOrDefault(reseller, new TreeMap<>()).values()));
    }
}
