package io.partnerbill.core.bill;

/** Whether an issued bill has been paid. */
public enum BillStatus {
    /** Nothing of the amount due has been paid or credited. */
    UNPAID,
    /** Part of the amount due has been paid or credited. */
    PARTIALLY_PAID,
    /** The whole amount due has been paid or credited; a bill with amount due 0 is PAID at issue. */
    PAID
}
