package io.partnerbill.core;

/**
 * The kind of a refusal, stable across releases so that a service can act on it without reading
 * the message: map it to an HTTP status, retry, or ask the user for another value.
 *
 * <p>Every {@link PartnerBillingException} carries one ({@link PartnerBillingException#code()}).
 * A constant is never renamed or removed within a major version; new kinds of refusal add
 * constants, so a {@code switch} over codes needs a {@code default} branch.
 */
public enum ErrorCode {
    /** A refusal with no more specific kind; the message says what was wrong. */
    UNCLASSIFIED,
    /** A value broke a rule of its type (blank id, negative quantity, bad date); see the message. */
    INVALID_VALUE,
    /** An Indian GSTIN failed its format or check digit. */
    INVALID_GSTIN,
    /** A tax rate table could not be read; the exception names the line and column. */
    MALFORMED_RATE_TABLE,
    /** The tax rate table has no rate for the place and date of a charge. */
    NO_TAX_RATE,
    /** Two amounts in different currencies met where one currency was required. */
    CURRENCY_MISMATCH,
    /** An order's fee exceeds what is left of its customer's budget. */
    BUDGET_EXCEEDED,
    /** The customer is frozen (budget exhausted or frozen by an operator) and takes no orders. */
    CUSTOMER_FROZEN,
    /** A key (bill, customer, payment reference, ...) already holds a different value. */
    DUPLICATE_KEY,
    /** An order id already holds a different line or charge; repeating the same order is allowed. */
    DUPLICATE_ORDER,
    /** The operation names an entity that does not exist. */
    NOT_FOUND,
    /** The cycle's bill is issued: nothing more can go into it. */
    CYCLE_CLOSED,
    /** A line or a partial bill belongs to another partner or cycle than the one it joins. */
    CYCLE_MISMATCH,
    /** The bill or statement cannot be issued yet; it can be later. */
    NOT_YET_ISSUABLE,
    /** A discount overlaps another one, or its state does not allow the change. */
    DISCOUNT_CONFLICT,
    /** A refund is larger than what is left un-refunded of its order. */
    REFUND_EXCEEDS_ORDER,
    /** A refund or correction is dated before the order it refers to. */
    BEFORE_ORIGINAL_ORDER,
    /** A partner's enrolment in the reseller program was refused. */
    ENROLLMENT_REFUSED,
    /** The reseller is not approved for the operation. */
    RESELLER_NOT_APPROVED,
    /** An imported bill-details file is malformed; the exception names the line and column. */
    MALFORMED_IMPORT,
    /** An export task's file is not there (not finished, failed or expired). */
    EXPORT_NOT_AVAILABLE,
    /** The store failed (database down, schema not migrated, lock timeout); often worth a retry. */
    STORE_FAILURE,
    /** An invoice series has no number left within its width; the issue took no number. */
    INVOICE_SERIES_FULL,
    /** The database's schema version is not this library's: migrate it, or upgrade the library. */
    SCHEMA_VERSION_MISMATCH
}
