package io.partnerbill.jdbc;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.reseller.Customer;
import io.partnerbill.core.store.CustomerStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CustomerStore} on table {@code pb_customer} (schema V006), whose primary key makes a
 * customer id belong to one reseller. Customers never change, so reading one takes no lock.
 */
final class JdbcCustomerStore implements CustomerStore {

    private static final String COLUMNS = "id, reseller_id, name, account_name, associated_at, associated_nanos";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM pb_customer ";

    private final Transactions tx;

    JdbcCustomerStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        Customer existing = tx.runOrNull("insert customer '" + customer.id() + "'", (c, dialect) -> {
            if (Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_customer (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setString(1, customer.id().value());
                        s.setString(2, customer.reseller().value());
                        s.setString(3, customer.name());
                        s.setString(4, customer.accountName());
                        Sql.setInstant(s, 5, customer.associatedAt());
                    })) {
                return null;
            }
            return Sql.queryOne(c, SELECT + "WHERE id = ?", s -> s.setString(1, customer.id().value()),
                    JdbcCustomerStore::read);
        });
        if (existing != null) {
            throw new DuplicateKeyException("Customer '" + customer.id() + "' exists already: " + existing);
        }
    }

    private static Customer read(ResultSet row) throws SQLException {
        // by position in COLUMNS
        return Customer.of(CustomerId.of(row.getString(1)), PartnerId.of(row.getString(2)),
                row.getString(3), row.getString(4), Sql.instant(row, 5));
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(tx.readOrNull("find customer '" + id + "'", (c, dialect) ->
                Sql.queryOne(c, SELECT + "WHERE id = ?", s -> s.setString(1, id.value()), JdbcCustomerStore::read)));
    }

    @Override
    public List<Customer> ofReseller(PartnerId reseller) {
        Objects.requireNonNull(reseller, "reseller");
        List<Customer> customers = new ArrayList<>(tx.run("list customers of reseller '" + reseller + "'", (c, dialect) ->
                Sql.query(c, SELECT + "WHERE reseller_id = ?", s -> s.setString(1, reseller.value()),
                        JdbcCustomerStore::read)));
        customers.sort(Comparator.comparing(Customer::id)); // Java's order, whatever the database's collation
        return List.copyOf(customers);
    }
}
