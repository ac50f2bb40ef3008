package io.partnerbill.core.store;

import io.partnerbill.core.BillId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.Payment;
import java.util.List;
import java.util.Optional;

/**
 * Keeps partners' payments, how they were applied to bills ({@link PaymentRecordStore}, shared with the
 * customer side), and the partners' credit entries.
 */
public interface PaymentStore extends PaymentRecordStore<BillId> {

    /**
     * Finds a payment by reference.
     *
     * @param reference the reference, not null
     * @return the payment, or empty, not null
     */
    Optional<Payment> find(PaymentReference reference);

    /**
     * Lists a partner's payments in the order they were stored.
     *
     * @param partner the partner, not null
     * @return the payments, not null
     */
    List<Payment> ofPartner(PartnerId partner);

    /**
     * Records a movement of a partner's credit.
     *
     * @param entry the entry, not null
     */
    void insert(CreditEntry entry);

    /**
     * Lists a partner's credit entries in the order they were stored.
     *
     * @param partner the partner, not null
     * @return the entries, not null
     */
    List<CreditEntry> creditsOf(PartnerId partner);
}
