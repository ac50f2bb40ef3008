package io.partnerbill.core.reseller;

/** Where a partner's application to the marketplace sales program stands. */
public enum ApplicationStatus {
    /** The partner accepted the reseller agreement and applied; a decision is pending. */
    SUBMITTED,
    /** The partner is a reseller: it may own customers, set budgets and have orders billed. */
    APPROVED,
    /** The application was turned down, with a reason; the partner may enroll again. */
    REJECTED
}
