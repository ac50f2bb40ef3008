package io.partnerbill.core.payment;

/** What happens to the surplus of a negative bill: reported only (ZERO_DUE) or carried to the next bills. */
public enum CreditPolicy {
    /** The operator's documented behaviour: due is 0, the credit is reported on the bill, nothing is carried. */
    ZERO_DUE,
    /** The surplus becomes partner credit that reduces the next issued bills, oldest first. */
    CARRY_FORWARD
}
