package io.partnerbill.core.statement;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.money.Amounts;
import io.partnerbill.core.payment.PaymentMethod;
import java.time.Instant;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A payment a reseller collected from its customer: a positive amount, applied once (by
 * reference) to the customer's unpaid statements, oldest cycle first.
 *
 * @param reference the reference, applied once, not null
 * @param reseller the reseller who collected it, not null
 * @param customer the customer who paid, not null
 * @param amount the amount, positive, not null
 * @param receivedAt when it was received, not null
 * @param method how it was paid, not null
 */
public record CustomerPayment(PaymentReference reference, PartnerId reseller, CustomerId customer, MonetaryAmount amount,
        Instant receivedAt, PaymentMethod method) {

    /** Checks the components: none null, the amount positive. */
    public CustomerPayment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reseller, "reseller");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(method, "method");
        if (Amounts.decimal(amount).signum() <= 0) {
            throw new InvalidValueException("Customer payment '" + reference + "' must be positive, was '"
                    + Amounts.format(amount) + "'");
        }
    }

    /** Compares amounts by value, so USD 5 equals USD 5.00. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CustomerPayment o && o.reference.equals(reference) && o.reseller.equals(reseller)
                && o.customer.equals(customer) && Amounts.same(o.amount, amount) && o.receivedAt.equals(receivedAt)
                && o.method == method;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference, reseller, customer, receivedAt, method);
    }

    @Override
    public String toString() {
        return "CustomerPayment[" + reference + " " + customer + " -> " + reseller + " " + Amounts.format(amount) + " "
                + method + " " + receivedAt + "]";
    }
}
