package io.partnerbill.core.budget;

/** What an entry of a budget's audit trail records. */
public enum BudgetOperation {
    /** A budget was set for a customer that had none. */
    SET,
    /** A budget's amount or type was changed. */
    CHANGE,
    /** A budget was deleted; the customer is frozen until a new one is set. */
    DELETE,
    /** The customer was frozen, by an operator or by the system. */
    FREEZE,
    /** The customer was unfrozen by an operator (or by the system, when a budget change lifts an automatic freeze). */
    UNFREEZE
}
