package io.partnerbill.core.reseller;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer of a reseller: its id, name and account name, and when the reseller associated it.
 * A customer belongs to exactly one reseller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Customer {

    private final CustomerId id;
    private final PartnerId reseller;
    private final String name;
    private final String accountName;
    private final Instant associatedAt;

    private Customer(CustomerId id, PartnerId reseller, String name, String accountName, Instant associatedAt) {
        this.id = id;
        this.reseller = reseller;
        this.name = name;
        this.accountName = accountName;
        this.associatedAt = associatedAt;
    }

    /**
     * Obtains a customer (new, or as a store reads it back).
     *
     * @param id the customer, not null
     * @param reseller the reseller it belongs to, not null
     * @param name the customer's name, not blank, not null
     * @param accountName the customer's account name, not blank, not null
     * @param associatedAt when the reseller associated it, not null
     * @return the customer, not null
     * @throws io.partnerbill.core.InvalidValueException if a name is blank or padded
     */
    public static Customer of(CustomerId id, PartnerId reseller, String name, String accountName, Instant associatedAt) {
        return new Customer(Objects.requireNonNull(id, "id"), Objects.requireNonNull(reseller, "reseller"),
                Reseller.checkName(name, "Customer name"), Reseller.checkName(accountName, "Customer account name"),
                Objects.requireNonNull(associatedAt, "associatedAt"));
    }

    /** @return the customer id, not null */
    public CustomerId id() {
        return id;
    }

    /** @return the reseller it belongs to, not null */
    public PartnerId reseller() {
        return reseller;
    }

    /** @return the name, not null */
    public String name() {
        return name;
    }

    /** @return the account name, not null */
    public String accountName() {
        return accountName;
    }

    /** @return when the reseller associated it, not null */
    public Instant associatedAt() {
        return associatedAt;
    }

    /**
     * Returns whether another customer record has the same id, reseller and names (the
     * association instant aside): associating it again is then a repeat, not a conflict.
     *
     * @param other the other record, not null
     * @return true if they describe the same customer
     */
    public boolean sameAs(Customer other) {
        return other.id.equals(id) && other.reseller.equals(reseller) && other.name.equals(name)
                && other.accountName.equals(accountName);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Customer o && sameAs(o) && o.associatedAt.equals(associatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, reseller, name, accountName, associatedAt);
    }

    @Override
    public String toString() {
        return "Customer[" + id + " '" + name + "' (" + accountName + ") of " + reseller + "]";
    }
}
