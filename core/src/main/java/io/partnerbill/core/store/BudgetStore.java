package io.partnerbill.core.store;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetAuditEntry;
import io.partnerbill.core.budget.BudgetCharge;
import java.util.List;
import java.util.Optional;

/**
 * Keeps customers' budget accounts, their audit trails and the charge of every order.
 *
 * <p>The ledger reads an account, checks it and writes it back inside one
 * {@link BillingStore#inTransaction}; an implementation must make that read-check-write
 * atomic against concurrent transactions on the same account (the in-memory store serializes
 * transactions; a database store locks the account's row when it reads it in a transaction),
 * so that the fees accepted never add up to more than the budget.
 */
public interface BudgetStore {

    /**
     * Finds a customer's account, locking it for the rest of the transaction where the store needs to.
     *
     * @param customer the customer, not null
     * @return the account, or empty if none was saved, not null
     */
    Optional<BudgetAccount> find(CustomerId customer);

    /**
     * Stores an account, replacing the customer's previous one.
     *
     * @param account the account, not null
     */
    void save(BudgetAccount account);

    /**
     * Appends an entry to a customer's audit trail.
     *
     * @param entry the entry, not null
     */
    void appendAudit(BudgetAuditEntry entry);

    /**
     * Lists a customer's audit trail, in the order it was appended.
     *
     * @param customer the customer, not null
     * @return the entries, not null
     */
    List<BudgetAuditEntry> auditTrail(CustomerId customer);

    /**
     * Stores the charge of a new order.
     *
     * @param charge the charge, not null
     * @throws io.partnerbill.core.DuplicateKeyException if that order has a charge already
     */
    void insertCharge(BudgetCharge charge);

    /**
     * Replaces an order's charge by a new version of it (after a refund).
     *
     * @param charge the new version, not null
     * @throws io.partnerbill.core.UnknownEntityException if that order has no charge
     */
    void updateCharge(BudgetCharge charge);

    /**
     * Finds an order's charge.
     *
     * @param order the order, not null
     * @return the charge, or empty, not null
     */
    Optional<BudgetCharge> findCharge(OrderId order);
}
