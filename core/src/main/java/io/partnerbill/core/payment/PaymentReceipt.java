package io.partnerbill.core.payment;

import io.partnerbill.core.money.ExactMoney;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What applying a payment did, on either side: the bills (or a customer's statements) it settled,
 * in order, and the part none needed, which became the payer's credit (partner credit, or the
 * customer's credit held by the reseller).
 *
 * @param payment the payment, not null
 * @param applications the amounts applied to bills or statements, in order, not null
 * @param toCredit the overpayment kept as credit, zero or more, not null
 */
public record PaymentReceipt(Payment payment, List<PaymentApplication> applications, MonetaryAmount toCredit) {

    /** Copies the list and checks that no component is null. */
    public PaymentReceipt {
        Objects.requireNonNull(payment, "payment");
        applications = List.copyOf(applications);
        Objects.requireNonNull(toCredit, "toCredit");
    }

    /** Compares the credit by value, so USD 0 equals USD 0.00. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof PaymentReceipt o && o.payment.equals(payment) && o.applications.equals(applications)
                && ExactMoney.same(o.toCredit, toCredit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payment, applications);
    }
}
