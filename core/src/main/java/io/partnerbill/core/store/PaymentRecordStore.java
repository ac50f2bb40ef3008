package io.partnerbill.core.store;

import io.partnerbill.core.Identifier;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import java.util.List;

/**
 * Keeps one side's payments and how they were applied to that side's documents: partners' payments
 * to their bills ({@link PaymentStore}) or customers' payments to their statements
 * ({@link StatementStore}). Both sides use the same types and the same rules, so they share these
 * methods.
 *
 * @param <D> the document a payment settles on this side: a bill id or a statement id
 */
public interface PaymentRecordStore<D extends Identifier> {

    /**
     * Stores a payment of this side.
     *
     * @param payment the payment, not null
     * @throws io.partnerbill.core.DuplicateKeyException if this side has a payment with its reference
     */
    void insert(Payment payment);

    /**
     * Records that part of a payment settled a document of this side.
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
     * Lists the applications to a document, in the order they were stored.
     *
     * @param document the bill or statement, not null
     * @return the applications, not null
     */
    List<PaymentApplication> applicationsTo(D document);
}
