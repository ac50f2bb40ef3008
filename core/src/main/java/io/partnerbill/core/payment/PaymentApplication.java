package io.partnerbill.core.payment;

import io.partnerbill.core.BillId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.money.Amounts;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One step of applying a payment: this much of payment {@code reference} went to bill {@code bill}.
 *
 * @param reference the payment, not null
 * @param bill the bill it settled, not null
 * @param amount the amount applied, positive, not null
 */
public record PaymentApplication(PaymentReference reference, BillId bill, MonetaryAmount amount) {

    /** Checks that no component is null. */
    public PaymentApplication {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(bill, "bill");
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String toString() {
        return reference + " -> " + bill + " " + Amounts.format(amount);
    }
}
