package io.partnerbill.core.discount;

/** The status of a discount at an instant. */
public enum DiscountStatus {
    /** Authorized, but its effective instant is still ahead. */
    PENDING,
    /** In force: orders at this instant get the discount. */
    EFFECTIVE,
    /** Past its expiry (which is inclusive to the second). */
    EXPIRED,
    /** Canceled by the seller at or before this instant; the record stays. */
    CANCELED
}
