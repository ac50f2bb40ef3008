package io.partnerbill.core.statement;

import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.money.Amounts;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One step of applying a customer payment: this much of payment {@code reference} went to statement {@code statement}.
 *
 * @param reference the customer payment, not null
 * @param statement the statement it settled, not null
 * @param amount the amount applied, positive, not null
 */
public record StatementPaymentApplication(PaymentReference reference, StatementId statement, MonetaryAmount amount) {

    /** Checks that no component is null. */
    public StatementPaymentApplication {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(amount, "amount");
    }

    /** Compares the amount by value. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof StatementPaymentApplication o && o.reference.equals(reference)
                && o.statement.equals(statement) && Amounts.same(o.amount, amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference, statement);
    }

    @Override
    public String toString() {
        return reference + " -> " + statement + " " + Amounts.format(amount);
    }
}
