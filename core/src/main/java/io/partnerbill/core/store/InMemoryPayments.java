package io.partnerbill.core.store;

import io.partnerbill.core.Identifier;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The payments of one side (partners' repayments, or customers' payments to their reseller) and
 * their applications to bills or statements: one way of keeping them for both in-memory stores,
 * which extend it and add what only their side has.
 *
 * @param <D> the document a payment settles on this side
 */
abstract class InMemoryPayments<D extends Identifier> implements PaymentRecordStore<D> {

    private final String noun;
    private final String documentNoun;
    private final MemoryTable<PaymentReference, Payment> payments;
    private final MemoryLog<PaymentApplication> applications;

    /**
     * @param noun what a payment of this side is called in messages: "Payment", "Customer payment"
     * @param documentNoun what a document is called in messages: "bill", "statement"
     */
    InMemoryPayments(MemoryTx tx, String noun, String documentNoun) {
        this.noun = noun;
        this.documentNoun = documentNoun;
        this.payments = new MemoryTable<>(tx, new LinkedHashMap<>(), Payment::reference);
        this.applications = new MemoryLog<>(tx);
    }

    @Override
    public void insert(Payment payment) {
        payments.insert(Objects.requireNonNull(payment, "payment"), p -> noun + " '" + p.reference() + "' already exists");
    }

    final Optional<Payment> payment(PaymentReference reference) {
        return payments.find(Objects.requireNonNull(reference, "reference"));
    }

    final List<Payment> paymentsWhere(Predicate<? super Payment> test) {
        return payments.where(test);
    }

    @Override
    public void insert(PaymentApplication application) {
        applications.append(Objects.requireNonNull(application, "application"));
    }

    @Override
    public List<PaymentApplication> applicationsOf(PaymentReference reference) {
        Objects.requireNonNull(reference, "reference");
        return applications.where(a -> a.reference().equals(reference));
    }

    @Override
    public List<PaymentApplication> applicationsTo(D document) {
        Objects.requireNonNull(document, documentNoun);
        return applications.where(a -> a.document().equals(document));
    }
}
