package io.partnerbill.core.statement;

import io.partnerbill.core.money.Amounts;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What applying a customer payment did: the statements it settled, in order, and the part no
 * statement needed, which the reseller holds as the customer's credit.
 *
 * @param payment the payment, not null
 * @param applications the amounts applied to statements, in order, not null
 * @param toCredit the overpayment held as customer credit, zero or more, not null
 */
public record CustomerPaymentReceipt(CustomerPayment payment, List<StatementPaymentApplication> applications,
        MonetaryAmount toCredit) {

    /** Copies the list and checks that no component is null. */
    public CustomerPaymentReceipt {
        Objects.requireNonNull(payment, "payment");
        applications = List.copyOf(applications);
        Objects.requireNonNull(toCredit, "toCredit");
    }

    /** Compares the credit by value. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CustomerPaymentReceipt o && o.payment.equals(payment) && o.applications.equals(applications)
                && Amounts.same(o.toCredit, toCredit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payment, applications);
    }
}
