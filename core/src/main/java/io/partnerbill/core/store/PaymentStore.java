package io.partnerbill.core.store;

import io.partnerbill.core.BillId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import java.util.List;
import java.util.Optional;

/** Keeps payments, how they were applied to bills, and the partners' credit entries. */
public interface PaymentStore {

    /**
     * Stores a payment.
     *
     * @param payment the payment, not null
     * @throws io.partnerbill.core.DuplicateKeyException if its reference is taken
     */
    void insert(Payment payment);

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
     * Records that part of a payment settled a bill.
     *
     * @param application the application, not null
     */
    void insert(PaymentApplication application);

    /**
     * Lists the applications of a payment, in the order they were stored.
     *
     * @param reference the payment, not null
     * @return the applications, not null
     */
    List<PaymentApplication> applicationsOf(PaymentReference reference);

    /**
     * Lists the applications to a bill, in the order they were stored.
     *
     * @param bill the bill, not null
     * @return the applications, not null
     */
    List<PaymentApplication> applicationsTo(BillId bill);

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
