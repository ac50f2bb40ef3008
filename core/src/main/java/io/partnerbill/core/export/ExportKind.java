package io.partnerbill.core.export;

/** What an export task writes. */
public enum ExportKind {
    /** A monthly bill: summary, by product, by customer ("export bills"). */
    BILL,
    /** The bill's lines in the operator's layout ("export bill details"). */
    BILL_DETAILS,
    /** A partner's statements to its customers for the cycle: issued ones, drafts for the rest. */
    STATEMENTS,
    /** A partner's margin report for the cycle: per customer, per product and reconciled totals. */
    MARGIN,
    /** The tax invoice of a partner's issued bill (PDF or UBL). */
    INVOICE,
    /** The tax invoice of a reseller's issued statement to one customer (PDF or UBL). */
    STATEMENT_INVOICE
}
