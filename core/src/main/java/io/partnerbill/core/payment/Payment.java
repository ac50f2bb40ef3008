package io.partnerbill.core.payment;

import io.partnerbill.core.BilledParty;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.money.ExactMoney;
import java.time.Instant;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A payment by a billed party: a partner's repayment of its bills, or a payment a reseller
 * collected from its customer for the customer's statements. A positive amount received at an
 * instant by a method, identified by its reference, which is applied once on its side.
 *
 * @param reference the reference, applied once, not null
 * @param payer who paid: the partner, or the customer of a reseller, not null
 * @param amount the amount, positive, not null
 * @param receivedAt when it was received, not null
 * @param method how it was paid, not null
 */
public record Payment(PaymentReference reference, BilledParty payer, MonetaryAmount amount, Instant receivedAt,
        PaymentMethod method) {

    /** Checks the components: none null, the amount positive. */
    public Payment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(method, "method");
        if (ExactMoney.decimal(amount).signum() <= 0) {
            throw new InvalidValueException((payer.isCustomer() ? "Customer payment '" : "Payment '") + reference
                    + "' must be positive, was '" + ExactMoney.format(amount) + "'");
        }
    }

    /**
     * A partner's repayment of its bills.
     *
     * @param reference the reference, applied once, not null
     * @param partner the partner who paid, not null
     * @param amount the amount, positive, not null
     * @param receivedAt when it was received, not null
     * @param method how it was paid, not null
     */
    public Payment(PaymentReference reference, PartnerId partner, MonetaryAmount amount, Instant receivedAt,
            PaymentMethod method) {
        this(reference, BilledParty.partner(partner), amount, receivedAt, method);
    }

    /**
     * Returns the partner's account the payment belongs to: the partner who paid, or the reseller
     * who collected it from its customer.
     *
     * @return the partner, not null
     */
    public PartnerId partner() {
        return payer.partner();
    }

    /** Compares amounts by value, so USD 5 equals USD 5.00. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Payment o && o.reference.equals(reference) && o.payer.equals(payer)
                && ExactMoney.same(o.amount, amount) && o.receivedAt.equals(receivedAt) && o.method == method;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference, payer, receivedAt, method);
    }

    /**
     * Returns {@code Payment[BANK-1 P-1 USD 60.00 BANK_TRANSFER 2024-02-10T00:00:00Z]}, or for a
     * customer's payment {@code CustomerPayment[CP-1 C-1 -> P-1 USD 60.00 ...]} (the customer, then the
     * reseller who collected it).
     */
    @Override
    public String toString() {
        return payer.customer().map(c -> "CustomerPayment[" + reference + " " + c + " -> " + payer.partner())
                .orElseGet(() -> "Payment[" + reference + " " + payer.partner())
                + " " + ExactMoney.format(amount) + " " + method + " " + receivedAt + "]";
    }
}
