package io.partnerbill.core.budget;

/** How a budget's amount is made available. */
public enum BudgetType {
    /** The amount renews at the start of every bill cycle in the billing zone. */
    MONTHLY,
    /** A one-time amount that lasts until the reseller changes it. */
    PACKAGE
}
