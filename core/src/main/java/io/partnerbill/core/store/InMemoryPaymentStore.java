package io.partnerbill.core.store;

import io.partnerbill.core.BillId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class InMemoryPaymentStore implements PaymentStore {

    private final InMemoryPayments payments;
    private final MemoryLog<CreditEntry> credits;

    InMemoryPaymentStore(MemoryTx tx) {
        this.payments = new InMemoryPayments(tx, "Payment");
        this.credits = new MemoryLog<>(tx);
    }

    @Override
    public void insert(Payment payment) {
        payments.insert(payment);
    }

    @Override
    public Optional<Payment> find(PaymentReference reference) {
        return payments.find(reference);
    }

    @Override
    public List<Payment> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return payments.where(p -> p.partner().equals(partner));
    }

    @Override
    public void insert(PaymentApplication application) {
        payments.insert(application);
    }

    @Override
    public List<PaymentApplication> applicationsOf(PaymentReference reference) {
        return payments.applicationsOf(reference);
    }

    @Override
    public List<PaymentApplication> applicationsTo(BillId bill) {
        return payments.applicationsTo(Objects.requireNonNull(bill, "bill"));
    }

    @Override
    public void insert(CreditEntry entry) {
        credits.append(Objects.requireNonNull(entry, "entry"));
    }

    @Override
    public List<CreditEntry> creditsOf(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return credits.where(c -> c.partner().equals(partner));
    }
}
