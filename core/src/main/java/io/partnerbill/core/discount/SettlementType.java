package io.partnerbill.core.discount;

/** How a seller settles a product with resellers, as recorded on its discounts and lines. */
public enum SettlementType {
    /** A normal product, settled at the authorized discount. */
    NORMAL_PRODUCT,
    /** A promotional product. */
    PROMOTIONAL_PRODUCT,
    /** Settled at list price, without discount. */
    NO_DISCOUNT,
    /** Settled at a special price granted on request. */
    SPECIAL_PRICE_REQUEST
}
