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
 * their applications to bills or statements: one way of keeping them for both in-memory stores.
 */
final class InMemoryPayments {

    private final String noun;
    private final MemoryTable<PaymentReference, Payment> payments;
    private final MemoryLog<PaymentApplication> applications;

    /** @param noun what a payment of this side is called in messages: "Payment", "Customer payment" */
    InMemoryPayments(MemoryTx tx, String noun) {
        this.noun = noun;
        this.payments = new MemoryTable<>(tx, new LinkedHashMap<>(), Payment::reference);
        this.applications = new MemoryLog<>(tx);
    }

    void insert(Payment payment) {
        payments.insert(Objects.requireNonNull(payment, "payment"), p -> noun + " '" + p.reference() + "' already exists");
    }

    Optional<Payment> find(PaymentReference reference) {
        return payments.find(Objects.requireNonNull(reference, "reference"));
    }

    List<Payment> where(Predicate<? super Payment> test) {
        return payments.where(test);
    }

    void insert(PaymentApplication application) {
        applications.append(Objects.requireNonNull(application, "application"));
    }

    List<PaymentApplication> applicationsOf(PaymentReference reference) {
        Objects.requireNonNull(reference, "reference");
        return applications.where(a -> a.reference().equals(reference));
    }

    List<PaymentApplication> applicationsTo(Identifier document) {
        Objects.requireNonNull(document, "document");
        return applications.where(a -> a.document().equals(document));
    }
}
