package io.partnerbill.core.budget;

/** Why a customer is frozen; a customer is frozen while it has at least one reason. */
public enum FreezeReason {
    /** The customer has no budget (yet, or any more); setting a budget lifts it. */
    NO_BUDGET,
    /** The reseller froze the customer; {@code unfreeze} lifts it. */
    MANUAL,
    /** An order would have exceeded the budget and automatic freeze is on; {@code unfreeze} or a budget change lifts it. */
    OVER_BUDGET
}
