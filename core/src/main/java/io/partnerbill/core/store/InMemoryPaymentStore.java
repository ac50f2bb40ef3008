package io.partnerbill.core.store;

import io.partnerbill.core.BillId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class InMemoryPaymentStore implements PaymentStore {

    private final MemoryTx tx;
    private final Map<PaymentReference, Payment> payments = new LinkedHashMap<>();
    private final List<PaymentApplication> applications = new ArrayList<>();
    private final List<CreditEntry> credits = new ArrayList<>();

    InMemoryPaymentStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        tx.locked(() -> {
            if (payments.containsKey(payment.reference())) {
                throw new DuplicateKeyException("Payment '" + payment.reference() + "' already exists");
            }
            payments.put(payment.reference(), payment);
            tx.onRollback(() -> payments.remove(payment.reference()));
        });
    }

    @Override
    public Optional<Payment> find(PaymentReference reference) {
        Objects.requireNonNull(reference, "reference");
        return tx.locked(() -> Optional.ofNullable(payments.get(reference)));
    }

    @Override
    public List<Payment> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.locked(() -> payments.values().stream().filter(p -> p.partner().equals(partner)).toList());
    }

    @Override
    public void insert(PaymentApplication application) {
        Objects.requireNonNull(application, "application");
        tx.locked(() -> {
            applications.add(application);
            tx.onRollback(() -> applications.remove(applications.size() - 1));
        });
    }

    @Override
    public List<PaymentApplication> applicationsOf(PaymentReference reference) {
        Objects.requireNonNull(reference, "reference");
        return tx.locked(() -> applications.stream().filter(a -> a.reference().equals(reference)).toList());
    }

    @Override
    public List<PaymentApplication> applicationsTo(BillId bill) {
        Objects.requireNonNull(bill, "bill");
        return tx.locked(() -> applications.stream().filter(a -> a.document().equals(bill)).toList());
    }

    @Override
    public void insert(CreditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        tx.locked(() -> {
            credits.add(entry);
            tx.onRollback(() -> credits.remove(credits.size() - 1));
        });
    }

    @Override
    public List<CreditEntry> creditsOf(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.locked(() -> credits.stream().filter(c -> c.partner().equals(partner)).toList());
    }
}
