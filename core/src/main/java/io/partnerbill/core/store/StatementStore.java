package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import java.util.List;
import java.util.Map;
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

    /**
     * Refuses a statement whose bill lines are not the stored ones: the rule every statement store
     * applies on {@link #insert(IssuedStatement)}, since a store may keep only a line's order id and
     * read the line back from the line store. For store implementations.
     *
     * @param statement the statement to insert, not null
     * @param stored the stored bill line of each of the statement's order ids that has one, not null
     * @throws UnknownEntityException if a line of the statement is not stored
     * @throws InvalidValueException if a line of the statement differs from the stored one
     */
    static void requireStoredLines(IssuedStatement statement, Map<OrderId, BillLine> stored) {
        for (StatementLine line : statement.statement().lines()) {
            BillLine kept = stored.get(line.orderId());
            if (kept == null) {
                throw new UnknownEntityException("Statement '" + statement.id() + "' prices line '" + line.orderId()
                        + "', which is not a stored bill line");
            }
            if (!kept.equals(line.line())) {
                throw new InvalidValueException("Statement '" + statement.id() + "' prices line '" + line.orderId()
                        + "' as " + line.line() + ", but the stored line is " + kept);
            }
        }
    }
}
