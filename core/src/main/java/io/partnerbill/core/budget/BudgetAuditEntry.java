package io.partnerbill.core.budget;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a customer's budget audit trail: what was done, the budget before and after,
 * who did it (an operator's name, or {@value #SYSTEM}) and when.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetAuditEntry {

    /** The operator name of changes the library makes by itself, such as an automatic freeze. */
    public static final String SYSTEM = "system";

    private final CustomerId customer;
    private final BudgetOperation operation;
    private final @Nullable Budget oldBudget;
    private final @Nullable Budget newBudget;
    private final String operator;
    private final Instant at;

    private BudgetAuditEntry(CustomerId customer, BudgetOperation operation, @Nullable Budget oldBudget,
            @Nullable Budget newBudget, String operator, Instant at) {
        this.customer = customer;
        this.operation = operation;
        this.oldBudget = oldBudget;
        this.newBudget = newBudget;
        this.operator = operator;
        this.at = at;
    }

    /**
     * Obtains an entry.
     *
     * @param customer the customer, not null
     * @param operation what was done, not null
     * @param oldBudget the budget before, or null for none
     * @param newBudget the budget after, or null for none
     * @param operator who did it, not blank, not null
     * @param at when, not null
     * @return the entry, not null
     * @throws InvalidValueException if the operator is blank
     */
    public static BudgetAuditEntry of(CustomerId customer, BudgetOperation operation, @Nullable Budget oldBudget,
            @Nullable Budget newBudget, String operator, Instant at) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(at, "at");
        return new BudgetAuditEntry(customer, operation, oldBudget, newBudget,
                checkOperator(operator), at);
    }

    /**
     * Returns the operator name when it is acceptable for an audit entry.
     *
     * @throws io.partnerbill.core.InvalidValueException naming the operator otherwise
     */
    public static String checkOperator(String operator) {
        Objects.requireNonNull(operator, "operator");
        if (operator.isBlank() || !operator.strip().equals(operator)) {
            throw new InvalidValueException("Operator must be a non-blank name without surrounding blanks, was '"
                    + operator + "'");
        }
        return operator;
    }

    /** @return the customer, not null */
    public CustomerId customer() {
        return customer;
    }

    /** @return what was done, not null */
    public BudgetOperation operation() {
        return operation;
    }

    /** @return the budget before, or empty, not null */
    public Optional<Budget> oldBudget() {
        return Optional.ofNullable(oldBudget);
    }

    /** @return the budget after, or empty, not null */
    public Optional<Budget> newBudget() {
        return Optional.ofNullable(newBudget);
    }

    /** @return who did it: an operator's name or {@value #SYSTEM}, not null */
    public String operator() {
        return operator;
    }

    /** @return when it was done, not null */
    public Instant at() {
        return at;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BudgetAuditEntry o && o.customer.equals(customer) && o.operation == operation
                && Objects.equals(o.oldBudget, oldBudget) && Objects.equals(o.newBudget, newBudget)
                && o.operator.equals(operator) && o.at.equals(at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customer, operation, oldBudget, newBudget, operator, at);
    }

    @Override
    public String toString() {
        return at + " " + operation + " " + customer + " " + (oldBudget == null ? "-" : oldBudget) + " -> "
                + (newBudget == null ? "-" : newBudget) + " by " + operator;
    }
}
