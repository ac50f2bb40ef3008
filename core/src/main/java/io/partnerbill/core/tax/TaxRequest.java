package io.partnerbill.core.tax;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * What a {@link TaxPolicy} is asked: the tax on {@code base} for a partner's bill of a cycle,
 * at the rates in force on {@code taxDate}; or, when {@code customer} is present, the tax a
 * reseller (the partner, now the supplier) charges its customer on a customer statement.
 *
 * @param partner the partner billed; for a customer statement, the reseller who bills, not null
 * @param cycle the bill cycle, not null
 * @param base the taxable base (the net settlement before coupons, since coupons are a means of payment; for a
 *        customer statement, its rounded subtotal), not null
 * @param taxDate the date whose rates apply (the cycle's issue date by default), not null
 * @param customer the customer billed by the partner on a customer statement; empty for the
 *        operator's bill of the partner, not null
 */
public record TaxRequest(PartnerId partner, BillCycle cycle, MonetaryAmount base, LocalDate taxDate,
        Optional<CustomerId> customer) {

    /** Checks that no component is null. */
    public TaxRequest {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(taxDate, "taxDate");
        Objects.requireNonNull(customer, "customer");
    }

    /**
     * Creates the request of the operator's bill of a partner (no customer).
     *
     * @param partner the partner billed, not null
     * @param cycle the bill cycle, not null
     * @param base the taxable base, not null
     * @param taxDate the date whose rates apply, not null
     */
    public TaxRequest(PartnerId partner, BillCycle cycle, MonetaryAmount base, LocalDate taxDate) {
        this(partner, cycle, base, taxDate, Optional.empty());
    }

    /**
     * Creates the request of a reseller's statement to one of its customers.
     *
     * @param reseller the reseller who bills (the supplier), not null
     * @param customer the customer billed (the recipient), not null
     * @param cycle the bill cycle, not null
     * @param base the statement's subtotal, not null
     * @param taxDate the date whose rates apply, not null
     * @return the request, not null
     */
    public static TaxRequest ofCustomer(PartnerId reseller, CustomerId customer, BillCycle cycle, MonetaryAmount base,
            LocalDate taxDate) {
        return new TaxRequest(reseller, cycle, base, taxDate, Optional.of(Objects.requireNonNull(customer, "customer")));
    }
}
