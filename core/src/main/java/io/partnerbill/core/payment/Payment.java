package io.partnerbill.core.payment;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.money.Amounts;
import java.time.Instant;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A partner's repayment: a positive amount received at an instant by a method, identified by
 * its reference, which is applied once.
 *
 * @param reference the reference, applied once, not null
 * @param partner the partner who paid, not null
 * @param amount the amount, positive, not null
 * @param receivedAt when it was received, not null
 * @param method how it was paid, not null
 */
public record Payment(PaymentReference reference, PartnerId partner, MonetaryAmount amount, Instant receivedAt,
        PaymentMethod method) {

    /** Checks the components: none null, the amount positive. */
    public Payment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(method, "method");
        if (Amounts.decimal(amount).signum() <= 0) {
            throw new InvalidValueException("Payment '" + reference + "' must be positive, was '" + Amounts.format(amount) + "'");
        }
    }

    /** Compares amounts by value, so USD 5 equals USD 5.00. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Payment o && o.reference.equals(reference) && o.partner.equals(partner)
                && Amounts.same(o.amount, amount) && o.receivedAt.equals(receivedAt) && o.method == method;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference, partner, receivedAt, method);
    }

    @Override
    public String toString() {
        return "Payment[" + reference + " " + partner + " " + Amounts.format(amount) + " " + method + " " + receivedAt + "]";
    }
}
