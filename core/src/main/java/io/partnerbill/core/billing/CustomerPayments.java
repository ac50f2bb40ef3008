package io.partnerbill.core.billing;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.PaymentRecordStore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The customer side of {@link PaymentApplier}: a customer's payment settles the customer's statements
 * from the reseller who collected it, oldest cycle first; what none needs stays the customer's credit.
 */
final class CustomerPayments implements PaymentApplier.Side<IssuedStatement> {

    @Override
    public Optional<Payment> find(BillingStore s, PaymentReference reference) {
        return s.statements().findPayment(reference);
    }

    @Override
    public PaymentRecordStore<?> records(BillingStore s) {
        return s.statements();
    }

    @Override
    public List<IssuedStatement> open(BillingStore s, Payment payment) {
        CustomerId customer = payment.payer().customer().orElseThrow();
        return StatementBook.unpaid(s, customer).stream().filter(st -> st.reseller().equals(payment.partner())).toList();
    }

    @Override
    public BigDecimal outstanding(IssuedStatement statement) {
        return ExactMoney.decimal(statement.outstanding());
    }

    @Override
    public Identifier id(IssuedStatement statement) {
        return statement.id();
    }

    @Override
    public void settle(BillingStore s, IssuedStatement statement, MonetaryAmount amount) {
        s.statements().update(statement.withPayment(amount));
    }

    @Override
    public void keep(BillingStore s, Payment payment, MonetaryAmount left) {
        // Nothing to write: a customer's credit is what its payments have left unapplied, and it
        // settles the customer's next statements when they are issued.
    }

    @Override
    public String conflict(Payment first, Payment again, String differences) {
        return "Payment reference '" + again.reference() + "' was already applied to a different customer payment: "
                + first;
    }
}
