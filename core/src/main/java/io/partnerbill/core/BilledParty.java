package io.partnerbill.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who is billed: a partner, billed by the operator (its monthly bills), or one customer of a
 * partner, billed by that partner as reseller (the customer's statements).
 *
 * <p>Both sides share receipts, numbering, the application of payments and payment storage; this
 * value says which side a payment or a number belongs to. {@link #partner()} is the partner's
 * account on both sides: the partner billed, or the reseller who bills its customer.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BilledParty {

    private final PartnerId partner;
    private final @Nullable CustomerId customer;

    private BilledParty(PartnerId partner, @Nullable CustomerId customer) {
        this.partner = partner;
        this.customer = customer;
    }

    /**
     * Obtains the party of a partner billed by the operator.
     *
     * @param partner the partner, not null
     * @return the party, not null
     */
    public static BilledParty partner(PartnerId partner) {
        return new BilledParty(Objects.requireNonNull(partner, "partner"), null);
    }

    /**
     * Obtains the party of a customer billed by its reseller.
     *
     * @param reseller the partner who bills the customer, not null
     * @param customer the customer billed, not null
     * @return the party, not null
     */
    public static BilledParty customer(PartnerId reseller, CustomerId customer) {
        return new BilledParty(Objects.requireNonNull(reseller, "reseller"), Objects.requireNonNull(customer, "customer"));
    }

    /**
     * Returns the partner's account: the partner billed, or the reseller who bills the customer.
     *
     * @return the partner, not null
     */
    public PartnerId partner() {
        return partner;
    }

    /**
     * Returns the customer billed, if the reseller bills one of its customers.
     *
     * @return the customer, or empty when the partner itself is billed, not null
     */
    public Optional<CustomerId> customer() {
        return Optional.ofNullable(customer);
    }

    /** @return true if a reseller bills one of its customers, false if the operator bills a partner */
    public boolean isCustomer() {
        return customer != null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BilledParty o && o.partner.equals(partner) && Objects.equals(o.customer, customer);
    }

    @Override
    public int hashCode() {
        return partner.hashCode() * 31 + Objects.hashCode(customer);
    }

    /**
     * Returns {@code partner P-1} or {@code customer C-1 of P-1}; identifiers may hold spaces, so this
     * form is for reading, not parsing.
     */
    @Override
    public String toString() {
        return customer == null ? "partner " + partner : "customer " + customer + " of " + partner;
    }
}
