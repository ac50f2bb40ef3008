package io.partnerbill.core.payment;

import io.partnerbill.core.BillId;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.money.ExactMoney;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One step of applying a payment: this much of payment {@code reference} went to {@code document},
 * a partner's bill ({@link BillId}) or a customer's statement ({@link StatementId}).
 *
 * @param reference the payment, not null
 * @param document the bill or statement it settled, not null
 * @param amount the amount applied, positive, not null
 */
public record PaymentApplication(PaymentReference reference, Identifier document, MonetaryAmount amount) {

    /** Checks that no component is null and that the document is a bill or a statement. */
    public PaymentApplication {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(amount, "amount");
        if (!(document instanceof BillId) && !(document instanceof StatementId)) {
            throw new InvalidValueException("Payment '" + reference + "' can be applied to a bill or a statement, not to "
                    + document.getClass().getSimpleName() + " '" + document + "'");
        }
    }

    /** Compares the amount by value, so USD 5 equals USD 5.00. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof PaymentApplication o && o.reference.equals(reference) && o.document.equals(document)
                && ExactMoney.same(o.amount, amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference, document);
    }

    @Override
    public String toString() {
        return reference + " -> " + document + " " + ExactMoney.format(amount);
    }
}
