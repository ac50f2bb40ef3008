package io.partnerbill.core.store;

import io.partnerbill.core.BillId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.Payment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class InMemoryPaymentStore extends InMemoryPayments<BillId> implements PaymentStore {

    private final MemoryLog<CreditEntry> credits;

    InMemoryPaymentStore(MemoryTx tx) {
        super(tx, "Payment", "bill");
        this.credits = new MemoryLog<>(tx);
    }

    @Override
    public Optional<Payment> find(PaymentReference reference) {
        return payment(reference);
    }

    @Override
    public List<Payment> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return paymentsWhere(p -> p.partner().equals(partner));
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
