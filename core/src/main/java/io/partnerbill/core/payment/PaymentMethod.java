package io.partnerbill.core.payment;

/** How a partner repaid. */
public enum PaymentMethod {
    /** Deducted from the partner's account balance. */
    ACCOUNT_BALANCE,
    /** Charged to a card. */
    CREDIT_CARD,
    /** Received by bank transfer. */
    BANK_TRANSFER
}
