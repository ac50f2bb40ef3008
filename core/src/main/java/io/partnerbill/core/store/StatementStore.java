package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.statement.IssuedStatement;
import java.util.List;
import java.util.Optional;

/**
 * Keeps issued customer statements (one per customer and cycle), customer payments and their applications
 * to statements ({@link PaymentRecordStore}, shared with the partner side).
 */
public interface StatementStore extends PaymentRecordStore<StatementId> {

    /**
     * Stores a newly issued statement.
     *
     * @param statement the statement, not null
     * @throws io.partnerbill.core.DuplicateKeyException if one exists for its customer and cycle, or with its id
     */
    void insert(IssuedStatement statement);

    /**
     * Replaces a stored statement by its new version (same id; only what is paid changes).
     *
     * @param statement the new version, not null
     * @throws io.partnerbill.core.UnknownEntityException if no statement has that id
     */
    void update(IssuedStatement statement);

    /**
     * Finds a customer's statement of a cycle.
     *
     * @param customer the customer, not null
     * @param cycle the cycle, not null
     * @return the statement, or empty, not null
     */
    Optional<IssuedStatement> find(CustomerId customer, BillCycle cycle);

    /**
     * Finds a statement by id.
     *
     * @param id the id, not null
     * @return the statement, or empty, not null
     */
    Optional<IssuedStatement> find(StatementId id);

    /**
     * Lists a customer's statements, oldest cycle first.
     *
     * @param customer the customer, not null
     * @return the statements, not null
     */
    List<IssuedStatement> ofCustomer(CustomerId customer);

    /**
     * Lists a reseller's statements, by cycle then customer.
     *
     * @param reseller the reseller, not null
     * @return the statements, not null
     */
    List<IssuedStatement> ofReseller(PartnerId reseller);

    /**
     * Finds a customer payment.
     *
     * @param reference the reference, not null
     * @return the payment, or empty, not null
     */
    Optional<Payment> findPayment(PaymentReference reference);

    /**
     * Lists a customer's payments in the order they were stored.
     *
     * @param customer the customer, not null
     * @return the payments, not null
     */
    List<Payment> paymentsOf(CustomerId customer);
}
