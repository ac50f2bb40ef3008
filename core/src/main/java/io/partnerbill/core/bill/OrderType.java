package io.partnerbill.core.bill;

import io.partnerbill.core.InvalidValueException;

/** What an order did. */
public enum OrderType implements Labeled {
    /** A first purchase. */
    NEW_PURCHASE("New purchase"),
    /** A renewal of a subscription. */
    RENEWAL("Renewal"),
    /** A change of specification (upgrade or downgrade). */
    CHANGE("Change"),
    /** An unsubscription, which refunds. */
    UNSUBSCRIPTION("Unsubscription"),
    /** A fee adjustment by the operator. */
    FEE_ADJUSTMENT("Fee adjustment");

    private final String label;

    OrderType(String label) {
        this.label = label;
    }

    /**
     * Returns the label the operator's bill-details file uses.
     *
     * @return the label, not null
     */
    @Override
    public String label() {
        return label;
    }

    /**
     * Returns the type of an operator label (or of a constant's name), ignoring case.
     *
     * @param label the label, not null
     * @return the type, not null
     * @throws InvalidValueException if no type has that label
     */
    public static OrderType fromLabel(String label) {
        return Labeled.find(values(), label, "order type");
    }
}
